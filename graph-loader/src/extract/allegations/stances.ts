/*
 * What a sentence does with claims made against its speaker: denials ("X denied the charges", "it was not them",
 * "would never attack") and confirmations ("X confirmed", "X admitted"; "cannot confirm" is none).
 */
import type { SentenceAnalysis } from '../mentions.ts';
import { matchPhrase } from '../tokenize.ts';
import { isActorMention } from '../participants.ts';
import { negatedAt, subjectOf, withOwners } from './clauses.ts';
import type { SentenceContext } from './claims.ts';

export interface Stance {
  kind: 'denies' | 'confirms';
  sentence: number;
  /** Who denies or confirms. */
  by: string[];
  /** They, and the states or bodies they speak for. */
  owners: Set<string>;
  /** It points back at a claim without restating it ("denied the charges"). */
  generic: boolean;
}

/** The denials and confirmations of one sentence. */
export function sentenceStances(ctx: SentenceContext): Stance[] {
  const a = ctx.analyses[ctx.index]!;
  const cues = ctx.knowledge.allegation;
  const previous = ctx.analyses[ctx.index - 1];
  const stances: Stance[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    const verb = a.pos[k] === 'VERB' ? a.lemmas[k]! : '';
    const denial = cues.denialVerbs.has(verb) ? 1 : (matchPhrase(cues.denialPhrases, a.tokens, k)?.length ?? 0);
    const confirmation = cues.confirmationVerbs.has(verb);
    if ((!denial && !confirmation) || negatedAt(a, k, ctx.knowledge)) continue;
    if (confirmation && a.tokens[k]!.quoted) continue;
    let by = subjectOf(a, previous, k);
    // '"Turkey says it was not them"': inside a quotation, the party named before the phrase.
    if (by.length === 0 && denial) by = namedBefore(a, k);
    if (by.length === 0) continue;
    const next = a.tokens.slice(k + denial, k + denial + 3).map((t) => t.norm);
    stances.push({
      kind: confirmation ? 'confirms' : 'denies',
      sentence: a.sentence.index,
      by: [...new Set(by.map((m) => m.key))],
      owners: withOwners(by, ctx.affiliations),
      generic: next.some((w) => cues.claimNouns.has(w)),
    });
    k += Math.max(0, denial - 1);
  }
  return stances;
}

function namedBefore(a: SentenceAnalysis, k: number): ReturnType<typeof subjectOf> {
  const before = a.mentions.filter((m) => m.last <= k && isActorMention(m) && m.kind !== 'reference');
  return before.length > 0 ? [before.at(-1)!] : [];
}
