/*
 * Allegations: the claims of wrongdoing an article reports (allegations/claims.ts), each with who makes it and who
 * is accused, and the denials and confirmations of the accused (allegations/stances.ts) attached to the claims they
 * answer: the claims made against the denier (or the body it speaks for), else, for "denied the charges", the claim
 * made last. A claim against a party that the party answers with a claim of its own against the accuser ("called
 * the report malicious") is denied by it. Claims are kept apart: one merges with another only when it is the same
 * claim against the same accused (the resolve stage merges them across articles by those).
 */
import type { Knowledge } from './knowledge.ts';
import type { SentenceAnalysis } from './mentions.ts';
import type { Report } from './language/reports.ts';
import type { LocalAllegation, LocalEvidence, LocalRelation } from './types.ts';
import type { RelationType } from '../contract.ts';
import { triggerCandidates } from './events.ts';
import { sentenceClaims, type Claim, type SentenceContext } from './allegations/claims.ts';
import { sentenceStances, type Stance } from './allegations/stances.ts';
import { withOwners, wrongdoingIn } from './allegations/clauses.ts';
import { articleState, titleOwners } from './relations/context.ts';
import { isJoinedPassive } from './participants.ts';

/** How far back "denied the charges" looks for the claim it answers. */
const GENERIC_DENIAL_REACH = 3;
/** How far back "rejected the commission's findings" looks for the commission's claims. */
const CLAIMANTS_REACH = 12;

interface Answer {
  sentence: number;
  by: string[];
}

interface Tracked extends Claim {
  denials: Answer[];
  confirmations: Answer[];
}

/** Allegations stated across an article's sentences. */
export function findAllegations(
  analyses: SentenceAnalysis[],
  reports: (Report | undefined)[],
  knowledge: Knowledge,
  relations: LocalRelation[] = [],
): LocalAllegation[] {
  const claims: Tracked[] = [];
  const stances: Stance[] = [];
  const affiliations = titleOwners(analyses);
  const roles = withRoles(affiliations, relations);
  const state = articleState(analyses, knowledge);
  const contexts = analyses.map((a, index) => {
    // A sentence naming no one may still carry a claim of a quotation attributed elsewhere ("They are responsible."),
    // or one against a party named only as the accused ("The suspect is charged with ...") or by a description the
    // article names later ("A former nurse was charged with ...").
    const described = a.tokens.some((t) => t.norm === 'a' || t.norm === 'an');
    if (a.mentions.length === 0 && !reports[index] && !namesSuspect(a, knowledge) && !described) return undefined;
    nameUnnamed(claims, analyses, index, reports[index], knowledge);
    const triggers = triggerCandidates(a, analyses[index - 1], knowledge);
    const ctx = {
      analyses,
      index,
      report: speech(a, reports[index], knowledge),
      triggers,
      knowledge,
      earlier: claims,
      affiliations,
      roles,
      state,
    };
    for (const claim of sentenceClaims(ctx)) claims.push({ ...claim, denials: [], confirmations: [] });
    stances.push(...sentenceStances(ctx));
    return ctx;
  });
  accusersClaims(claims, contexts);
  for (const stance of stances) {
    const answered = answer(claims, stance);
    if (!answered && stance.kind === 'denies' && stance.denied !== undefined)
      claims.push(deniedOnly(stance, analyses, knowledge));
  }
  counterClaims(claims, knowledge, affiliations);
  return claims.map(toAllegation);
}

/** How many sentences after a claim against an unnamed party the article may name that party. */
const UNNAMED_NAMED_REACH = 2;
/** How many words may stand before the name that opens a sentence (a title: "Officer", "Former mayor"). */
const OPENING_NAME_REACH = 3;

/**
 * "Police charged a former city treasurer with fraud. Jane Roe, 57, ...": a claim against a party the article names
 * only by an indefinite description is against the person named first in the sentence at `index`, when that sentence
 * opens with them, the article has not named them before and they do not speak there ("Inspector Jane Roe said ..."),
 * unless to deny it.
 */
function nameUnnamed(
  claims: Claim[],
  analyses: SentenceAnalysis[],
  index: number,
  report: Report | undefined,
  knowledge: Knowledge,
): void {
  const a = analyses[index]!;
  const opening = a.mentions.find((m) => m.type === 'Person' && m.first <= OPENING_NAME_REACH);
  if (!opening || a.tokens.slice(0, opening.first).some((t) => !t.cap)) return;
  // A denial is the accused's own word ("Jane Roe, 57, denied the charges"); any other report is a witness's.
  const denies = report !== undefined && knowledge.allegation.denialVerbs.has(report.lemma);
  if (!denies && report?.speakers.some((m) => m.key === opening.key)) return;
  const here = a.sentence.index;
  for (const c of claims) {
    if (!c.unnamed || c.sentence >= here || c.sentence < here - UNNAMED_NAMED_REACH) continue;
    const before = analyses.filter((x) => x.sentence.index <= c.sentence);
    if (before.some((x) => x.mentions.some((m) => m.key === opening.key))) continue;
    c.accused = [opening.key];
    c.unnamed = false;
  }
}

/** Roles by which a person speaks for a body: a member's, a leader's or an official's denial is the body's too. */
const ROLES = new Set<RelationType>(['MEMBER_OF', 'LEADER_OF', 'OFFICIAL_OF', 'SPOKESPERSON_OF']);

/**
 * The body each person speaks for: the one a title names ("Russian President X"), else the first the article gives
 * the person a role in ("X of the Y party", "Y's chairman, X").
 */
function withRoles(owners: Map<string, string>, relations: LocalRelation[]): Map<string, string> {
  const all = new Map(owners);
  for (const r of relations)
    if (ROLES.has(r.type) && r.source.startsWith('person:') && !all.has(r.source)) all.set(r.source, r.target);
  return all;
}

/**
 * The sentence's report, unless its verb acts rather than reports: a participle joined to a passive ("was arrested
 * and charged with fraud") or "charged" with an object ("charged him with fraud"), whose subject says nothing.
 */
function speech(a: SentenceAnalysis, report: Report | undefined, knowledge: Knowledge): Report | undefined {
  if (!report || report.verb < 0 || report.inverted) return report;
  const acts =
    isJoinedPassive(a, report.verb) ||
    (knowledge.allegation.thatOnly.has(a.lemmas[report.verb]!) && a.tokens[report.verb + 1]?.norm !== 'that');
  return acts ? undefined : report;
}

/**
 * What a party's accusers go on to say it did: "the prosecutor said Y told investors ...", in a sentence with no claim
 * of its own, is a further claim against Y whatever its words.
 */
function accusersClaims(claims: Tracked[], contexts: (SentenceContext | undefined)[]): void {
  const accusers = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.allegers.length === 0) continue;
    const owners = withOwners(c.allegers, contexts.find((x) => x)?.affiliations);
    for (const key of c.accused) accusers.set(key, new Set([...(accusers.get(key) ?? []), ...owners]));
  }
  const accusing = new Set([...accusers.values()].flatMap((owners) => [...owners]));
  const claimed = new Set(claims.map((c) => c.sentence));
  for (const ctx of contexts) {
    if (!ctx?.report || claimed.has(ctx.analyses[ctx.index]!.sentence.index)) continue;
    // Read again only a sentence where an accuser speaks of a party it accuses.
    const speakers = withOwners(ctx.report.speakers, ctx.affiliations);
    if (![...speakers].some((k) => accusing.has(k))) continue;
    const a = ctx.analyses[ctx.index]!;
    if (!namesSuspect(a, ctx.knowledge) && !a.mentions.some((m) => accusers.has(m.key))) continue;
    for (const claim of sentenceClaims({ ...ctx, accusers })) claims.push({ ...claim, denials: [], confirmations: [] });
  }
  claims.sort((x, y) => x.sentence - y.sentence);
}

/** The sentence speaks of a party only as the one accused ("the suspect", "the defendants"). */
function namesSuspect(a: SentenceAnalysis, knowledge: Knowledge): boolean {
  return a.tokens.some((t, k) => knowledge.allegation.suspectWords.has(t.norm) && a.pos[k] === 'NOUN');
}

/** Attaches a denial or confirmation to the claims it answers; false when it answers none. */
function answer(claims: Tracked[], stance: Stance): boolean {
  // A claim made by the body the denier speaks for is not one it denies, unless it names the denier ("police say
  // the former prime minister extorted ...; she denied the charges": her title's state is not her).
  const mine = (c: Tracked): boolean =>
    !c.accused.some((k) => stance.by.includes(k)) && c.allegers.some((m) => stance.owners.has(m.key));
  const against = (c: Tracked): boolean => c.accused.some((k) => stance.owners.has(k));
  const deniedHere = (c: Tracked): boolean => c.sentence === stance.sentence && c.deniedBy.length > 0;
  let targets = claims.filter((c) => c.sentence <= stance.sentence && !mine(c) && against(c) && !deniedHere(c));
  // "He denied the charges": the claim made last, when the denier is only referred to (a named party that denies
  // claims no rule found against it is kept as denied by it, see deniedOnly).
  // "X rejected the commission's findings": the recent claims of whom the denial names as making them.
  if (targets.length === 0 && stance.claimants.length > 0)
    targets = claims.filter(
      (c) =>
        c.sentence <= stance.sentence &&
        c.sentence >= stance.sentence - CLAIMANTS_REACH &&
        c.allegers.some(
          (m) => stance.claimants.includes(m.key) || (m.partOfKey && stance.claimants.includes(m.partOfKey)),
        ),
    );
  if (targets.length === 0 && stance.generic && !stance.named) {
    const recent = claims.filter(
      (c) => !mine(c) && c.sentence <= stance.sentence && c.sentence >= stance.sentence - GENERIC_DENIAL_REACH,
    );
    targets = recent.slice(-1);
  }
  for (const c of targets) (stance.kind === 'denies' ? c.denials : c.confirmations).push(stance);
  // "X denied allegations that ...", "X called the charges absurd": the sentence's own claim is its answer.
  const deniedInItsSentence = claims.some(
    (c) =>
      c.sentence === stance.sentence &&
      (c.deniedBy.some((k) => stance.by.includes(k)) ||
        (stance.calledFalse && c.allegers.some((m) => stance.by.includes(m.key)))),
  );
  return targets.length > 0 || deniedInItsSentence;
}

/**
 * A denial that answers no claim the rules found ("the company denied any wrongdoing"): the claim it denies is in
 * the article, in words no rule reads, so it is kept as an allegation against the denier, denied, by no one named.
 */
function deniedOnly(stance: Stance, analyses: SentenceAnalysis[], knowledge: Knowledge): Tracked {
  const a = analyses.find((x) => x.sentence.index === stance.sentence)!;
  const claim = stance.denied ?? a.sentence.text;
  const wrong = wrongdoingIn(a, knowledge);
  return {
    sentence: stance.sentence,
    allegers: [],
    description: 'unnamed (only the denial is reported)',
    accused: stance.accused,
    category: wrong?.category ?? 'other',
    cue: wrong?.word ?? claim,
    claim,
    confirmedBy: [],
    deniedBy: stance.by,
    stated: false,
    denials: [],
    confirmations: [],
  };
}

/** "X accused Y ... Y called X's reports malicious": Y's counter-claim denies X's claims against it. */
function counterClaims(claims: Tracked[], knowledge: Knowledge, affiliations: Map<string, string>): void {
  for (const later of claims) {
    // It answers claims: it speaks of reports, claims or accusations ("called the reports a malicious campaign").
    const words = later.claim.toLowerCase().split(/[^\p{L}]+/u);
    if (!words.some((w) => knowledge.allegation.claimNouns.has(w))) continue;
    const owners = withOwners(later.allegers, affiliations);
    for (const earlier of claims) {
      if (earlier.sentence >= later.sentence) continue;
      const answersAccuser = earlier.allegers.some((m) => later.accused.includes(m.key));
      const accusedAnswers = earlier.accused.some((k) => owners.has(k));
      if (answersAccuser && accusedAnswers)
        earlier.denials.push({ sentence: later.sentence, by: later.allegers.map((m) => m.key) });
    }
  }
}

function toAllegation(c: Tracked): LocalAllegation {
  const allegers = [...new Set(c.allegers.map((m) => m.key))];
  const deniedBy = [...new Set([...c.deniedBy, ...c.denials.flatMap((d) => d.by)])];
  const confirmedBy = [...new Set([...c.confirmedBy, ...c.confirmations.flatMap((d) => d.by)])];
  const evidence: LocalEvidence[] = [
    { sentence: c.sentence, stance: 'alleges', by: allegers, ...(c.stated && { stated: true }) },
  ];
  if (c.deniedBy.length > 0) evidence.push({ sentence: c.sentence, stance: 'denies', by: c.deniedBy });
  if (c.confirmedBy.length > 0 || c.verdict)
    evidence.push({ sentence: c.sentence, stance: 'confirms', by: c.confirmedBy });
  for (const d of c.denials) evidence.push({ sentence: d.sentence, stance: 'denies', by: d.by });
  for (const d of c.confirmations) evidence.push({ sentence: d.sentence, stance: 'confirms', by: d.by });
  return {
    claim: c.claim,
    category: c.category,
    cue: c.cue,
    status: statusOf(deniedBy.length > 0, confirmedBy.length > 0 || c.verdict === true),
    allegers,
    ...(allegers.length === 0 && c.description !== undefined && { allegerDescription: c.description }),
    accused: c.accused,
    ...(c.unnamed && c.accused.length === 0 && { accusedUnnamed: true }),
    deniedBy,
    confirmedBy,
    evidence,
  };
}

/** The status from what the article's statements do: denied, confirmed, both (disputed) or neither. */
export function statusOf(denied: boolean, confirmed: boolean): LocalAllegation['status'] {
  if (denied && confirmed) return 'disputed';
  if (denied) return 'denied';
  if (confirmed) return 'confirmed';
  return 'alleged';
}
