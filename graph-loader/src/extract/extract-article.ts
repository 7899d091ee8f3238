/*
 * Extract stage: what one article states, with article-local references (gazetteer keys, person
 * keys from full names, role keys the resolve stage settles). Mentions first (two passes), then
 * events, allegations and relations over the mentions, then warnings for doubtful input.
 */
import type { SplitArticle } from '../contract.ts';
import type { ArticleExtraction, LocalMention } from './types.ts';
import type { Knowledge } from './knowledge.ts';
import { findMentions, type FoundMention } from './mentions.ts';
import { tagText } from './language/tag-text.ts';
import { quoteStates } from './tokenize.ts';
import { addAffiliations, findEvents, joinRepeatedEvents } from './events.ts';
import { mainStateOf } from './relations/context.ts';
import { findReports } from './language/reports.ts';
import { findAllegations } from './allegations.ts';
import { findRelations } from './relations.ts';
import { referenceDate } from './dates.ts';

const LONG_SENTENCE_WORDS = 300;
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'was',
  'with',
  'by',
  'has',
  'have',
  'as',
  'its',
  'it',
  'said',
  'from',
  'at',
]);

/** Extracts what one article states. */
export function extractArticle(article: SplitArticle, knowledge: Knowledge): ArticleExtraction {
  const quotes = quoteStates(
    article.text,
    article.sentences.map((s) => s.start),
  );
  const found = findMentions(article.sentences, knowledge, tagText(article.text), quotes);
  const mentions: LocalMention[] = [];
  for (const a of found.analyses) {
    for (const m of a.mentions) {
      // Pronouns and descriptions take part in facts but are no names of their entity.
      if (m.kind === 'reference') continue;
      const start = a.sentence.start + m.start;
      const end = a.sentence.start + m.end;
      const roles = found.roles.get(m.key);
      const alias = m.owner && m.partOfKey ? stateBodyAlias(article.text, a.sentence.start, m) : undefined;
      mentions.push({
        key: m.key,
        type: m.type,
        name: m.name,
        sentence: a.sentence.index,
        start,
        end,
        surface: article.text.slice(start, end),
        ...(alias !== undefined && { alias }),
        kind: m.kind,
        ...(roles && { roles: [...roles] }),
        ...(m.country !== undefined && { country: m.country }),
      });
      // "Kenya's Interior Ministry": the state named inside the organisation's name is mentioned too.
      if (m.owner && m.partOfKey) {
        const ownerStart = a.sentence.start + m.owner.start;
        const ownerEnd = a.sentence.start + m.owner.end;
        mentions.push({
          key: m.partOfKey,
          type: 'State',
          name: m.owner.name,
          sentence: a.sentence.index,
          start: ownerStart,
          end: ownerEnd,
          surface: article.text.slice(ownerStart, ownerEnd),
          kind: m.owner.kind,
          ...(m.owner.country !== undefined && { country: m.owner.country }),
        });
      }
    }
  }
  const reports = findReports(found.analyses, knowledge);
  const spoken = new Set<string>();
  const state = mainStateOf(found.analyses);
  const reference = referenceDate(article.publishedAt, article.sentences[0]?.text);
  const events = joinRepeatedEvents(
    found.analyses.flatMap((a, i) =>
      findEvents(a, found.analyses[i - 1], reference, knowledge, reports[i], spoken, state),
    ),
  );
  const relations = findRelations(found, knowledge);
  const allegations = findAllegations(found.analyses, reports, knowledge, relations);
  addAffiliations(events, relations);
  return {
    articleId: article.id,
    sentences: article.sentences,
    mentions,
    events,
    allegations,
    relations,
    warnings: warningsFor(
      article,
      found.analyses.map((a) => a.tokens.length),
      mentions.length,
      found.analyses.flatMap((a) => a.tokens.slice(0, 200).map((t) => t.norm)),
    ),
  };
}

/**
 * The other form of a body named with its state: with the state ("Armenia's foreign ministry", whose mention spans
 * the body's words) or without it ("foreign ministry" for "the Chinese foreign ministry").
 */
function stateBodyAlias(text: string, offset: number, m: FoundMention): string | undefined {
  const owner = m.owner!;
  const full = text.slice(offset + Math.min(owner.start, m.start), offset + m.end);
  const words = text
    .slice(offset + Math.max(owner.end, m.start), offset + m.end)
    .replace(/^['’‘`]s\b/, '')
    .trim();
  const surface = text.slice(offset + m.start, offset + m.end);
  const other = surface === full ? words : full;
  return other && other !== surface ? other : undefined;
}

function warningsFor(
  article: SplitArticle,
  sentenceLengths: number[],
  mentionCount: number,
  sample: string[],
): string[] {
  const warnings: string[] = [];
  if (mentionCount === 0) warnings.push('no entities found');
  const longest = Math.max(0, ...sentenceLengths);
  if (longest > LONG_SENTENCE_WORDS) {
    warnings.push(
      `a sentence of ${longest} words: punctuation is probably missing, so events and relations may be wrong`,
    );
  }
  const words = sample.filter((w) => /^\p{L}/u.test(w));
  const letters = article.text.replace(/[^\p{L}]/gu, '');
  const latin = letters.replace(/[^\p{Script=Latin}]/gu, '').length;
  const functionShare = words.length > 0 ? words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length : 0;
  if ((letters.length > 40 && latin / letters.length < 0.5) || (words.length >= 20 && functionShare < 0.08)) {
    warnings.push('the text does not look like English: the extractor only reads English, so results are doubtful');
  }
  return warnings;
}
