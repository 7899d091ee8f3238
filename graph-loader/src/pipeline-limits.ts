/*
 * The pipeline's work limits, so that work stays proportional to the input whatever a file holds:
 * a time limit per article (read, normalise, split and extract), and a cap on mentions per sentence
 * (a list of thousands of names in one sentence would make one sentence node with tens of thousands
 * of MENTIONS edges). Markup depth (read/parse-html.ts) and sentence length
 * (sentences/split-sentences.ts) are bounded in their own stages. Each limit that applies is
 * reported: the time limit as a failure naming the file, the others as warnings.
 */
import { performance } from 'node:perf_hooks';
import type { SplitArticle } from './contract.ts';
import { extractArticle } from './extract/extract-article.ts';
import type { Knowledge } from './extract/knowledge.ts';
import type { ArticleExtraction, LocalEvidence } from './extract/types.ts';

/** An article whose reading and extraction take longer than this is skipped. */
export const DEFAULT_ARTICLE_TIME_LIMIT_MS = 20_000;
/** Mentions kept per sentence; a sentence with more loses the rest and gives no facts. */
export const MAX_MENTIONS_PER_SENTENCE = 100;

/** Why an article is over its time limit, or null. */
export function overTimeLimit(spentMs: number, limitMs: number): string | null {
  if (spentMs <= limitMs) return null;
  return `took ${(spentMs / 1000).toFixed(1)} s to read and extract, over the time limit of ${limitMs / 1000} s per file (--file-time-limit raises it)`;
}

/** The entity keys each kind of fact names. */
const FACT_KEYS = {
  events: (e: ArticleExtraction['events'][number]) => [
    ...e.participants.map((p) => p.key),
    ...(e.place ? [e.place] : []),
  ],
  allegations: (a: ArticleExtraction['allegations'][number]) => [
    ...a.allegers,
    ...a.accused,
    ...a.deniedBy,
    ...a.confirmedBy,
  ],
  relations: (r: ArticleExtraction['relations'][number]) => [r.source, r.target],
};

/**
 * Keeps at most `max` mentions per sentence (the first found). A sentence over the cap gives no
 * events, allegations or relations, and a fact naming an entity that lost all its mentions goes too.
 * Returns the extraction unchanged (the same object) when no sentence is over the cap.
 */
export function capMentions(
  extraction: ArticleExtraction,
  max = MAX_MENTIONS_PER_SENTENCE,
): { extraction: ArticleExtraction; warning: string | null } {
  const counts = new Map<number, number>();
  for (const m of extraction.mentions) counts.set(m.sentence, (counts.get(m.sentence) ?? 0) + 1);
  const over = new Set([...counts].filter(([, n]) => n > max).map(([sentence]) => sentence));
  if (over.size === 0) return { extraction, warning: null };

  const kept = new Map<number, number>();
  const mentions = extraction.mentions.filter((m) => {
    if (!over.has(m.sentence)) return true;
    const n = (kept.get(m.sentence) ?? 0) + 1;
    kept.set(m.sentence, n);
    return n <= max;
  });
  const stillMentioned = new Set(mentions.map((m) => m.key));
  const everMentioned = new Set(extraction.mentions.map((m) => m.key));
  const lost = (key: string): boolean => everMentioned.has(key) && !stillMentioned.has(key);
  const keepFacts = <T extends { evidence: LocalEvidence[] }>(facts: T[], keys: (fact: T) => string[]): T[] =>
    facts
      .map((fact) => ({ ...fact, evidence: fact.evidence.filter((e) => !over.has(e.sentence)) }))
      .filter((fact) => fact.evidence.length > 0 && !keys(fact).some(lost));
  const most = Math.max(...[...over].map((s) => counts.get(s)!));
  return {
    extraction: {
      ...extraction,
      mentions,
      events: keepFacts(extraction.events, FACT_KEYS.events),
      allegations: keepFacts(extraction.allegations, FACT_KEYS.allegations),
      relations: keepFacts(extraction.relations, FACT_KEYS.relations),
    },
    warning:
      `${over.size} sentence${over.size === 1 ? '' : 's'} with more than ${max} mentions (at most ${most}): ` +
      `kept the first ${max} of each, and no events, allegations or relations from ${over.size === 1 ? 'it' : 'them'}`,
  };
}

/** The limits one article is extracted within: its time limit, less what preparing it took. */
export interface ArticleLimits {
  /** Milliseconds already spent reading, normalising and splitting it. */
  spentMs: number;
  limitMs: number;
}

/** One article's extraction within its limits (mentions capped, the cap noted), or why it was left out. */
export type LimitedExtraction = { ok: true; extraction: ArticleExtraction } | { ok: false; reason: string };

/** Extracts one article, timed: over its time limit, or when the extractor fails on it, it is left out; its sentences' mentions are capped. */
export function extractWithinLimits(
  article: SplitArticle,
  knowledge: Knowledge,
  limits: ArticleLimits,
): LimitedExtraction {
  const started = performance.now();
  let whole: ArticleExtraction;
  try {
    whole = extractArticle(article, knowledge);
  } catch (error) {
    // A fault of the extractor's on one article costs that article (named, with the reason), never the load.
    return { ok: false, reason: `the extractor failed on it (${(error as Error).message ?? String(error)})` };
  }
  const capped = capMentions(whole);
  const overLimit = overTimeLimit(limits.spentMs + performance.now() - started, limits.limitMs);
  if (overLimit) return { ok: false, reason: overLimit };
  const { extraction, warning } = capped;
  return {
    ok: true,
    extraction: warning ? { ...extraction, warnings: [...extraction.warnings, warning] } : extraction,
  };
}
