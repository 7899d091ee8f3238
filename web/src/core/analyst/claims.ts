/*
 * A claim's parties grouped by stance (Alleged by, Accused, Denied by, Confirmed by) and its small
 * timeline: who said what when, as points placed on [0, 1] between the first and last date. Pure.
 */
import { STANCES, type Claim, type ClaimParty, type Stance } from '#model/analyst-api.ts';

export const STANCE_TITLES: Record<Stance, string> = {
  alleges: 'Alleged by',
  targets: 'Accused',
  denies: 'Denied by',
  confirms: 'Confirmed by',
};

export const STANCE_COLORS: Record<Stance, string> = {
  alleges: '#c2185b',
  targets: '#8d99ae',
  denies: '#1f5f8b',
  confirms: '#7f0000',
};

/** The claim's parties by stance, in the order Alleged by, Accused, Denied by, Confirmed by; empty groups left out. */
export function partiesByStance(claim: Claim): { stance: Stance; title: string; parties: ClaimParty[] }[] {
  return STANCES.map((stance) => ({
    stance,
    title: STANCE_TITLES[stance],
    parties: claim.parties.filter((p) => p.stance === stance),
  })).filter((g) => g.parties.length > 0);
}

export interface TimelinePoint {
  date: string;
  /** Where on the line, 0 (first date) to 1 (last). */
  x: number;
  stance: Stance;
  party: string;
  outlet: string | null;
}

/** Day number of a YYYY(-MM(-DD)) date, for spacing. */
function dayOf(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

/** Who took which stance when (the parties the claim targets are left out: they say nothing), placed on a line. */
export function claimTimeline(claim: Claim): { first: string | null; last: string | null; points: TimelinePoint[] } {
  const raw = claim.parties
    .filter((p) => p.stance !== 'targets')
    .flatMap((p) =>
      p.statements
        .filter((s) => s.date !== null)
        .map((s) => ({ date: s.date!, stance: p.stance, party: p.name, outlet: s.sentence.article.outlet })),
    );
  const unique = raw.filter(
    (p, i) => raw.findIndex((q) => q.date === p.date && q.stance === p.stance && q.party === p.party) === i,
  );
  if (unique.length === 0) return { first: null, last: null, points: [] };
  const days = unique.map((p) => dayOf(p.date));
  const min = Math.min(...days);
  const span = Math.max(...days) - min;
  const dates = unique.map((p) => p.date).sort();
  return {
    first: dates[0]!,
    last: dates.at(-1)!,
    points: unique.map((p, i) => ({ ...p, x: span === 0 ? 0.5 : (days[i]! - min) / span })),
  };
}
