/*
 * What a sentence does with claims made against its speaker: denials ("X denied the charges", "it was not them",
 * "would never attack") and confirmations ("X confirmed", "X admitted"; "cannot confirm" is none).
 */
import type { Knowledge } from '../knowledge.ts';
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { matchPhrase } from '../tokenize.ts';
import { isActorMention } from '../participants.ts';
import { lawyerRelation } from '../relations/people.ts';
import {
  claimText,
  dismisses,
  falseSubjectAt,
  negatedAt,
  subjectOf,
  withOwners,
  wrongdoingIn,
  withStatesIn,
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
    const accused = withStatesIn(ctx.analyses, [...new Set(by.flatMap((m) => clearedBy(ctx, a, m)))]);
    stances.push({
      kind: confirmation ? 'confirms' : 'denies',
      sentence: a.sentence.index,
      by: [...new Set(by.map((m) => m.key))],
      owners: new Set([...withOwners(by, ctx.affiliations), ...accused]),
      generic: next.some((w) => cues.claimNouns.has(w)),
      claimants: claimantsNamed(a, k + 1, cues.claimNouns),
      named: by.every((m) => m.kind !== 'reference'),
      calledFalse,
      ...(denied !== undefined && { denied }),
      accused,
    });
    k += Math.max(0, denial - 1);
  }
  const own = ownActDenied(ctx) ?? (stances.length === 0 ? (defended(ctx) ?? negatedReply(ctx)) : undefined);
  if (own) stances.push(own);
  return stances;
}

/** How many sentences back a claim is answered by its party's word that it did not do something. */
const REPLY_REACH = 6;
/** How many words past the verb of what is said its negation is looked for ("its forces were not in the area"). */
const REPLY_NEGATION_REACH = 2;

/**
 * "X accused Y of shelling the hospital. Y said none of its fighters had entered the city": a party that a claim just
 * made accuses says that it (or its own people) did not do something, in the past or the present, whatever the words:
 * it answers the claim. Not a promise ("would not attend"), and not when another party is the subject.
 */
function negatedReply(ctx: SentenceContext): Stance | undefined {
  const a = ctx.analyses[ctx.index]!;
  const report = ctx.report;
  const cues = ctx.knowledge.allegation;
  if (!report || report.speakers.length === 0 || report.continued || report.from >= report.to) return undefined;
  const owners = withOwners(report.speakers, ctx.affiliations);
  const here = a.sentence.index;
  const answered = ctx.earlier.some(
    (c) =>
      c.sentence < here &&
      c.sentence >= here - REPLY_REACH &&
      c.accused.some((k) => owners.has(k)) &&
      !c.allegers.some((m) => owners.has(m.key)),
  );
  if (!answered) return undefined;
  let verb = report.from;
  while (verb < report.to && !['VERB', 'AUX'].includes(a.pos[verb] ?? 'X')) verb++;
  if (verb >= report.to || cues.modals.has(a.tokens[verb]!.norm)) return undefined;
  const subject = a.tokens.slice(report.from, verb).map((t) => t.norm);
  const parties = a.mentions.filter((m) => m.first >= report.from && m.last <= verb && isActorMention(m, true));
  const own =
    parties.length > 0
      ? parties.every((m) => owners.has(m.key))
      : subject.some((w) => FIRST_PERSON_WORDS.has(w) || cues.ownWords.has(w));
  if (!own) return undefined;
  const end = Math.min(report.to, verb + 1 + REPLY_NEGATION_REACH);
  const negated = a.tokens
    .slice(report.from, end)
    .some((t, j) => cues.negations.has(t.norm) || cues.noneWords.has(t.norm) || (t.norm === 't' && j > 0));
  if (!negated) return undefined;
  return {
    kind: 'denies',
    sentence: here,
    by: [...new Set(report.speakers.map((m) => m.key))],
    owners,
    generic: false,
    claimants: [],
    named: report.speakers.every((m) => m.kind !== 'reference'),
    calledFalse: false,
    accused: withStatesIn(ctx.analyses, [...new Set(report.speakers.flatMap((m) => clearedBy(ctx, a, m)))]),
  };
}

/** How far into what a lawyer says the client is looked for as its subject ("said her client had ..."). */
const CLIENT_REACH = 3;

/**
 * "X, her lawyer, said her client had followed procedure": what a lawyer says of the client is the client's defence, a
 * denial of the claims against the client, unless it admits something ("said his client would plead guilty").
 */
function defended(ctx: SentenceContext): Stance | undefined {
  const a = ctx.analyses[ctx.index]!;
  const report = ctx.report;
  const cues = ctx.knowledge.allegation;
  if (!report || report.continued || report.from >= report.to) return undefined;
  const lawyer = report.speakers.find((m) => clientsOf(ctx, a, m).length > 0);
  if (!lawyer) return undefined;
  const clients = clientsOf(ctx, a, lawyer);
  const opening = a.tokens.slice(report.from, Math.min(report.to, report.from + CLIENT_REACH));
  const subject =
    opening.some((t) => cues.clientWords.has(t.norm)) ||
    a.mentions.some((m) => m.first >= report.from && m.first < report.from + CLIENT_REACH && clients.includes(m.key));
  if (!subject) return undefined;
  for (let k = report.from; k < report.to; k++) {
    const lemma = a.lemmas[k]!;
    if (
      cues.admissionVerbs.has(lemma) ||
      cues.confirmationVerbs.has(lemma) ||
      matchPhrase(cues.confirmedPhrases, a.tokens, k)
    )
      return undefined;
  }
  const accused = withStatesIn(ctx.analyses, clients);
  return {
    kind: 'denies',
    sentence: a.sentence.index,
    by: [lawyer.key],
    owners: new Set([...withOwners([lawyer], ctx.affiliations), ...accused]),
    generic: false,
    claimants: [],
    named: lawyer.kind !== 'reference',
    calledFalse: false,
    accused,
  };
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
    const accused = withStatesIn(ctx.analyses, [...new Set(report.speakers.flatMap((m) => clearedBy(ctx, a, m)))]);
    return {
      kind: 'denies',
      sentence: a.sentence.index,
      by: [...new Set(report.speakers.map((m) => m.key))],
      owners: new Set([...owners, ...accused]),
      generic: false,
      claimants: [],
      named: report.speakers.every((m) => m.kind !== 'reference'),
      calledFalse: false,
      ...(named && { denied: claimText(a, report.from, report.to) }),
      accused,
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
export function clearedBy(ctx: SentenceContext, a: SentenceAnalysis, m: FoundMention): string[] {
  const clients = clientsOf(ctx, a, m);
  if (clients.length > 0) return clients;
  const relation = m.title?.info.relation;
  if (relation && SPEAKS_FOR.has(relation) && m.title?.ownerKey) return [m.title.ownerKey];
  const own = m.partOfKey?.startsWith('state:') && !m.basedOnly ? [m.key, m.partOfKey] : [m.key];
  // "Y's chairman, X, rejected the allegations": a person's denial clears the body the person speaks for.
  const body = m.type === 'Person' ? ctx.roles?.get(m.key) : undefined;
  return body && !own.includes(body) ? [...own, body] : own;
}

/**
 * Whom a lawyer speaks for, where the article names the lawyer with a title or in apposition (here or before: "her
 * lawyer, X" and later "X said"): the party before the title ("her lawyer, X", "Y's attorney X"), or in the apposition
 * after the name ("X, a lawyer for Y,", "X, Y's lawyer,"); a lawyer who names no client ("defense attorney X said her
 * client ...") speaks for those the article's last claim accuses. None for anyone else.
 */
export function clientsOf(ctx: SentenceContext, a: SentenceAnalysis, said: FoundMention): string[] {
  // "Y's lawyer, X, said she ...": the name the pronoun stands for.
  const m = said.kind === 'reference' ? (a.mentions.find((x) => x.key === said.key && x !== said) ?? said) : said;
  if (m.type !== 'Person') return [];
  const named = [
    [a, m] as const,
    ...ctx.analyses.flatMap((b) => b.mentions.filter((x) => x.key === m.key && x !== m).map((x) => [b, x] as const)),
  ];
  for (const [b, x] of named) {
    const clients = counselOf(ctx, b, x);
    if (clients === 'unnamed') return ctx.earlier.findLast((c) => !c.accused.includes(m.key))?.accused ?? [];
    if (clients) return clients;
  }
  return [];
}

/**
 * The clients of a lawyer named at mention m of a sentence: undefined when it names no lawyer there, 'unnamed' when
 * the lawyer's client is not named, and none for a client the rules do not know as a party ("a lawyer for the driver").
 */
function counselOf(ctx: SentenceContext, a: SentenceAnalysis, m: FoundMention): string[] | 'unnamed' | undefined {
  const cues = ctx.knowledge.allegation;
  const party = (x: FoundMention | undefined): x is FoundMention =>
    x !== undefined && x.key !== m.key && x.type !== 'Place' && !x.dateline;
  let lawyer = m.title !== undefined && lawyerRelation(m.title.info) !== undefined;
  if (lawyer) {
    const owner = a.mentions.find((x) => x.last === m.title!.first && party(x));
    if (owner) return [owner.key];
  }
  const after = a.tokens[m.last];
  if (after && /,/.test(a.sentence.text.slice(a.tokens[m.last - 1]!.end, after.start))) {
    let j = ['a', 'an', 'the'].includes(after.norm) ? m.last + 1 : m.last;
    const possessor = a.mentions[a.mentionAt[j] ?? -1];
    if (party(possessor) && matchPhrase(cues.counselWords, a.tokens, possessor.last)) return [possessor.key];
    // One modifier may stand before the word for a lawyer ("a defense lawyer", "a longtime attorney").
    for (const end = j + 2; j < end && !lawyer; j++) {
      const counsel = matchPhrase(cues.counselWords, a.tokens, j);
      if (!counsel) continue;
      lawyer = true;
      const at = j + counsel.length;
      if (!cues.counselFor.has(a.tokens[at]?.norm ?? '')) continue;
      const client = a.mentions[a.mentionAt[at + 1] ?? -1];
      return party(client) && client.first === at + 1 ? [client.key] : [];
    }
  }
  return lawyer ? 'unnamed' : undefined;
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
