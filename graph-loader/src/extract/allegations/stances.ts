/*
 * What a sentence does with claims made against its speaker: denials ("X denied the charges", "it was not them",
 * "would never attack") and confirmations ("X confirmed", "X admitted"; "cannot confirm" is none).
 */
import type { Knowledge } from '../knowledge.ts';
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { matchPhrase } from '../tokenize.ts';
import { isActorMention } from '../participants.ts';
import {
  claimText,
  dismisses,
  falseSubjectAt,
  negatedAt,
  subjectOf,
  withOwners,
  wrongdoingIn,
  wrongfulActAt,
} from './clauses.ts';
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
  /** Who made the claims it answers, as it names them ("rejected the commission's findings", "British claims"). */
  claimants: string[];
  /** The deniers are named, not only referred to ("he", "the company"). */
  named: boolean;
  /** It calls claims false by a verb of saying or calling ("X called the charges absurd"), which a third party may do. */
  calledFalse: boolean;
  /**
   * A denial of a claim, even one the article states in words no rule reads: the denied words ("any wrongdoing",
   * "that it dumped waste").
   */
  denied?: string;
  /** Who the denied claim is against: the deniers, or those a spokesperson or lawyer speaks for. */
  accused: string[];
}

/** How many words after a denial verb what it denies is looked for. */
const DENIED_REACH = 6;
/** Titles whose holder speaks for someone else, who is then the one a denial clears. */
const SPEAKS_FOR = new Set(['SPOKESPERSON_OF', 'LAWYER_OF']);
/** First-person subjects ("we", "I"), and every first-person word ("our", "us") for a speaker's own side. */
const FIRST_PERSON = new Set(['we', 'i']);
const FIRST_PERSON_WORDS = new Set([...FIRST_PERSON, 'our', 'my', 'us']);

/** The denials and confirmations of one sentence. */
export function sentenceStances(ctx: SentenceContext): Stance[] {
  const a = ctx.analyses[ctx.index]!;
  const cues = ctx.knowledge.allegation;
  const previous = ctx.analyses[ctx.index - 1];
  const stances: Stance[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    const verb = a.pos[k] === 'VERB' ? a.lemmas[k]! : '';
    // "pleaded not guilty": a phrase that denies a claim against its subject, whatever the claim's words.
    const pleaded = matchPhrase(cues.deniedPhrases, a.tokens, k)?.length ?? 0;
    // '"The case is fabricated," X said': the speaker calls the claims against its side false.
    const quotedFalse =
      a.tokens[k]!.quoted && (ctx.report?.speakers.length ?? 0) > 0 && falseSubjectAt(a, k, ctx.knowledge) >= 0;
    const calledFalse = (!cues.denialVerbs.has(verb) && dismisses(a, k, ctx.knowledge)) || quotedFalse;
    const denies = cues.denialVerbs.has(verb) || disputesClaim(a, k, ctx.knowledge);
    const denial = pleaded || (denies || calledFalse ? 1 : (matchPhrase(cues.denialPhrases, a.tokens, k)?.length ?? 0));
    const confirmation = cues.confirmationVerbs.has(verb);
    if ((!denial && !confirmation) || negatedAt(a, k, ctx.knowledge)) continue;
    if (confirmation && a.tokens[k]!.quoted) continue;
    const disputes = denial === 1 && !cues.denialVerbs.has(verb) && !calledFalse && denies;
    // "X said its unit would contest the findings": a dispute reported by its party's speaker is theirs.
    const report = ctx.report;
    const reported = disputes && report && !report.inverted && k >= report.from && k < report.to;
    let by =
      (reported || quotedFalse) && report && report.speakers.length > 0 ? report.speakers : subjectOf(a, previous, k);
    // '"Turkey says it was not them"': inside a quotation, the party named before the phrase.
    if (by.length === 0 && denial) by = namedBefore(a, k);
    // '"We strongly disagree with the findings," X said': the first person of a quotation is its speaker.
    if (by.length === 0 && denial && a.tokens[k]!.quoted && firstPersonBefore(a, k)) by = ctx.report?.speakers ?? [];
    if (by.length === 0) continue;
    const next = a.tokens.slice(k + denial, k + denial + 3).map((t) => t.norm);
    // Only a denial verb whose denier is named in its own sentence stands for a claim by itself: the phrases also
    // deny inside accusations ("they did not attack the base, they attacked houses"), and "he" may be misread.
    const named = by.every((m) => a.mentions.includes(m) && pronounFits(a, m));
    const denied = !named
      ? undefined
      : pleaded
        ? claimText(a, k + pleaded) || claimText(a, 0)
        : denial && (denies || dismisses(a, k, ctx.knowledge))
          ? deniedWords(ctx, k, denial)
          : quotedFalse && ctx.report
            ? claimText(a, ctx.report.from, ctx.report.to)
            : undefined;
    stances.push({
      kind: confirmation ? 'confirms' : 'denies',
      sentence: a.sentence.index,
      by: [...new Set(by.map((m) => m.key))],
      owners: withOwners(by, ctx.affiliations),
      generic: next.some((w) => cues.claimNouns.has(w)),
      claimants: claimantsNamed(a, k + 1, cues.claimNouns),
      named: by.every((m) => m.kind !== 'reference'),
      calledFalse,
      ...(denied !== undefined && { denied }),
      accused: withStatesOf(ctx, [...new Set(by.flatMap(clearedBy))]),
    });
    k += Math.max(0, denial - 1);
  }
  const own = ownActDenied(ctx);
  if (own) stances.push(own);
  return stances;
}

/**
 * '"We have never attacked civilians," the group's spokesman said', "the company said it had not polluted the river":
 * a report whose speaker says its own side did not do a wrong (an act of the event taxonomy or a word of
 * wrongdoing, negated) denies that wrong. Not when the clause names another party before the wrong ("they did not
 * attack the base", said of an enemy).
 */
function ownActDenied(ctx: SentenceContext): Stance | undefined {
  const a = ctx.analyses[ctx.index]!;
  const report = ctx.report;
  if (!report || report.speakers.length === 0 || report.continued) return undefined;
  const owners = withOwners(report.speakers, ctx.affiliations);
  for (let k = report.from; k < report.to; k++) {
    const wrong = wrongfulActAt(a, ctx.knowledge, k) || wrongdoingIn(a, ctx.knowledge, k, report.to)?.at === k;
    if (!wrong || !negatedAt(a, k, ctx.knowledge)) continue;
    const before = a.mentions.filter((m) => m.first >= report.from && m.last <= k && isActorMention(m, true));
    const firstPerson = a.tokens.slice(report.from, k).some((t) => FIRST_PERSON_WORDS.has(t.norm));
    if (before.some((m) => !owners.has(m.key)) || (before.length === 0 && !firstPerson)) return undefined;
    const named = report.speakers.every((m) => a.mentions.includes(m) && pronounFits(a, m));
    return {
      kind: 'denies',
      sentence: a.sentence.index,
      by: [...new Set(report.speakers.map((m) => m.key))],
      owners,
      generic: false,
      claimants: [],
      named: report.speakers.every((m) => m.kind !== 'reference'),
      calledFalse: false,
      ...(named && { denied: claimText(a, report.from, report.to) }),
      accused: withStatesOf(ctx, [...new Set(report.speakers.flatMap(clearedBy))]),
    };
  }
  return undefined;
}

/**
 * What the denial verb at token k denies, when it denies a claim: it does when a claim noun, a clause ("that ..."), a thing one is accused of ("any involvement") or a word of wrongdoing follows
 * it, or when "deny" ends its clause ("X denied it"). "Rejected the proposal", "denied bail" deny no claim.
 */
function deniedWords(ctx: SentenceContext, k: number, length: number): string | undefined {
  const a = ctx.analyses[ctx.index]!;
  const cues = ctx.knowledge.allegation;
  const after = a.tokens.slice(k + 1, k + 1 + DENIED_REACH).map((t) => t.norm);
  const clauseEnd = after.findIndex((w) => /^[,.;:!?]$/.test(w) || w === 'but' || w === 'and');
  const object = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
  const claimed =
    object.some((w) => cues.claimNouns.has(w) || cues.deniedObjects.has(w) || w === 'that') ||
    wrongdoingIn(a, ctx.knowledge, k + length, k + length + DENIED_REACH) !== undefined ||
    (a.lemmas[k] === 'deny' && (object.length === 0 || ['it', 'this', 'them'].includes(object[0]!))) ||
    // "denies backing the rebels", "denied having paid": the act denied.
    (a.lemmas[k] === 'deny' && a.pos[k + 1] === 'VERB' && /ing$/.test(object[0] ?? ''));
  return claimed ? claimText(a, k + length) || claimText(a, 0) : undefined;
}

/** How many words after a verb of dispute its claim noun is looked for ("disagree with the commission's findings"). */
const DISPUTED_REACH = 5;

/** "X disputed the findings", "we disagree with the commission's conclusions": a verb of dispute whose object is a claim. */
function disputesClaim(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  if (a.pos[k] !== 'VERB' || !knowledge.allegation.disputeVerbs.has(a.lemmas[k]!)) return false;
  for (let j = k + 1; j < Math.min(a.tokens.length, k + 1 + DISPUTED_REACH); j++) {
    if (/[,.;:!?]/.test(a.sentence.text.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start))) return false;
    if (knowledge.allegation.claimNouns.has(a.tokens[j]!.norm)) return true;
  }
  return false;
}

/** A pronoun read as a party fits it: "he" and "she" a person, "it" and "they" not one person. */
function pronounFits(a: SentenceAnalysis, m: FoundMention): boolean {
  if (m.kind !== 'reference') return true;
  const word = a.tokens[m.first]?.norm ?? '';
  if (['he', 'she', 'him', 'her'].includes(word)) return m.type === 'Person';
  if (['it', 'its'].includes(word)) return m.type !== 'Person';
  return true;
}

/** The party a denial clears: the denier, or whom a spokesperson or lawyer speaks for; and the state it is part of. */
function clearedBy(m: FoundMention): string[] {
  const relation = m.title?.info.relation;
  if (relation && SPEAKS_FOR.has(relation) && m.title?.ownerKey) return [m.title.ownerKey];
  return m.partOfKey?.startsWith('state:') && !m.basedOnly ? [m.key, m.partOfKey] : [m.key];
}

/** The parties with the states their bodies are part of, as the article names them ("Iran's foreign ministry": Iran). */
function withStatesOf(ctx: SentenceContext, keys: string[]): string[] {
  const all = new Set(keys);
  for (const a of ctx.analyses)
    for (const m of a.mentions)
      if (keys.includes(m.key) && m.partOfKey?.startsWith('state:') && !m.basedOnly) all.add(m.partOfKey);
  return [...all];
}

/** How far after a denial its claim noun, and the parties named with it, are read. */
const CLAIMANTS_REACH = 6;

/** The parties named with the claim noun after token `from` ("the commission's findings", "Washington's accusations"). */
function claimantsNamed(a: SentenceAnalysis, from: number, nouns: Set<string>): string[] {
  for (let j = from; j < Math.min(a.tokens.length, from + CLAIMANTS_REACH); j++) {
    if (j > from && /[,.;:!?]/.test(a.sentence.text.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start))) return [];
    if (nouns.has(a.tokens[j]!.norm))
      return [
        ...new Set(
          a.mentions.filter((m) => m.first >= from && m.last <= j && isActorMention(m, true)).map((m) => m.key),
        ),
      ];
  }
  return [];
}

/** "we" or "I" opens the clause of the verb at k ("we strongly disagree", "I have never taken"). */
function firstPersonBefore(a: SentenceAnalysis, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (FIRST_PERSON.has(a.tokens[j]!.norm)) return true;
    if (!['ADV', 'AUX', 'PART'].includes(a.pos[j] ?? 'X')) return false;
  }
  return false;
}

function namedBefore(a: SentenceAnalysis, k: number): ReturnType<typeof subjectOf> {
  const before = a.mentions.filter((m) => m.last <= k && isActorMention(m) && m.kind !== 'reference');
  return before.length > 0 ? [before.at(-1)!] : [];
}
