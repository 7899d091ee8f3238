/* What the relation finders share: the article's sentences, the knowledge, the state it is about, and `add`. */
import type { RelationType } from '../../contract.ts';
import type { Knowledge } from '../knowledge.ts';
import type { SentenceAnalysis } from '../mentions.ts';
import { isCompoundModifier } from '../mentions.ts';
import { initialSubject, isActorMention } from '../participants.ts';

export type Add = (type: RelationType, source: string, target: string, sentence: number, detail?: string) => void;

export interface RelationContext {
  analyses: SentenceAnalysis[];
  knowledge: Knowledge;
  /**
   * The state the article reports from (homeState), else the one it names most (the first named on a tie): where its
   * unqualified offices are ("Health minister X" in a story from England).
   */
  mainState: string | undefined;
  /** The state or body each person's titles belong to, where some title names it. */
  owners: Map<string, string>;
  add: Add;
  /** A relation guessed from context (a title with no owner named): kept only if nothing states a role of its source. */
  guess: Add;
}

/** The state or body each person's titles belong to ("Russian President X": Russia), where a title names it. */
export function titleOwners(analyses: SentenceAnalysis[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const a of analyses)
    for (const m of a.mentions)
      if (m.type === 'Person' && m.title?.ownerKey && !owners.has(m.key)) owners.set(m.key, m.title.ownerKey);
  return owners;
}

/** The state an article names most by name (not by demonym, nor as a compound's modifier), the first named on a tie. */
export function mainStateOf(analyses: SentenceAnalysis[]): string | undefined {
  const counts = new Map<string, { count: number; first: number }>();
  let order = 0;
  for (const a of analyses)
    for (const m of a.mentions) {
      // "an Iran-linked group" names no state the article is about.
      if (m.type !== 'State' || m.kind === 'demonym' || m.kind === 'reference' || isCompoundModifier(a, m)) continue;
      const seen = counts.get(m.key) ?? { count: 0, first: order++ };
      seen.count++;
      counts.set(m.key, seen);
    }
  let best: string | undefined;
  for (const [key, c] of counts) {
    const b = best ? counts.get(best)! : undefined;
    if (!b || c.count > b.count || (c.count === b.count && c.first < b.first)) best = key;
  }
  return best;
}

/** The state an article is about: the one it reports from (homeState), else the one it names most (mainStateOf). */
export function articleState(analyses: SentenceAnalysis[], knowledge: Knowledge): string | undefined {
  return homeState(analyses, knowledge, false) ?? mainStateOf(analyses);
}

/** The state or body sentence `i` is about: its subject, or the body its subject's title names. */
export function subjectBody(analyses: SentenceAnalysis[], i: number, owners: Map<string, string>): string | undefined {
  const a = analyses[i];
  if (!a) return undefined;
  const subject = initialSubject(a).find((m) => isActorMention(m));
  if (!subject) return undefined;
  // A person stands for the body their title names ("Kim Jong Un ... relayed by Defense Minister X": North Korea).
  return subject.type === 'Person' ? owners.get(subject.key) : subject.key;
}

/**
 * The state the article reports from: the first its opening sentence names, by name (or by demonym, "Some South Korean
 * officials say", with `demonyms`: not "A Swedish journalist was detained"), or through a place the gazetteer places
 * in one ("A hospital trust in northern England").
 */
export function homeState(analyses: SentenceAnalysis[], knowledge: Knowledge, demonyms: boolean): string | undefined {
  for (const a of analyses) {
    const ordered = [...a.mentions].sort((x, y) => x.first - y.first);
    for (const m of ordered) {
      if (m.kind === 'reference' || (m.kind === 'demonym' && !demonyms) || isCompoundModifier(a, m)) continue;
      if (m.type === 'State') return m.key;
      const country = m.type === 'Place' ? knowledge.entries.get(m.key)?.country : undefined;
      if (country) return `state:${country.toLowerCase()}`;
    }
    if (a.mentions.length > 0) return undefined;
  }
  return undefined;
}
