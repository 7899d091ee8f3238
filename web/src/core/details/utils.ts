/*
 * The parties of an Event or Allegation as the Details panel lists them: an allegation's under
 * Alleged by, Accused, Denied by and Confirmed by (read along the arrows: ALLEGES, TARGETS, DENIES,
 * CONFIRMS), an event's by their role and its place. Pure.
 */
import type { Party } from '#model/api-types.ts';

export interface PartyGroup {
  title: string;
  parties: Party[];
}

/** An allegation's party groups, in this order; a group nobody is in is left out. */
export const ALLEGATION_GROUPS: { title: string; type: string }[] = [
  { title: 'Alleged by', type: 'ALLEGES' },
  { title: 'Accused', type: 'TARGETS' },
  { title: 'Denied by', type: 'DENIES' },
  { title: 'Confirmed by', type: 'CONFIRMS' },
];

const ROLE_TITLES: Record<string, string> = {
  actor: 'Actors',
  recipient: 'Recipients',
  target: 'Targets',
  participant: 'Participants',
};

function distinct(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => !seen.has(p.key) && seen.add(p.key));
}

/** The groups of a node's parties (none for an entity). */
export function partyGroups(kind: string, parties: Party[]): PartyGroup[] {
  if (kind === 'Allegation') {
    return ALLEGATION_GROUPS.map(({ title, type }) => ({
      title,
      parties: distinct(parties.filter((p) => p.type === type)),
    })).filter((g) => g.parties.length > 0);
  }
  if (kind !== 'Event') return [];
  const groups = new Map<string, Party[]>();
  for (const p of parties) {
    const title =
      p.type === 'TOOK_PLACE_IN'
        ? 'Place'
        : (ROLE_TITLES[p.role ?? ''] ?? `${(p.role ?? 'party').replace(/^\w/, (c) => c.toUpperCase())}s`);
    groups.set(title, [...(groups.get(title) ?? []), p]);
  }
  const order = [...Object.values(ROLE_TITLES), 'Place'];
  return [...groups.entries()]
    .map(([title, list]) => ({ title, parties: distinct(list) }))
    .sort((a, b) => (order.indexOf(a.title) + 1 || 99) - (order.indexOf(b.title) + 1 || 99));
}
