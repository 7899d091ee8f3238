/*
 * Scoring: precision, recall and F1 of an ExtractionDocument against gold annotations, per article
 * and summed over articles (micro average). Pure functions; the matching rules are documented in
 * docs/extraction.md:
 * - names are compared normalised (case, accents, dots, apostrophes, hyphens, a leading "the");
 * - entities: same type and a shared name (gold name or alias vs predicted name, alias or surface
 *   in the article), one-to-one;
 * - events: a shared evidence sentence and at least one gold actor among the predicted participants;
 * - allegations: status (as the article states it), accused overlap, and allegers overlap (or both unnamed);
 * - relations: same type, source and target (either order for symmetric types); when the caller gives the types the
 *   gold set annotates, predictions of other types are not scored (the set cannot judge them).
 * For events, allegations and relations a prediction is correct when it matches some gold item, and
 * a gold item is found when some prediction matches it.
 */
import type { ExtractionDocument, ExtractedEntity } from '../contract.ts';
import type { Gold } from './gold.ts';

export interface Counts {
  /** Gold items found. */
  tp: number;
  /** Predictions that match no gold item. */
  fp: number;
  /** Gold items not found. */
  fn: number;
  /** Predictions that match a gold item (equals tp when matching is one-to-one). */
  correct?: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type Kind = 'entities' | 'events' | 'allegations' | 'relations';
export const KINDS: Kind[] = ['entities', 'events', 'allegations', 'relations'];
const SYMMETRIC = new Set(['ALLIED_WITH', 'COOPERATES_WITH', 'OPPOSES']);

/** Normalised form of a name or sentence for comparison. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/[.'’‘`"“”]/g, '')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Turns counts into scores (an empty kind scores 1 when nothing was predicted). */
export function toScores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function sameSentence(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  return x === y || (x.length > 20 && y.includes(x)) || (y.length > 20 && x.includes(y));
}

/** Names by which each predicted entity appears in one article. */
function entityNames(entity: ExtractedEntity, articleId: string): Set<string> {
  const names = new Set([entity.name, ...entity.aliases].map(normaliseName));
  for (const m of entity.mentions) if (m.article === articleId) names.add(normaliseName(m.text));
  return names;
}

/** Counts for one article. */
/** What one article got wrong, per kind: gold items not found and predictions that match nothing. */
export type Misses = Record<Kind, { missed: string[]; wrong: string[] }>;

export function scoreArticle(
  doc: ExtractionDocument,
  articleId: string,
  gold: Gold,
  misses?: Misses,
  relationTypes?: Set<string>,
): Record<Kind, Counts> {
  const entities = doc.entities.filter((e) => e.mentions.some((m) => m.article === articleId));
  const namesOf = new Map(entities.map((e) => [e.id, entityNames(e, articleId)]));
  /** Predicted ids a gold name may stand for (any type). */
  const idsFor = (name: string, aliases: string[] = []): Set<string> => {
    const wanted = [name, ...aliases].map(normaliseName);
    const ids = new Set<string>();
    for (const [id, names] of namesOf) if (wanted.some((w) => names.has(w))) ids.add(id);
    return ids;
  };
  const goldAliases = new Map(gold.entities.map((e) => [normaliseName(e.name), e.aliases]));
  const resolve = (name: string): Set<string> => idsFor(name, goldAliases.get(normaliseName(name)) ?? []);

  // Entities: typed, alias-aware, one-to-one.
  const used = new Set<string>();
  let tp = 0;
  for (const g of gold.entities) {
    const candidates = idsFor(g.name, g.aliases);
    const match = entities.find((e) => candidates.has(e.id) && e.type === g.type && !used.has(e.id));
    if (match) {
      used.add(match.id);
      tp++;
    }
  }
  const entityCounts = { tp, fp: entities.length - tp, fn: gold.entities.length - tp };
  const nameOf = (id: string): string => doc.entities.find((e) => e.id === id)?.name ?? id;
  if (misses) {
    for (const g of gold.entities) {
      const candidates = idsFor(g.name, g.aliases);
      if (!entities.some((e) => candidates.has(e.id) && e.type === g.type))
        misses.entities.missed.push(`${g.type} ${g.name}`);
    }
    for (const e of entities) if (!used.has(e.id)) misses.entities.wrong.push(`${e.type} ${e.name}`);
  }

  // Events.
  const events = doc.events.filter((e) => e.evidence.some((x) => x.article === articleId));
  const eventMatches = (g: Gold['events'][number], e: (typeof events)[number]): boolean => {
    const sentences = e.evidence.filter((x) => x.article === articleId).map((x) => x.text);
    if (!g.evidence.some((ge) => sentences.some((s) => sameSentence(ge, s)))) return false;
    const predicted = new Set(e.participants.map((p) => p.entity));
    const actors = g.participants.filter((p) => p.role === 'actor');
    const required = actors.length > 0 ? actors : g.participants;
    return required.some((p) => [...resolve(p.name)].some((id) => predicted.has(id)));
  };
  const eventCounts = manyToOne(gold.events, events, eventMatches);

  // Allegations: status as stated in this article.
  const allegations = doc.allegations.filter((a) => a.evidence.some((x) => x.article === articleId));
  /** Who alleges in this article (from the evidence when it says so, else the allegation's allegers). */
  const allegersHere = (a: (typeof allegations)[number]): string[] => {
    const evidence = a.evidence.filter(
      (x) => x.article === articleId && x.stance !== 'denies' && x.stance !== 'confirms',
    );
    if (evidence.length === 0 || evidence.some((x) => x.by === undefined)) return a.allegers;
    return [...new Set(evidence.flatMap((x) => x.by ?? []))];
  };
  const statusHere = (a: (typeof allegations)[number]): string => {
    const stances = a.evidence.filter((x) => x.article === articleId).map((x) => x.stance);
    if (stances.every((s) => s === undefined)) return a.status;
    const denied = stances.includes('denies');
    const confirmed = stances.includes('confirms');
    return denied && confirmed ? 'disputed' : denied ? 'denied' : confirmed ? 'confirmed' : 'alleged';
  };
  const overlaps = (goldNames: string[], ids: string[]): boolean =>
    goldNames.some((n) => [...resolve(n)].some((id) => ids.includes(id)));
  const allegationMatches = (g: Gold['allegations'][number], a: (typeof allegations)[number]): boolean => {
    if (g.status !== statusHere(a)) return false;
    if (!overlaps(g.accused, a.accused)) return false;
    const goldAllegers = [...g.alleger, ...g.allegers];
    const here = allegersHere(a);
    if (goldAllegers.length === 0 || here.length === 0) return goldAllegers.length === 0 && here.length === 0;
    return overlaps(goldAllegers, here);
  };
  const allegationCounts = manyToOne(gold.allegations, allegations, allegationMatches);

  // Relations.
  // Only the relation types the gold set annotates can be judged by it (a set may predate a type).
  const relations = doc.relations.filter(
    (r) => r.evidence.some((x) => x.article === articleId) && (!relationTypes || relationTypes.has(r.type)),
  );
  const relationMatches = (g: Gold['relations'][number], r: (typeof relations)[number]): boolean => {
    if (g.type !== r.type) return false;
    const forward = resolve(g.source).has(r.source) && resolve(g.target).has(r.target);
    const backward = SYMMETRIC.has(r.type) && resolve(g.source).has(r.target) && resolve(g.target).has(r.source);
    return forward || backward;
  };
  const relationCounts = manyToOne(gold.relations, relations, relationMatches);

  if (misses) {
    const sentence = (list: { text: string }[] | string[]): string =>
      list.map((x) => (typeof x === 'string' ? x : x.text).slice(0, 60)).join(' | ');
    const collect = <G, P>(
      kind: Kind,
      goldItems: G[],
      predicted: P[],
      matches: (g: G, p: P) => boolean,
      showGold: (g: G) => string,
      showPredicted: (p: P) => string,
    ): void => {
      for (const g of goldItems) if (!predicted.some((p) => matches(g, p))) misses[kind].missed.push(showGold(g));
      for (const p of predicted) if (!goldItems.some((g) => matches(g, p))) misses[kind].wrong.push(showPredicted(p));
    };
    collect(
      'events',
      gold.events,
      events,
      eventMatches,
      (g) =>
        `${g.type ?? '?'} ${g.participants.map((p) => `${p.name}/${p.role}`).join(', ')} :: ${sentence(g.evidence)}`,
      (e) =>
        `${e.type} ${e.participants.map((p) => `${nameOf(p.entity)}/${p.role}`).join(', ')} :: ${sentence(e.evidence.filter((x) => x.article === articleId))}`,
    );
    collect(
      'allegations',
      gold.allegations,
      allegations,
      allegationMatches,
      (g) =>
        `${g.status} by ${[...g.alleger, ...g.allegers].join(', ') || '(unnamed)'} against ${g.accused.join(', ')} :: ${sentence(g.evidence)}`,
      (a) =>
        `${statusHere(a)} by ${allegersHere(a).map(nameOf).join(', ') || '(unnamed)'} against ${a.accused.map(nameOf).join(', ')} :: ${sentence(a.evidence.filter((x) => x.article === articleId))}`,
    );
    collect(
      'relations',
      gold.relations,
      relations,
      relationMatches,
      (g) => `${g.type} ${g.source} -> ${g.target}`,
      (r) => `${r.type} ${nameOf(r.source)} -> ${nameOf(r.target)}`,
    );
  }
  return { entities: entityCounts, events: eventCounts, allegations: allegationCounts, relations: relationCounts };
}

/** A prediction is correct if it matches some gold item; a gold item is found if some prediction matches it. */
export function manyToOne<G, P>(gold: G[], predicted: P[], matches: (g: G, p: P) => boolean): Counts {
  const correct = predicted.filter((p) => gold.some((g) => matches(g, p))).length;
  const found = gold.filter((g) => predicted.some((p) => matches(g, p))).length;
  return { tp: found, fp: predicted.length - correct, fn: gold.length - found, correct };
}

/** Sums counts over articles and turns them into scores, per kind. */
export function summarise(perArticle: Record<Kind, Counts>[]): Record<Kind, Scores> {
  const result = {} as Record<Kind, Scores>;
  for (const kind of KINDS) {
    let found = 0;
    let gold = 0;
    let correct = 0;
    let predicted = 0;
    for (const a of perArticle) {
      const c = a[kind];
      found += c.tp;
      gold += c.tp + c.fn;
      const ok = c.correct ?? c.tp;
      correct += ok;
      predicted += ok + c.fp;
    }
    const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
    const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : found / gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    result[kind] = { tp: found, fp: predicted - correct, fn: gold - found, precision, recall, f1 };
  }
  return result;
}
