/*
 * Scoring against the shared real-news dev set (../shared/devset), matched exactly as its score.mjs matches, so
 * the figures `npm run eval` prints are the figures the set's own scorer gives:
 * - names normalised (NFKC, case, quotes, dots of initials, hyphens, a leading "the", a trailing "'s", other
 *   punctuation); a gold entity with no mention in the text (kept only for facts) counts neither way;
 * - entities one-to-one, greedily in the prediction's order, on any shared name or alias (typed: same type too);
 * - events: the same sentence (one contains the other, or >= 70% of the shorter one's words of 3+ letters are
 *   shared) and one participant in common (or the gold names none);
 * - allegations: the same sentence as the claim or the denial, and one accused in common (or none in the gold);
 *   status accuracy over the matched ones;
 * - relations: both ends, in either direction (types are not scored).
 * Events, allegations and relations are matched one-to-one, greedily in the prediction's order.
 */
import type { ExtractionDocument } from '../contract.ts';
import type { DevGold } from './gold-devset.ts';

/** True positives, predictions and gold items of one kind. */
export interface DevCounts {
  tp: number;
  predicted: number;
  gold: number;
}

export const DEV_KINDS = ['entities', 'typed', 'events', 'allegations', 'relations'] as const;
export type DevKind = (typeof DEV_KINDS)[number];

export interface DevArticleScore {
  counts: Record<DevKind, DevCounts>;
  /** Matched allegations whose status equals the gold's, and how many were matched. */
  status: { correct: number; matched: number };
}

/** What one article got wrong: gold items not found and predictions that match nothing, by kind. */
export type DevMisses = Record<DevKind, { missed: string[]; wrong: string[] }>;

/** The dev set's name normalisation (score.mjs `norm`). */
export function devNorm(text: string | null | undefined): string {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?=\s|$)/g, '$1')
    .replace(/[-–—_]/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsOf(text: string): Set<string> {
  return new Set(
    devNorm(text)
      .split(' ')
      .filter((w) => w.length > 2),
  );
}

/** The dev set's sentence test: one contains the other, or most words of the shorter one are shared. */
export function devSameSentence(a: string, b: string): boolean {
  const x = devNorm(a);
  const y = devNorm(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const A = wordsOf(a);
  const B = wordsOf(b);
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return shared / Math.max(1, Math.min(A.size, B.size)) >= 0.7;
}

/** Scores one article's document (extracted on its own, as `newsgraph extract ARTICLE --json` does). */
export function scoreDevArticle(doc: ExtractionDocument, gold: DevGold, misses?: DevMisses): DevArticleScore {
  const predicted = doc.entities;
  const allGold = gold.entities;
  const mentioned = allGold.filter((g) => g.mentions > 0);
  const formsOf = new Map(allGold.map((g) => [g, new Set([g.name, ...g.aliases].map(devNorm))]));
  const predForms = new Map(predicted.map((p) => [p.id, [p.name, ...p.aliases].map(devNorm)]));
  const shares = (id: string, g: DevGold['entities'][number]): boolean =>
    predForms.get(id)!.some((f) => formsOf.get(g)!.has(f));
  const predToGold = new Map<string, string>();
  for (const p of predicted) {
    const g = allGold.find((x) => shares(p.id, x));
    if (g) predToGold.set(p.id, g.name);
  }

  const entityScore = (typed: boolean, kind: DevKind): DevCounts => {
    const used = new Set<string>();
    let tp = 0;
    let np = 0;
    for (const p of predicted) {
      // A gold entity with no mention in the text counts neither way.
      if (!mentioned.some((g) => shares(p.id, g)) && allGold.some((g) => shares(p.id, g))) continue;
      np++;
      const g = mentioned.find((x) => !used.has(x.name) && shares(p.id, x) && (!typed || x.type === p.type));
      if (g) {
        used.add(g.name);
        tp++;
      } else misses?.[kind].wrong.push(`${p.type} ${p.name}`);
    }
    if (misses) for (const g of mentioned) if (!used.has(g.name)) misses[kind].missed.push(`${g.type} ${g.name}`);
    return { tp, predicted: np, gold: mentioned.length };
  };
  const entities = entityScore(false, 'entities');
  const typed = entityScore(true, 'typed');

  const texts = (evidence: { text: string }[]): string[] => evidence.map((e) => e.text);
  const golden = (ids: string[]): Set<string> =>
    new Set(ids.map((id) => predToGold.get(id)).filter((n): n is string => n !== undefined));
  const nameOf = (id: string): string => predicted.find((e) => e.id === id)?.name ?? id;

  const events = greedy(
    doc.events,
    gold.events,
    (p, g) => {
      const names = golden(p.participants.map((x) => x.entity));
      return (
        texts(p.evidence).some((s) => devSameSentence(s, g.evidence)) &&
        (g.participants.length === 0 || g.participants.some((n) => names.has(n)))
      );
    },
    misses && {
      record: misses.events,
      showPredicted: (p) =>
        `${p.type} [${p.participants.map((x) => nameOf(x.entity)).join(', ')}] :: ${texts(p.evidence).join(' | ')}`,
      showGold: (g) => `${g.type} [${g.participants.join(', ')}] :: ${g.evidence}`,
    },
  );

  const status = { correct: 0, matched: 0 };
  const allegations = greedy(
    doc.allegations,
    gold.allegations,
    (p, g) => {
      const accused = golden(p.accused);
      const sentences = texts(p.evidence);
      return (
        sentences.some(
          (s) =>
            devSameSentence(s, g.evidence) || (g.denialEvidence !== undefined && devSameSentence(s, g.denialEvidence)),
        ) &&
        (g.accused.length === 0 || g.accused.some((n) => accused.has(n)))
      );
    },
    misses && {
      record: misses.allegations,
      showPredicted: (p) =>
        `${p.status} by [${p.allegers.map(nameOf).join(', ')}] against [${p.accused.map(nameOf).join(', ')}] :: ${texts(p.evidence).join(' | ')}`,
      showGold: (g) =>
        `${g.status} by ${g.alleger ?? '(unnamed)'} against [${g.accused.join(', ')}] :: ${g.evidence}${g.denialEvidence ? ` || ${g.denialEvidence}` : ''}`,
    },
    (p, g) => {
      status.matched++;
      if (String(p.status).toLowerCase() === String(g.status).toLowerCase()) status.correct++;
    },
  );

  const relations = greedy(
    doc.relations,
    gold.relations,
    (p, g) => {
      const s = predToGold.get(p.source);
      const o = predToGold.get(p.target);
      return (g.source === s && g.target === o) || (g.source === o && g.target === s);
    },
    misses && {
      record: misses.relations,
      showPredicted: (p) => `${p.type} ${nameOf(p.source)} -> ${nameOf(p.target)}`,
      showGold: (g) => `${g.type} ${g.source} -> ${g.target}`,
    },
  );
  return { counts: { entities, typed, events, allegations, relations }, status };
}

interface Explain<P, G> {
  record: { missed: string[]; wrong: string[] };
  showPredicted: (p: P) => string;
  showGold: (g: G) => string;
}

/** One-to-one matching, greedily in the prediction's order (each prediction takes the first free gold item). */
function greedy<P, G>(
  predicted: P[],
  gold: G[],
  matches: (p: P, g: G) => boolean,
  explain?: Explain<P, G>,
  onMatch?: (p: P, g: G) => void,
): DevCounts {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const index = gold.findIndex((g, i) => !used.has(i) && matches(p, g));
    if (index >= 0) {
      used.add(index);
      tp++;
      onMatch?.(p, gold[index]!);
    } else explain?.record.wrong.push(explain.showPredicted(p));
  }
  if (explain) gold.forEach((g, i) => used.has(i) || explain.record.missed.push(explain.showGold(g)));
  return { tp, predicted: predicted.length, gold: gold.length };
}

/** Precision, recall and F1 from summed counts (score.mjs `f1`). */
export function devF1(c: DevCounts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Sums article scores. */
export function sumDev(scores: DevArticleScore[]): DevArticleScore {
  const total: DevArticleScore = {
    counts: Object.fromEntries(DEV_KINDS.map((k) => [k, { tp: 0, predicted: 0, gold: 0 }])) as Record<
      DevKind,
      DevCounts
    >,
    status: { correct: 0, matched: 0 },
  };
  for (const s of scores) {
    for (const k of DEV_KINDS) {
      total.counts[k].tp += s.counts[k].tp;
      total.counts[k].predicted += s.counts[k].predicted;
      total.counts[k].gold += s.counts[k].gold;
    }
    total.status.correct += s.status.correct;
    total.status.matched += s.status.matched;
  }
  return total;
}
