/*
 * Claims of wrongdoing made in one sentence, each with who makes it, who is accused and the claim's words:
 * - a verb that accuses its object ("X accused Y of ...", "X criticized Y"; "condemned the attack": whoever did it);
 * - a phrase whose subject is accused or confirmed ("Y is suspected of", "Y faces charges of", "Y was convicted of",
 *   "Y claimed responsibility for"), alleged by the agent after "by", the sentence's speaker, or no one named;
 * - a statement that another party did wrong ("X said Y shelled the town", "'They are responsible,' X said"): a
 *   wrongful act of the event taxonomy or a word of wrongdoing against a party named in what is said;
 * - an unattributed claim ("Y allegedly ...", "amid allegations that Y ...", "accusations from X that Y ...");
 * - a claim stated only to be denied ("X denied allegations that it ...").
 */
import type { Knowledge } from '../knowledge.ts';
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { eachParty } from '../mentions.ts';
import type { Report } from '../language/reports.ts';
import type { Candidate } from '../events.ts';
import { findPhrase, matchPhrase } from '../tokenize.ts';
import { initialSubject, isActorMention, isJoinedPassive, isPassive, objectsAfter } from '../participants.ts';
import { clearedBy, clientsOf } from './stances.ts';
import {
  CLAUSE_REACH,
  claimText,
  dismissedNoun,
  dismisses,
  falseSubjectAt,
  hasPhrase,
  negatedAt,
  partiesIn,
  recentParties,
  subjectOf,
  withOwners,
  wrongdoingIn,
  wrongfulActAt,
} from './clauses.ts';

/** How far after a verb of description its "as", and after "as" the wrong, are looked for. */
const DESCRIBED_REACH = 12;

/** Reporting verbs that assert what follows them (not "deny", "vow", "urge", which are read on their own). */
const ASSERTING = new Set([
  'say',
  'tell',
  'add',
  'note',
  'state',
  'explain',
  'report',
  'write',
  'insist',
  'argue',
  'stress',
  'maintain',
  'claim',
  'assert',
  'contend',
  'conclude',
  'determine',
  'rule',
  'find',
  'suggest',
  'indicate',
  'complain',
  'declare',
  'believe',
  'think',
  'reveal',
  'disclose',
  'testify',
  'describe',
  'call',
  'warn',
  'post',
  'tweet',
  'publish',
  'allege',
  'according',
]);

/** One claim, before denials and confirmations are attached. */
export interface Claim {
  sentence: number;
  allegers: FoundMention[];
  /** How an unnamed source is described ("critics", "allegedly"). */
  description?: string;
  accused: string[];
  category: string;
  /** The word of wrongdoing or the wrongful act it names ("war crimes", "strike"): one claim across articles. */
  cue: string;
  claim: string;
  /** Parties that confirm it in its own sentence ("X claimed responsibility"). */
  confirmedBy: string[];
  /** Confirmed by a verdict ("X was convicted of"). */
  verdict?: boolean;
  /** Denied in its own sentence ("X denied allegations that ..."), by these parties. */
  deniedBy: string[];
  /** A named source states it. */
  stated: boolean;
  /**
   * The accused is named only by an indefinite description ("police charged a former city treasurer with fraud"),
   * until the article names that party (see nameUnnamed); accused is empty meanwhile.
   */
  unnamed?: boolean;
}

export interface SentenceContext {
  analyses: SentenceAnalysis[];
  index: number;
  report: Report | undefined;
  triggers: Candidate[];
  knowledge: Knowledge;
  /** The claims of the sentences before, for "the attack" whose doer the article has named. */
  earlier: Claim[];
  /** The state or body each person's title names in the article ("Israel's consul general X": Israel). */
  affiliations?: Map<string, string>;
  /** The body each person speaks for by a title or a role the article gives them ("Y's chairman, X"), for denials. */
  roles?: Map<string, string>;
  /**
   * For each party the article's claims accuse, who accuses it (the allegers and the bodies they speak for): what an
   * accuser says that party did is a further claim against it, whatever its words ("the prosecutor said Y told
   * investors ...").
   */
  accusers?: Map<string, Set<string>>;
  /** The state the article is about (named most), for its unnamed organs ("the government", "police"). */
  state?: string;
}

/** The claims of one sentence. */
export function sentenceClaims(ctx: SentenceContext): Claim[] {
  const claims: Claim[] = [];
  const add = (claim: Claim | undefined): void => {
    if (!claim || (claim.accused.length === 0 && !claim.unnamed)) return;
    claim.accused = withStates(sentence(ctx), claim.accused);
    const same = claims.findIndex((c) => c.accused.some((k) => claim.accused.includes(k)));
    if (same < 0) claims.push(claim);
    // "Police arrested two X managers on suspicion of fraud": the reading that names who alleges it wins.
    else if (claims[same]!.allegers.length === 0 && claim.allegers.length > 0 && claim.deniedBy.length === 0)
      claims[same] = claim;
  };
  for (const claim of [
    ...deniedClaims(ctx),
    ...calledFalse(ctx),
    ...describedAs(ctx),
    ...accusations(ctx),
    ...reciprocal(ctx),
    ...accusedPhrases(ctx),
    ...toldToStop(ctx),
    ...verdicts(ctx),
    ...actionsFor(ctx),
    ...nounActionsFor(ctx),
    ...passiveActionsFor(ctx),
    ...attributions(ctx),
    ...admissions(ctx),
    ...links(ctx),
    ...claimsAgainst(ctx),
    ...relativeReports(ctx),
  ])
    add(claim);
  for (const claim of unattributedClaims(ctx)) add(claim);
  if (claims.length === 0) add(reportedWrong(ctx));
  if (claims.length === 0) for (const claim of accusationEvents(ctx)) add(claim);
  return claims;
}

/** The event type of accusations, whose actors accuse their targets. */
const ACCUSATION_EVENT = 'accusation';

/**
 * An accusation the event stage reads where no rule here found a claim ("X accuses Y" in a frame the rules above do
 * not read): its actors accuse its targets that are parties, not their own side. Only a verb or a noun ("alleged
 * dumping" is an adjective, no one's accusation).
 */
function accusationEvents(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const claims: Claim[] = [];
  for (const c of ctx.triggers) {
    if (c.info.type !== ACCUSATION_EVENT || a.tokens[c.at]!.quoted || !['VERB', 'NOUN'].includes(a.pos[c.at] ?? 'X'))
      continue;
    const allegers = a.mentions.filter(
      (m, i, all) => c.actors.includes(m.key) && all.findIndex((x) => x.key === m.key) === i,
    );
    if (allegers.length === 0) continue;
    const own = withOwners(allegers, ctx.affiliations);
    const parties = new Set(partiesIn(a, 0, a.tokens.length).map((m) => m.key));
    const accused = [
      ...new Set(
        c.event.participants
          .filter((p) => p.role === 'target' && parties.has(p.key) && !own.has(p.key))
          .map((p) => p.key),
      ),
    ];
    if (accused.length === 0) continue;
    claims.push({
      ...base(ctx, wrongdoingIn(a, ctx.knowledge, c.end), claimText(a, c.end)),
      allegers,
      accused,
      stated: true,
    });
  }
  return claims;
}

function sentence(ctx: SentenceContext): SentenceAnalysis {
  return ctx.analyses[ctx.index]!;
}

function base(
  ctx: SentenceContext,
  wrong: { category: string; word: string } | undefined,
  claim: string,
  act?: Candidate,
): Omit<Claim, 'allegers' | 'accused'> {
  const category = wrong?.category ?? act?.info.wrongdoing ?? 'other';
  const cue = wrong?.word ?? act?.info.type ?? 'other';
  return { sentence: sentence(ctx).sentence.index, category, cue, claim, confirmedBy: [], deniedBy: [], stated: false };
}

/** The wrongful acts of the event taxonomy named in tokens [from, to) by others than `speakers`. */
function wrongfulActs(ctx: SentenceContext, from: number, to: number, speakers: Set<string>): Candidate[] {
  return ctx.triggers.filter(
    (c) => c.at >= from && c.at < to && c.info.wrongdoing !== undefined && !c.actors.some((k) => speakers.has(k)),
  );
}

/** "X accused Y of ...", "X blamed Y for ...", "X criticized Y", "Y was accused by X of ...". */
function accusations(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const { knowledge } = ctx;
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    if (!(a.pos[k] === 'VERB' || perfectAt(a, k)) || !accuses(ctx, k) || a.tokens[k]!.quoted) continue;
    if (negatedAt(a, k, knowledge)) continue;
    const previous = ctx.analyses[ctx.index - 1];
    const after = objectsAfter(a, k + 1, true, 30);
    let allegers: FoundMention[];
    let accused: FoundMention[];
    const passive = passiveAt(a, k);
    if (passive) {
      // "the attack was blamed on Y": the party after "on".
      const on = a.lemmas[k] === 'blame' && a.tokens[k + 1]?.norm === 'on';
      accused = on
        ? partiesIn(a, k + 2, Math.min(a.tokens.length, k + 2 + OBJECT_REACH))
        : subjectOf(a, previous, k, true);
      allegers = after.agents.length > 0 ? after.agents : (ctx.report?.speakers ?? []);
    } else {
      // "X sued Y, accusing it of ...": the participle's subject is the sentence's.
      const opening = participleAfterComma(a, k) ? initialSubject(a).filter((m) => isActorMention(m)) : [];
      allegers = opening.length > 0 ? opening : subjectOf(a, previous, k);
      accused = directObject(a, k + 1);
    }
    const own = withOwners(allegers, ctx.affiliations);
    let keys = [...new Set(accused.map((m) => m.key))].filter((key) => !own.has(key));
    // "filed a complaint against Y, accusing it of ...": a pronoun taken for the accuser is the party named before;
    // "sued Y on Tuesday, accusing the payments giant of ...": so is a description after a participle.
    if (keys.length === 0 && (accused.some((m) => m.kind === 'reference') || participleAfterComma(a, k)))
      keys = partiesIn(a, 0, k)
        .map((m) => m.key)
        .filter((key) => !own.has(key))
        .slice(-1);
    // "blamed the intrusion on a group tied to Y": the party after "on".
    if (keys.length === 0 && a.lemmas[k] === 'blame') keys = blamedOn(ctx, k, own);
    // "accused the government of ...": the state the article is about.
    if (keys.length === 0) keys = organsState(ctx, k + 1, Math.min(a.tokens.length, k + 1 + HELD_REACH), own);
    // "condemned the attack": whoever did it is accused, named here or in a claim just before.
    const acts = wrongfulActs(ctx, k + 1, a.tokens.length, own);
    if (keys.length === 0) keys = [...new Set(acts.flatMap((c) => c.actors))];
    if (keys.length === 0 && (acts.length > 0 || wrongfulWordIn(ctx, k + 1, k + 5))) keys = lastAccused(ctx, own);
    claims.push({
      ...base(
        ctx,
        wrongdoingIn(a, knowledge, k + 1),
        passive ? subjectClause(a, accused, k) : claimText(a, k + 1),
        acts[0],
      ),
      allegers,
      ...(allegers.length === 0 && { description: unnamedWord(a, k) }),
      accused: keys,
      stated: allegers.length > 0,
    });
  }
  return claims;
}

/** How many words after a verb of trading its claim noun is looked for ("traded bitter accusations"). */
const TRADED_REACH = 3;

/**
 * "X and Y accused each other of ...", "the two sides blamed one another for ...", "X and Y traded accusations": each
 * side accuses the other of what follows.
 */
function reciprocal(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    if (!(a.pos[k] === 'VERB' || perfectAt(a, k)) || a.tokens[k]!.quoted || negatedAt(a, k, ctx.knowledge)) continue;
    const from = accusesOther(ctx, k);
    if (from < 0) continue;
    const sides = twoSides(ctx, k);
    for (const alleger of sides)
      for (const accused of sides) {
        if (alleger === accused || withOwners([alleger], ctx.affiliations).has(accused.key)) continue;
        claims.push({
          ...base(ctx, wrongdoingIn(a, ctx.knowledge, from), claimText(a, from)),
          allegers: [alleger],
          accused: [accused.key],
          stated: true,
        });
      }
  }
  return claims;
}

/** The token after "accused each other" or "traded accusations" when the verb at k opens one, else -1. */
function accusesOther(ctx: SentenceContext, k: number): number {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  if (ofClass(a, k, cues.accuseVerbs)) {
    const other = matchPhrase(cues.reciprocals, a.tokens, k + 1);
    return other ? k + 1 + other.length : -1;
  }
  if (!cues.tradeVerbs.has(a.lemmas[k]!)) return -1;
  for (let j = k + 1; j < Math.min(a.tokens.length, k + 1 + TRADED_REACH); j++) {
    const norm = a.tokens[j]!.norm;
    if (cues.claimNouns.has(norm) || cues.tradedNouns.has(norm)) return j + 1;
  }
  return -1;
}

/**
 * The two sides of a two-way accusation: the parties of the verb's subject ("X and Y"), else the parties named
 * before it, else (for "the two sides") those the sentence before names last.
 */
function twoSides(ctx: SentenceContext, k: number): FoundMention[] {
  const a = sentence(ctx);
  const distinct = (list: FoundMention[]): FoundMention[] =>
    list
      .flatMap(eachParty)
      .filter((m, i, all) => isActorMention(m, true) && all.findIndex((x) => x.key === m.key) === i);
  const subject = distinct(subjectOf(a, ctx.analyses[ctx.index - 1], k, true));
  if (subject.length >= 2) return subject;
  const before = distinct(partiesIn(a, 0, k));
  if (before.length > 0) return before.length >= 2 ? before.slice(-2) : [];
  const previous = ctx.analyses[ctx.index - 1];
  return previous ? distinct(partiesIn(previous, 0, previous.tokens.length)).slice(-2) : [];
}

/**
 * A past participle the tagger takes for a noun after "has" and an adverb ("has long accused Y of"): a verb. Its
 * lemma is then the word itself, so the verb classes read its stem.
 */
function perfectAt(a: SentenceAnalysis, k: number): boolean {
  if (!/ed$/.test(a.tokens[k]!.norm) || !['NOUN', 'ADJ'].includes(a.pos[k] ?? 'X')) return false;
  const before = ['ADV', 'ADJ'].includes(a.pos[k - 1] ?? 'X') ? k - 2 : k - 1;
  return ['has', 'have', 'had'].includes(a.tokens[before]?.norm ?? '');
}

/** A participle set off by a comma ("..., accusing ..."): it qualifies the clause before it. */
function participleAfterComma(a: SentenceAnalysis, k: number): boolean {
  return (
    k > 0 &&
    /ing$/.test(a.tokens[k]!.norm) &&
    a.sentence.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start).includes(',')
  );
}

/** "X blamed the attack on Y" (or on a group Y backs): the parties after the "on" that follows the verb's object. */
function blamedOn(ctx: SentenceContext, k: number, own: Set<string>): string[] {
  const a = sentence(ctx);
  const on = indexWithin(a, k + 1, k + HELD_REACH + 1, 'on');
  if (on < 0) return [];
  return [...new Set(partiesIn(a, on + 1, Math.min(a.tokens.length, on + CLAUSE_REACH)).map((m) => m.key))].filter(
    (key) => !own.has(key),
  );
}

/** How far after "held" its word of blame is looked for ("held the regional government responsible"). */
const HELD_REACH = 7;

/** A verb that accuses its object: "accused", "blamed", or "held"/"holds" with "responsible" after its object. */
function accuses(ctx: SentenceContext, k: number): boolean {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  if (cues.accuseVerbs.has(a.lemmas[k]!) || (perfectAt(a, k) && ofClass(a, k, cues.accuseVerbs))) return true;
  if (!cues.holdVerbs.has(a.lemmas[k]!)) return false;
  return a.tokens.slice(k + 2, k + 2 + HELD_REACH).some((t) => cues.heldWords.has(t.norm));
}

/** Whether token k is a verb of a class: the tagger's lemma, or the word's stem where the lemma is wrong ("fined"). */
function ofClass(a: SentenceAnalysis, k: number, verbs: Set<string>): boolean {
  const norm = a.tokens[k]!.norm;
  return verbs.has(a.lemmas[k]!) || verbs.has(norm.replace(/e?d$/, '')) || verbs.has(norm.replace(/d$/, ''));
}

/** A passive verb, or a participle coordinated with one ("was arrested and charged with ..."). */
function passiveAt(a: SentenceAnalysis, k: number): boolean {
  return isPassive(a, k) || isJoinedPassive(a, k);
}

/** Words that make the verb after them a condition, not a fact ("if convicted, Y faces ..."). */
const CONDITIONS = new Set(['if', 'unless', 'whether', 'once', 'until']);

/** The active verbs at k of a class, not quoted, passive or negated ("convicted", not "was not convicted"). */
function activeVerbs(ctx: SentenceContext, verbs: Set<string>): number[] {
  const a = sentence(ctx);
  const found: number[] = [];
  for (let k = 0; k < a.tokens.length; k++)
    if (a.pos[k] === 'VERB' && ofClass(a, k, verbs) && !a.tokens[k]!.quoted && !passiveAt(a, k))
      if (!negatedAt(a, k, ctx.knowledge) && !CONDITIONS.has(a.tokens[k - 1]?.norm ?? '')) found.push(k);
  return found;
}

/**
 * The words of a claim whose subject is accused, from that subject on ("Y, the former mayor, is suspected of taking
 * bribes"): the whole clause, not what follows its cue.
 */
function subjectClause(a: SentenceAnalysis, subject: FoundMention[], cue: number): string {
  const before = subject.filter((m) => m.first < cue && a.mentions.includes(m)).map((m) => m.first);
  return claimText(a, before.length > 0 ? Math.min(...before) : cue);
}

/**
 * A claim by the subject of the verb at k against `accused` (not the subject's own side), its words from `from`; with
 * `unnamed`, against a party the clause names only by an indefinite description.
 */
function subjectClaim(
  ctx: SentenceContext,
  k: number,
  accused: FoundMention[],
  from: number,
  unnamed = false,
): Claim | undefined {
  const a = sentence(ctx);
  const allegers = subjectOf(a, ctx.analyses[ctx.index - 1], k);
  const own = withOwners(allegers, ctx.affiliations);
  const keys = [...new Set(accused.map((m) => m.key))].filter((key) => !own.has(key));
  if (keys.length === 0 && !unnamed) return undefined;
  return {
    ...(keys.length === 0 && { unnamed: true }),
    ...base(ctx, wrongdoingIn(a, ctx.knowledge, from), claimText(a, from)),
    allegers,
    ...(allegers.length === 0 && { description: unnamedWord(a, k) }),
    accused: keys,
    stated: allegers.length > 0,
  };
}

/**
 * "A jury convicted Y of fraud", "the court sentenced Y to five years for ...", "the court found Y guilty of fraud":
 * the verdict confirms Y's wrong.
 */
function verdicts(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  for (const k of [...activeVerbs(ctx, cues.verdictVerbs), ...activeVerbs(ctx, cues.findingVerbs)]) {
    // "two other jailed reporters": a participle that qualifies a noun gives no verdict.
    if (['DET', 'NUM', 'ADJ'].includes(a.pos[k - 1] ?? 'X')) continue;
    const accused = directObject(a, k + 1);
    if (accused.length === 0) continue;
    const from = pastApposition(a, accused.at(-1)!.last);
    const finding = cues.findingVerbs.has(a.lemmas[k]!);
    if (finding && !cues.guiltyWords.has(a.tokens[from]?.norm ?? '')) continue;
    // A verdict names the wrong: "convicted Y of fraud", "sentenced Y to ten years for fraud", not "to life".
    const wrong = finding
      ? from + 1
      : a.lemmas[k] === 'convict'
        ? from
        : indexWithin(a, from, from + VERDICT_REACH, 'for');
    const claim = wrong < 0 ? undefined : subjectClaim(ctx, k, accused, wrong);
    if (claim && !retold(ctx, claim)) claims.push({ ...claim, verdict: true });
  }
  return claims;
}

/** A verdict that names no wrong against a party an earlier verdict confirmed a wrong of ("found Y guilty on four counts"): the same verdict told again. */
function retold(ctx: SentenceContext, claim: Claim): boolean {
  return (
    claim.category === 'other' &&
    ctx.earlier.some((c) => c.verdict && c.accused.some((key) => claim.accused.includes(key)))
  );
}

/** How far after a sentence's object the "for" naming its wrong is looked for. */
const VERDICT_REACH = 8;

/** How far an apposition after a name is read ("Y, the former chief executive of Z, of fraud"). */
const APPOSITION_REACH = 12;

/** The token after an apposition set off by commas at token `at` ("Y, the firm's founder, of fraud"), else `at`. */
function pastApposition(a: SentenceAnalysis, at: number): number {
  const commaBefore = (j: number): boolean =>
    j > 0 && j < a.tokens.length && a.sentence.text.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start).includes(',');
  if (!commaBefore(at)) return at;
  for (let j = at + 1; j < Math.min(a.tokens.length, at + APPOSITION_REACH); j++) if (commaBefore(j)) return j;
  return at;
}

/** How many words may stand between an action's object and the word that introduces its wrong. */
const FILLER_REACH = 6;
const DAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The token past what may stand between an action's object and its wrong: the object's head noun after a name that
 * qualifies it ("two Tarvik managers"), an amount ("$3 million") or a day ("on Tuesday", "last week").
 */
function pastFiller(a: SentenceAnalysis, at: number): number {
  let j = at;
  while (j < Math.min(a.tokens.length, at + FILLER_REACH)) {
    const t = a.tokens[j]!;
    if (a.pos[j] === 'NUM' || (a.pos[j] === 'NOUN' && !t.cap && a.mentionAt[j]! < 0)) j++;
    else if (['on', 'last', 'this', 'in'].includes(t.norm) && DAY.test(a.tokens[j + 1]?.norm ?? '')) j += 2;
    else break;
  }
  return j;
}

/**
 * Whether the words from `from`, after the words at `at` that introduce a wrong ("with", "for", "over"), name one: a
 * phrase that names a wrong by itself ("on suspicion of", "on charges of"), a word of wrongdoing, a wrongful act, or
 * a verb after "for" ("sanctioned for supplying", "for allegedly burning").
 */
function wrongNamedAfter(ctx: SentenceContext, at: number, from: number): boolean {
  const a = sentence(ctx);
  return (
    from - at > 1 ||
    wrongdoingIn(a, ctx.knowledge, from, from + VERDICT_REACH) !== undefined ||
    wrongfulWordIn(ctx, from, from + VERDICT_REACH) ||
    (a.tokens[at]!.norm === 'for' && a.pos[a.pos[from] === 'ADV' ? from + 1 : from] === 'VERB')
  );
}

/**
 * "Prosecutors charged Y with fraud", "the Treasury sanctioned Y for supplying drones to Z", "police arrested Y on
 * suspicion of bribery": Y is alleged to have done the wrong named after it, by the one who acts.
 */
function actionsFor(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  for (const k of activeVerbs(ctx, cues.actionVerbs)) {
    if (['DET', 'NUM', 'ADJ'].includes(a.pos[k - 1] ?? 'X')) continue;
    const accused = directObject(a, k + 1);
    // "police charged a former city treasurer with fraud": the party the article goes on to name.
    const unnamed = accused.length === 0 ? unnamedPartyEnd(a, k + 1) : -1;
    const end = unnamed >= 0 ? unnamed : accused.at(-1)?.last;
    const from = wrongAfterObject(ctx, end, ofClass(a, k, cues.penaltyVerbs));
    const claim = from < 0 ? undefined : subjectClaim(ctx, k, accused, from, unnamed >= 0);
    if (claim) claims.push(claim);
  }
  return claims;
}

/**
 * Where the wrong an action against `accused` is for opens, after the word that introduces it ("with", "for", "on
 * suspicion of"), past an apposition and fillers; -1 when none is named (a penalty is for a wrong whatever its words,
 * but not for a term: "for five years").
 */
function wrongAfterObject(ctx: SentenceContext, last: number | undefined, penalty: boolean): number {
  const a = sentence(ctx);
  if (last === undefined) return -1;
  // "sued Y on Monday, alleging that it ...": a participle that states the wrong, whatever its words.
  const stated = claimParticipleAt(ctx, pastFiller(a, last));
  if (stated >= 0) return stated;
  const at = pastFiller(a, pastApposition(a, last));
  const intro = matchPhrase(ctx.knowledge.allegation.actionWrongWords, a.tokens, at);
  if (!intro) return -1;
  const from = at + intro.length;
  return (penalty && !termAt(a, from)) || wrongNamedAfter(ctx, at, from) ? from : -1;
}

/**
 * Where the claim stated by a participle at token k opens ("..., alleging that it had ...", "..., accusing it of"):
 * past the participle and its "that", or -1 when no such participle stands there.
 */
function claimParticipleAt(ctx: SentenceContext, k: number): number {
  const a = sentence(ctx);
  const t = a.tokens[k];
  if (!t || t.quoted || !ctx.knowledge.allegation.actionClaimWords.has(t.norm)) return -1;
  const from = a.tokens[k + 1]?.norm === 'that' ? k + 2 : k + 1;
  return from < a.tokens.length ? from : -1;
}

/** How far before an action noun the verb whose subject acts is looked for ("imposed fresh sanctions on"). */
const NOUN_VERB_REACH = 4;

/**
 * "The EU imposed sanctions on Y for supplying drones", "the regulator opened an investigation into Y over price
 * fixing", "a court issued an arrest warrant for Y on charges of fraud": a noun of action against the party after its
 * preposition, for the wrong named after that party; alleged by the subject of the verb before the noun.
 */
function nounActionsFor(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    const noun = matchPhrase(cues.actionNouns, a.tokens, k);
    if (!noun || a.tokens[k]!.quoted || negatedAt(a, k, ctx.knowledge)) continue;
    const end = k + noun.length;
    if (!cues.actionNounPrepositions.has(a.tokens[end]?.norm ?? '')) continue;
    const accused = directObject(a, end + 1);
    const from = wrongAfterObject(ctx, accused.at(-1)?.last, cues.penaltyNouns.has(a.tokens[end - 1]!.norm));
    if (from < 0) continue;
    let verb = k - 1;
    while (verb > 0 && k - verb < NOUN_VERB_REACH && a.pos[verb] !== 'VERB') verb--;
    const claim = subjectClaim(ctx, a.pos[verb] === 'VERB' ? verb : k, accused, from);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** A term of a penalty at token k ("five years", "life", "a decade"), not the wrong it is for. */
function termAt(a: SentenceAnalysis, k: number): boolean {
  const next = a.tokens[k]?.norm ?? '';
  return a.pos[k] === 'NUM' || ['life', 'a', 'an', 'up', 'at', 'several', 'two', 'three'].includes(next);
}

/** How far after a passive verb of action the word that introduces its wrong is looked for, past an amount and an agent. */
const PASSIVE_ACTION_REACH = 14;

/**
 * "Y was fined $2 million for polluting the river", "Y was arrested on Monday on suspicion of bribery": a passive
 * verb of action whose subject is accused of the wrong named after it, by the agent after "by" or the speaker; "Y was
 * sentenced to ten years for ...": a verdict confirms it.
 */
function passiveActionsFor(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    // "Y was sentenced to ten years for ...": a verdict, which confirms the wrong.
    const verdict = ofClass(a, k, cues.verdictVerbs);
    if (!(verdict || ofClass(a, k, cues.actionVerbs)) || !passiveAt(a, k) || a.tokens[k]!.quoted) continue;
    if (negatedAt(a, k, ctx.knowledge)) continue;
    // The first word that introduces the wrong, past an amount or a time ("fined $2 million for", "on Monday on").
    let intro: { at: number; length: number } | undefined;
    for (let j = k + 1; j < Math.min(a.tokens.length, k + PASSIVE_ACTION_REACH) && !intro; j++) {
      const found = matchPhrase(cues.actionWrongWords, a.tokens, j);
      if (found) intro = { at: j, length: found.length };
    }
    // "fined for", "convicted of": read as an accused or confirmed phrase.
    if (!intro || matchPhrase(cues.accusedPhrases, a.tokens, k) || matchPhrase(cues.confirmedPhrases, a.tokens, k))
      continue;
    const from = intro.at + intro.length;
    // A penalty is for a wrong whatever its words ("fined over its Android system"), not for a term ("for five years").
    const penalty = ofClass(a, k, cues.penaltyVerbs) && !termAt(a, from);
    if (!penalty && !wrongNamedAfter(ctx, intro.at, from)) continue;
    const accused = subjectOrMembersBody(ctx, k);
    const agents = objectsAfter(a, k + 1, false, 8).agents;
    const allegers = agents.length > 0 ? agents : (ctx.report?.speakers ?? []);
    const own = withOwners(allegers, ctx.affiliations);
    const keys = [...new Set(accused.map((m) => m.key))].filter((key) => !own.has(key));
    // "A former hospital administrator was charged with ...": the party the article goes on to name.
    const unnamed = accused.length === 0 && unnamedSubject(a, k);
    if (keys.length === 0 && !unnamed) continue;
    claims.push({
      ...(unnamed && { unnamed: true }),
      ...base(ctx, wrongdoingIn(a, ctx.knowledge, from), subjectClause(a, accused, k)),
      allegers,
      ...(allegers.length === 0 && { description: a.tokens[k]!.text }),
      accused: keys,
      stated: allegers.length > 0,
      ...(verdict && { verdict: true }),
    });
  }
  return claims;
}

/** How far after a verb of attribution its "to", and after "to" the party, are looked for. */
const ATTRIBUTION_REACH = 8;

/** "X attributed the breach to a group it calls Y", "X linked the bombing to Y": Y is accused by X. */
function attributions(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const claims: Claim[] = [];
  for (const k of activeVerbs(ctx, ctx.knowledge.allegation.attributeVerbs)) {
    const to = indexWithin(a, k + 1, k + ATTRIBUTION_REACH, 'to');
    // "attributed the breach to", "linked the bombing to": what is laid at the door is a wrong.
    if (to < 0 || !(wrongfulWordIn(ctx, k + 1, to) || wrongdoingIn(a, ctx.knowledge, k + 1, to))) continue;
    // "to a group it tracks as Y": the party named, not a pronoun for the one attributing.
    const named = partiesIn(a, to + 1, to + 1 + ATTRIBUTION_REACH).filter((m) => a.pos[m.first] !== 'PRON');
    const accused = named.slice(0, 1);
    const claim = subjectClaim(ctx, k, accused, k + 1);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** How far after its verb an admission's wrong is looked for ("admitted that its staff had for years ..."). */
const ADMISSION_REACH = 16;

/**
 * "X admitted that it had misled investors", "X acknowledged failing to report the breach", "X confessed to the
 * killing": a wrong of the subject's own, confirmed by it. Not when the admitted clause opens with another party
 * ("acknowledged that Russian drones struck ..."), which only confirms another's act.
 */
function admissions(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const claims: Claim[] = [];
  for (const k of activeVerbs(ctx, ctx.knowledge.allegation.admissionVerbs)) {
    const from = ['that', 'to'].includes(a.tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    const to = Math.min(a.tokens.length, from + ADMISSION_REACH);
    const wrong = wrongdoingIn(a, ctx.knowledge, from, to);
    if (!wrong && !wrongfulWordIn(ctx, from, to)) continue;
    const subject = subjectOf(a, ctx.analyses[ctx.index - 1], k);
    const own = withOwners(subject, ctx.affiliations);
    const opening = partiesIn(a, from, firstVerb(a, from, to)).filter((m) => m.kind !== 'reference');
    if (subject.length === 0 || opening.some((m) => !own.has(m.key))) continue;
    const keys = [...new Set(subject.map((m) => m.key))];
    claims.push({
      ...base(ctx, wrong, claimText(a, from)),
      allegers: [],
      description: a.tokens[k]!.text,
      accused: keys,
      confirmedBy: keys,
    });
  }
  return claims;
}

/**
 * The state the article is about, when tokens [from, to) name one of its organs without a party ("the government",
 * "police", "ministers"): unnamed organs stand for their state. Not the speakers' own.
 */
function organsState(ctx: SentenceContext, from: number, to: number, own: Set<string>): string[] {
  const a = sentence(ctx);
  const organ = findPhrase(ctx.knowledge.allegation.stateOrgans, a.tokens, from, to);
  if (!ctx.state || own.has(ctx.state) || !organ || partiesIn(a, from, to).length > 0) return [];
  // "military helicopters bombed ...": the state's armed forces too, when the article names them.
  const words = a.tokens
    .slice(organ.index, organ.index + organ.length)
    .map((t) => t.norm)
    .join(' ');
  const heads = ctx.knowledge.allegation.organBodies.get(words) ?? [];
  const body = ctx.analyses
    .flatMap((x) => x.mentions)
    .find(
      (m) =>
        m.type === 'Organisation' &&
        m.partOfKey === ctx.state &&
        !own.has(m.key) &&
        heads.some((h) => m.name.toLowerCase().includes(h)),
    );
  return body ? [ctx.state, body.key] : [ctx.state];
}

/** The first verb or auxiliary in tokens [from, to), or `to`. */
function firstVerb(a: SentenceAnalysis, from: number, to: number): number {
  for (let j = from; j < to; j++) if (['VERB', 'AUX'].includes(a.pos[j] ?? 'X')) return j;
  return to;
}

/**
 * The subject of the verb or phrase at k, or the body whose members it names ("two employees of Y were charged",
 * "senior managers at Y are suspected of"): its people stand for it when they are not named.
 */
function subjectOrMembersBody(ctx: SentenceContext, k: number): FoundMention[] {
  const a = sentence(ctx);
  const subject = subjectOf(a, ctx.analyses[ctx.index - 1], k, true);
  if (subject.length > 0) return subject;
  let end = k;
  while (end > 0 && ['AUX', 'ADV', 'PART'].includes(a.pos[end - 1] ?? 'X')) end--;
  const body = a.mentions.find((m) => m.last === end && m.type === 'Organisation' && isActorMention(m));
  if (!body) return [];
  const of = a.tokens[body.first - 1]?.norm === 'the' ? body.first - 2 : body.first - 1;
  const members = ctx.knowledge.lexicon.references.memberWords;
  return ['of', 'at'].includes(a.tokens[of]?.norm ?? '') && members.has(a.tokens[of - 1]?.norm ?? '') ? [body] : [];
}

/** How far before or after a phrase that ties a party to a wrong the wrong or the party is looked for. */
const LINK_REACH = 10;

/**
 * "Y was behind the bombing", "Y is linked to the killings": the subject is accused of the wrong after the phrase;
 * "the hackers have ties to Y", "gunmen working for Y": the party after the phrase is accused of the wrong, or by the
 * doers, named before it. Alleged by the sentence's speaker, else by no one named.
 */
function links(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    const cue = matchPhrase(cues.linkPhrases, a.tokens, k);
    if (!cue || a.tokens[k]!.quoted || negatedAt(a, k, ctx.knowledge)) continue;
    const end = k + cue.length;
    const accused = linked(ctx, k, end);
    const speakers = ctx.report?.speakers ?? [];
    const own = withOwners(speakers, ctx.affiliations);
    const keys = [...new Set(accused.map((m) => m.key))].filter((key) => !own.has(key));
    if (keys.length > 0) {
      const wrong =
        wrongdoingIn(a, ctx.knowledge, end, Math.min(a.tokens.length, end + LINK_REACH)) ??
        wrongdoingIn(a, ctx.knowledge, Math.max(0, k - LINK_REACH), k);
      const act = wrongfulActs(ctx, Math.max(0, k - LINK_REACH), Math.min(a.tokens.length, end + LINK_REACH), own)[0];
      claims.push({
        ...base(ctx, wrong, claimText(a, ctx.report?.from ?? 0, ctx.report?.to), act),
        allegers: speakers,
        ...(speakers.length === 0 && { description: ctx.report?.source ?? phraseText(a, k, end) }),
        accused: keys,
        stated: speakers.length > 0,
      });
    }
    k = end - 1;
  }
  return claims;
}

/** Who the link phrase in tokens [k, end) accuses: its subject when a wrong follows, else the party after it when a wrong or its doers precede. */
function linked(ctx: SentenceContext, k: number, end: number): FoundMention[] {
  const a = sentence(ctx);
  const after = Math.min(a.tokens.length, end + LINK_REACH);
  const before = Math.max(0, k - LINK_REACH);
  const subject = subjectOf(a, ctx.analyses[ctx.index - 1], k, true);
  if (subject.length > 0 && (wrongdoingIn(a, ctx.knowledge, end, after) || wrongfulWordIn(ctx, end, after)))
    return subject;
  const doers =
    hasPhrase(a, ctx.knowledge.allegation.wrongdoers, before, k) ||
    wrongfulWordIn(ctx, before, k) ||
    wrongdoingIn(a, ctx.knowledge, before, k) !== undefined;
  // "the hallmarks of Yemen's Houthi movement": the parties of the noun phrase after it.
  return doers ? partiesIn(a, end, phraseEnd(a, end, after)) : [];
}

/** The end of the noun phrase from token `from`: the first comma, verb or relative pronoun before `to`. */
function phraseEnd(a: SentenceAnalysis, from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    const comma = /[,;:]/.test(a.sentence.text.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start));
    if (comma || ['VERB', 'AUX'].includes(a.pos[j] ?? 'X') || ['which', 'who', 'that'].includes(a.tokens[j]!.norm))
      return j;
  }
  return to;
}

function phraseText(a: SentenceAnalysis, from: number, to: number): string {
  return a.tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/**
 * "X urged Y to stop arming the rebels", "X called on Y to end its blockade": Y is alleged to do what it is pressed
 * to stop, by the one who presses.
 */
function toldToStop(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    if (a.pos[k] !== 'VERB' || !cues.pressVerbs.has(a.lemmas[k]!) || a.tokens[k]!.quoted) continue;
    const from = a.tokens[k + 1]?.norm === 'on' ? k + 2 : k + 1;
    const accused = directObject(a, from);
    const object = accused.at(-1);
    if (!object || negatedAt(a, k, ctx.knowledge)) continue;
    const to = object.last;
    if (a.tokens[to]?.norm !== 'to' || !cues.stopVerbs.has(a.lemmas[to + 1] ?? '')) continue;
    const allegers = subjectOf(a, ctx.analyses[ctx.index - 1], k);
    const own = withOwners(allegers, ctx.affiliations);
    claims.push({
      ...base(ctx, wrongdoingIn(a, ctx.knowledge, to + 2), claimText(a, to + 2)),
      allegers,
      ...(allegers.length === 0 && { description: unnamedWord(a, k) }),
      accused: [...new Set(accused.map((m) => m.key))].filter((key) => !own.has(key)),
      stated: allegers.length > 0,
    });
  }
  return claims;
}

/**
 * "X described the war as a proxy war waged by Y", "X portrayed the strike as an act of aggression by Y", "X sees
 * Y's policy as hegemonic": the wrong named after "as" is alleged against its doer (the agent after "by", else a
 * party named before the wrong's word), else against the thing described when it is a party.
 */
function describedAs(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const { knowledge } = ctx;
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    if (a.pos[k] !== 'VERB' || !knowledge.allegation.describeVerbs.has(a.lemmas[k]!) || a.tokens[k]!.quoted) continue;
    if (negatedAt(a, k, knowledge) || isPassive(a, k)) continue;
    const as = indexWithin(a, k + 1, k + DESCRIBED_REACH, 'as');
    if (as < 0) continue;
    const wrong = wrongdoingIn(a, knowledge, as + 1, Math.min(a.tokens.length, as + 1 + DESCRIBED_REACH));
    if (!wrong) continue;
    const allegers = subjectOf(a, ctx.analyses[ctx.index - 1], k);
    const own = withOwners(allegers, ctx.affiliations);
    const wrongEnd = wrong.at + wrong.word.split(' ').length;
    const by = indexWithin(a, wrongEnd, wrongEnd + 4, 'by');
    const agent = by > 0 ? (a.mentions[a.mentionAt[by + 1]!] ?? a.mentions[a.mentionAt[by + 2]!]) : undefined;
    let accused = agent && isActorMention(agent, true) ? [agent] : partiesIn(a, as + 1, wrongEnd);
    if (accused.length === 0) accused = partiesIn(a, k + 1, as);
    const keys = [...new Set(accused.map((m) => m.key))].filter((key) => !own.has(key));
    if (keys.length === 0) continue;
    claims.push({
      ...base(ctx, wrong, claimText(a, k + 1)),
      allegers,
      ...(allegers.length === 0 && { description: unnamedWord(a, k) }),
      accused: keys,
      stated: allegers.length > 0,
    });
  }
  return claims;
}

/** How many words before a claim noun its owner is looked for ("the regulator's case against Y"). */
const OWNER_REACH = 3;

/**
 * "The charges against Y include fraud", "the regulator's case against Y": Y is accused, by the owner named before
 * the noun, else by the sentence's speaker, else by no one named.
 */
function claimsAgainst(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length - 2; k++) {
    if (!ctx.knowledge.allegation.againstNouns.has(a.tokens[k]!.norm) || a.pos[k] !== 'NOUN') continue;
    if (a.tokens[k]!.quoted) continue;
    const against = againstAfter(a, k);
    if (against < 0) continue;
    const party = a.mentions[a.mentionAt[against + 1]!];
    if (!party || party.first !== against + 1 || !isActorMention(party, true)) continue;
    const owner = partiesIn(a, Math.max(0, k - OWNER_REACH), k).filter((m) => m.last <= k);
    const allegers = owner.length > 0 ? owner.slice(-1) : (ctx.report?.speakers ?? []);
    const own = withOwners(allegers, ctx.affiliations);
    if (own.has(party.key)) continue;
    claims.push({
      ...base(ctx, wrongdoingIn(a, ctx.knowledge, k + 1), claimText(a, Math.max(0, k - 1))),
      allegers,
      ...(allegers.length === 0 && { description: a.tokens[k]!.text }),
      accused: [party.key],
      stated: allegers.length > 0,
    });
  }
  return claims;
}

/** How many words an "of" phrase between a claim noun and its "against" may have ("charges of fraud and bribery against Y"). */
const OF_PHRASE_REACH = 8;

/**
 * The "against" that follows the claim noun at k: next to it ("the charges against Y"), or after the wrong it names
 * ("brought charges of fraud and bribery against Y", "allegations of abuse against the company"), in the same clause.
 */
function againstAfter(a: SentenceAnalysis, k: number): number {
  if (a.tokens[k + 1]?.norm === 'against') return k + 1;
  if (a.tokens[k + 1]?.norm !== 'of') return -1;
  for (let j = k + 2; j < Math.min(a.tokens.length - 1, k + 2 + OF_PHRASE_REACH); j++) {
    if (/[,.;:!?()—–]/.test(a.sentence.text.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start))) return -1;
    if (a.tokens[j]!.quoted || ['VERB', 'AUX'].includes(a.pos[j] ?? 'X')) return -1;
    if (a.tokens[j]!.norm === 'against') return j;
  }
  return -1;
}

/** "Y is suspected of", "Y faces charges of", "a charge of extorting": the subject is accused; and confirmations. */
function accusedPhrases(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    const accusedCue = matchPhrase(cues.accusedPhrases, a.tokens, k);
    const confirmedCue = accusedCue ? undefined : matchPhrase(cues.confirmedPhrases, a.tokens, k);
    const cue = accusedCue ?? confirmedCue;
    if (!cue || a.tokens[k]!.quoted || negatedAt(a, k, ctx.knowledge)) continue;
    const end = k + cue.length;
    const accused = subjectOrMembersBody(ctx, k);
    const agents = objectsAfter(a, end, false, 8).agents;
    // "X stands accused of": a reporting verb inside the cue reports nothing.
    const inCue = ctx.report !== undefined && ctx.report.verb >= k && ctx.report.verb < end;
    const speakers = inCue ? [] : (ctx.report?.speakers ?? []);
    const allegers = confirmedCue ? [] : agents.length > 0 ? agents : speakers;
    const own = withOwners(allegers, ctx.affiliations);
    // "the suspects would be charged with ...": whom the last claim accuses.
    const suspects = accused.length > 0 ? [] : suspectsAt(ctx, suspectSubjectBefore(ctx, k), own);
    // "A former nurse is accused of ...": the party the article goes on to name.
    const unnamed = accused.length === 0 && suspects.length === 0 && unnamedSubject(a, k);
    if (accused.length === 0 && suspects.length === 0 && !unnamed) continue;
    const keys = [...new Set([...accused.map((m) => m.key), ...suspects])].filter((key) => !own.has(key));
    // "claimed responsibility", "admitted to": the subject confirms; "convicted of": a verdict does.
    const words = a.tokens.slice(k, end).map((t) => t.norm);
    const responsibility = confirmedCue !== undefined && words.some((w) => /^(?:responsibility|admit|confess)/.test(w));
    claims.push({
      ...(unnamed && { unnamed: true }),
      ...base(ctx, wrongdoingIn(a, ctx.knowledge, end), subjectClause(a, accused, k)),
      allegers: confirmedCue ? [] : allegers,
      ...(allegers.length === 0 && {
        description: a.tokens
          .slice(k, end)
          .map((t) => t.text)
          .join(' '),
      }),
      accused: keys,
      ...(confirmedCue && responsibility ? { confirmedBy: keys } : {}),
      ...(confirmedCue && !responsibility ? { verdict: true } : {}),
      stated: !confirmedCue && allegers.length > 0,
    });
    k = end - 1;
  }
  return claims;
}

/** "X said Y shelled the town", "'They are responsible,' X said": a statement that another party did wrong. */
function reportedWrong(ctx: SentenceContext): Claim | undefined {
  const a = sentence(ctx);
  const report = ctx.report;
  // Denials, accusations and promises are read on their own; a report asserts something.
  if (!report || (!ASSERTING.has(report.lemma) && !report.continued)) return undefined;
  const speakers = withOwners(report.speakers, ctx.affiliations);
  for (const m of report.recipients) speakers.add(m.key);
  // A lawyer's words are the client's side: they accuse others ('"The case is fabricated," her lawyer said').
  for (const key of report.speakers.flatMap((m) => clientsOf(ctx, a, m))) speakers.add(key);
  // "They did not attack the base, they attacked houses": a denied act is no claim, the act after it is.
  const named = wrongfulActs(ctx, report.from, report.to, speakers);
  const acts = named.filter((c) => !negatedAt(a, c.at, ctx.knowledge));
  const denied = new Set(named.filter((c) => !acts.includes(c)).flatMap((c) => [c.at - 1, c.at - 2, c.at - 3]));
  const word = wrongdoingIn(a, ctx.knowledge, report.from, report.to);
  // "... obtained orders to start the attack": an attack the article has already laid at someone's door.
  const definite = definiteWrong(ctx, report.from, report.to);
  // "the rocket had been launched by Y": the agent of a wrong done in the passive.
  const passive = passiveWrong(ctx, speakers);
  if (passive) return passive;
  if (acts.length === 0 && !word && definite < 0) return allegedClause(ctx, speakers);
  // "our forces may use U.S.-supplied weapons", said by the United States: its own supplies, no claim.
  if (word?.supplier && speakers.has(word.supplier)) return undefined;
  // "X would never attack ...", "there is no sign X shelled ...": what is said denies, it alleges nothing.
  const cue = Math.min(word?.at ?? Infinity, definite < 0 ? Infinity : definite, ...acts.map((c) => c.at));
  // Only a negation near the wrong denies it ("a long campaign that brought no peace, in which Y shelled ..." does
  // not); a word of wrongdoing that opens with a negation ("not paid", "without charge") is not negated by it.
  for (let k = Math.max(report.from, cue - NEGATION_REACH); k < Math.min(cue, a.tokens.length); k++)
    if (ctx.knowledge.allegation.negations.has(a.tokens[k]!.norm) && !denied.has(k)) return undefined;
  // "If we do not act, Y will ...": a condition states no wrong.
  if (CONDITIONS.has(a.tokens[report.from]?.norm ?? '')) return undefined;
  let accused = [...new Set(acts.flatMap((c) => doersNamed(a, c)))];
  // "police said the suspect stabbed two people": whom the last claim accuses.
  if (accused.length === 0 && acts.length > 0) accused = suspectsAt(ctx, report.from, speakers);
  // "the air strikes began Monday": wrongful acts the article has already laid at someone's door.
  if (accused.length === 0 && (acts.some((c) => a.tokens[c.at - 1]?.norm === 'the') || definite >= 0)) {
    accused = lastAccused(ctx, speakers);
    // The speaker's own attack, or one nobody was accused of: no claim.
    if (accused.length === 0 && acts.every((c) => a.tokens[c.at - 1]?.norm === 'the') && !word) return undefined;
  }
  if (accused.length === 0 && acts.length === 0)
    accused = accusedIn(ctx, report.from, report.to).filter((k) => !speakers.has(k));
  // "ministers had ignored repeated warnings": organs of the state the article is about.
  if (accused.length === 0) accused = organsState(ctx, report.from, firstVerb(a, report.from, report.to), speakers);
  // "'They are responsible,' he said": a claim that names its accused by a pronoun, or none, in a quotation.
  const opening = a.tokens[report.from]?.norm ?? '';
  const pronoun = ['they', 'it', 'he', 'she', 'this', 'that', 'them'].includes(opening);
  // '"This is a clear-cut case of cheating," X said': what "this" is, is what the article's last claim says.
  if (accused.length === 0 && DEMONSTRATIVES.has(opening)) accused = recentClaimAccused(ctx, speakers);
  if (accused.length === 0 && (report.continued || pronoun || a.tokens[report.from]?.quoted))
    accused = recentParties(
      ctx.analyses,
      ctx.index,
      speakers,
      personal(a.tokens[report.from]?.norm),
      3,
      pronoun && a.tokens[report.from]?.quoted === true,
    ).map((m) => m.key);
  // "signs of uranium enrichment in Belarus": for some wrongs the place names who does them.
  if (accused.length === 0 && word && ctx.knowledge.allegation.accusedByPlace.has(word.category))
    accused = partiesIn(a, report.from, Math.min(report.to, word.at + 10))
      .filter((m) => m.type === 'State' && !speakers.has(m.key))
      .map((m) => m.key);
  return {
    ...base(ctx, word, claimText(a, report.from, report.to), acts[0]),
    allegers: report.speakers,
    ...(report.speakers.length === 0 && { description: report.source ?? 'unnamed' }),
    accused,
    stated: report.speakers.length > 0,
  };
}

/** How many words before the wrong a negation that denies it is looked for ("there is no sign that Y shelled ..."). */
const NEGATION_REACH = 8;

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** How far back the claim "this" points at is looked for. */
const DEMONSTRATIVE_REACH = 3;

/** The accused of the claim made last in the few sentences before, not the speakers' side (what "this" is about). */
function recentClaimAccused(ctx: SentenceContext, speakers: Set<string>): string[] {
  const index = sentence(ctx).sentence.index;
  const recent = ctx.earlier.filter(
    (c) => c.sentence < index && c.sentence >= index - DEMONSTRATIVE_REACH && !c.accused.some((k) => speakers.has(k)),
  );
  return recent.at(-1)?.accused ?? [];
}

/** How many sentences back the claim whose accused "the suspect" is is looked for. */
const SUSPECT_REACH = 8;

/**
 * "the suspect had received payment", "the two defendants will face charges": a clause opening at `from` with a
 * word that names people only as the ones accused speaks of the people the last claim of the sentences before
 * accuses, a claim made by the authorities or the speakers' side (not a counter-claim of the other side). None when a
 * name follows in apposition ("the suspect, Y,"), which is read as Y.
 */
function suspectsAt(ctx: SentenceContext, from: number, speakers: Set<string>): string[] {
  const a = sentence(ctx);
  if (a.tokens[from]?.norm !== 'the') return [];
  const word = a.pos[from + 1] === 'NUM' ? from + 2 : from + 1;
  if (!ctx.knowledge.allegation.suspectWords.has(a.tokens[word]?.norm ?? '') || a.tokens[word]!.quoted) return [];
  if (a.mentions.some((m) => m.first > word && m.first <= word + 2 && isActorMention(m))) return [];
  const index = a.sentence.index;
  const people = (c: Claim): string[] => c.accused.filter((k) => k.startsWith('person:') && !speakers.has(k));
  // The authorities' own claim: by no one named, by the state the article is about, or by the speakers' side.
  const sameSide = (c: Claim): boolean =>
    speakers.size === 0 ||
    c.allegers.every((m) => m.key === ctx.state) ||
    [...withOwners(c.allegers, ctx.affiliations)].some((k) => speakers.has(k));
  const recent = ctx.earlier.filter(
    (c) => c.sentence < index && c.sentence >= index - SUSPECT_REACH && people(c).length > 0 && sameSide(c),
  );
  return recent.length > 0 ? people(recent.at(-1)!) : [];
}

/** Where the subject of the phrase at k opens when it is "the suspect(s)": its "the", or -1. */
function suspectSubjectBefore(ctx: SentenceContext, k: number): number {
  const a = sentence(ctx);
  let end = k;
  while (end > 0 && ['AUX', 'ADV', 'PART'].includes(a.pos[end - 1] ?? 'X')) end--;
  if (!ctx.knowledge.allegation.suspectWords.has(a.tokens[end - 1]?.norm ?? '')) return -1;
  const the = a.pos[end - 2] === 'NUM' ? end - 3 : end - 2;
  return a.tokens[the]?.norm === 'the' ? the : -1;
}

/**
 * "Prosecutors allege that Y steered the contracts to his relatives": a report by a verb of claiming is a claim
 * whatever its words, against the parties that open the reported clause (before its first verb).
 */
function allegedClause(ctx: SentenceContext, speakers: Set<string>): Claim | undefined {
  const a = sentence(ctx);
  const report = ctx.report!;
  if (report.verb >= 0 && negatedAt(a, report.verb, ctx.knowledge)) return undefined;
  let verb = report.from;
  while (verb < report.to && !['VERB', 'AUX'].includes(a.pos[verb] ?? 'X')) verb++;
  let accused = partiesIn(a, report.from, verb)
    .map((m) => m.key)
    .filter((key) => !speakers.has(key));
  const suspects = accused.length === 0 ? suspectsAt(ctx, report.from, speakers) : [];
  if (suspects.length > 0) accused = suspects;
  // '"They hid the leak for months," X said': a quotation that opens with a pronoun for the party it accuses.
  const pronoun = accused.length === 0 && quotedPronounAct(ctx, verb);
  if (pronoun) {
    const opening = a.tokens[report.from]!.norm;
    accused = recentParties(ctx.analyses, ctx.index, speakers, personal(opening), 2, true).map((m) => m.key);
  }
  if (accused.length === 0) return undefined;
  // "Turkey says it was not them": the party that opens the clause speaks, it is not what the clause is about.
  if (OWN_WORD.has(a.lemmas[verb] ?? '')) return undefined;
  const claiming = !report.continued && ctx.knowledge.allegation.claimVerbs.has(report.lemma);
  // An accuser's word about the accused claims what it did or does, not what it must or will do, nor what it did not.
  const asserted =
    !MODALS.has(a.tokens[verb]?.norm ?? '') && !negatedAt(a, Math.min(verb + 2, a.tokens.length), ctx.knowledge);
  // Not the body named with the speaker ("HRW researcher X says HRW spoke to ..."), which is the speaker's own.
  const named = report.verb > 0 && !report.inverted ? partiesIn(a, 0, report.verb).map((m) => m.key) : [];
  const disputed =
    asserted &&
    accused.some((key) => !named.includes(key) && [...speakers].some((k) => ctx.accusers?.get(key)?.has(k)));
  const done = asserted && (pronoun || (suspects.length > 0 ? actDone(ctx, verb) : doneByParty(ctx, verb, named)));
  if (!claiming && !disputed && !done && !(asserted && accusingSource(ctx))) return undefined;
  return {
    ...base(ctx, undefined, claimText(a, report.from, report.to)),
    allegers: report.speakers,
    ...(report.speakers.length === 0 && { description: report.source ?? 'unnamed' }),
    accused,
    stated: report.speakers.length > 0,
  };
}

/**
 * "X told jurors that Y had instructed her to exclude the data", '"Y used its grip on the market to squeeze out
 * rivals," X said': a reported clause whose subject is another party and whose verb is an act it did (past or
 * perfect, active), whatever its words. Not what it is doing, was made to undergo or means to do ("was restoring",
 * "had been taken", "intended to"), not its words (a reporting verb), nor an event that wrongs no one ("met",
 * "visited"); not the party named with the speaker (`named`: "HRW researcher X says HRW spoke to ...").
 */
function doneByParty(ctx: SentenceContext, verb: number, named: string[]): boolean {
  const a = sentence(ctx);
  const report = ctx.report!;
  // The clause opens with the party (after a determiner at most), its verb right after it ("Chinese-owned" is no verb).
  const subject = a.mentions.find((m) => m.first >= report.from && m.last <= verb && isActorMention(m, true));
  if (!subject || subject.first > report.from + 1 || named.includes(subject.key)) return false;
  const verbToken = a.tokens[verb];
  if (!verbToken || verb > subject.last + 1 || verbToken.hyphenBefore) return false;
  return actDone(ctx, verb);
}

/** Pronouns a quotation may open with for the party it accuses ('"They lied to us," X said'). */
const QUOTED_PRONOUNS = new Set(['they', 'he', 'she', 'it']);

/** A quoted report that opens with a pronoun whose verb, right after it, is an act done ('"They hid the leak"'). */
function quotedPronounAct(ctx: SentenceContext, verb: number): boolean {
  const a = sentence(ctx);
  const from = ctx.report!.from;
  const opening = a.tokens[from];
  return opening?.quoted === true && QUOTED_PRONOUNS.has(opening.norm) && verb === from + 1 && actDone(ctx, verb);
}

/** Whether the clause verb at `verb` is an act done that may wrong someone: not words, nor a meeting or a visit. */
function actDone(ctx: SentenceContext, verb: number): boolean {
  const a = sentence(ctx);
  const main = completedAct(a, verb);
  if (main < 0 || ctx.knowledge.reports.verbs.has(a.lemmas[main]!)) return false;
  const trigger = matchPhrase(ctx.knowledge.triggers, a.tokens, main);
  return !trigger || ctx.knowledge.eventTypes.get(trigger.value.eventType)?.wrongdoing !== undefined;
}

const PERFECT = new Set(['had', 'has', 'have']);

/**
 * The verb of a completed active act from the clause's first verb at `verb` ("used", "had instructed", "has long
 * hidden"), else -1: not a participle in -ing, a passive or a copula, a present tense, nor an intention ("planned to").
 */
function completedAct(a: SentenceAnalysis, verb: number): number {
  const perfect = PERFECT.has(a.tokens[verb]?.norm ?? '');
  let main = verb;
  if (a.pos[verb] === 'AUX' || (perfect && ['VERB', 'AUX', 'ADV'].includes(a.pos[verb + 1] ?? 'X'))) {
    if (!perfect) return -1;
    main = a.pos[verb + 1] === 'ADV' ? verb + 2 : verb + 1;
    if (a.pos[main] !== 'VERB' || ['been', 'be'].includes(a.tokens[main]?.norm ?? '')) return -1;
  }
  const norm = a.tokens[main]?.norm ?? '';
  if (/ing$/.test(norm) || a.tokens[main + 1]?.norm === 'to') return -1;
  // A simple past: "-ed", or a form other than the lemma that is not the present's "-s" ("stole", "hid").
  const past = /ed$/.test(norm) || (norm !== a.lemmas[main] && !/s$/.test(norm));
  return perfect || past ? main : -1;
}

/** Verbs by which the party that opens a reported clause gives its own word ("Turkey says it was not them"). */
const OWN_WORD = new Set(['say', 'deny', 'insist', 'maintain', 'claim', 'reject', 'argue']);

const MODALS = new Set(['must', 'should', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'ought', 'wo']);

/** How far before its verb the word for a source that accuses by its office is looked for ("federal prosecutors said"). */
const SOURCE_REACH = 4;

/**
 * A report by a source whose statements are claims by its office ("prosecutors said", "the lawsuit says", "according
 * to the indictment"): its word before the verb, or after it when the attribution closes the sentence.
 */
function accusingSource(ctx: SentenceContext): boolean {
  const a = sentence(ctx);
  const report = ctx.report!;
  if (report.continued || !ASSERTING.has(report.lemma)) return false;
  const sources = ctx.knowledge.allegation.accusingSources;
  if (report.source !== undefined && sources.has(report.source.toLowerCase())) return true;
  const from = report.inverted ? report.verb + 1 : Math.max(0, report.verb - SOURCE_REACH);
  const to = report.inverted ? report.verb + 1 + SOURCE_REACH : report.verb;
  return a.tokens.slice(from, to).some((t) => sources.has(t.norm));
}

/** "he", "she": a claim that opens with them is about a person. */
function personal(word: string | undefined): boolean {
  return word === 'he' || word === 'she';
}

/**
 * The doers of a wrongful act: its actors; for an act the article has already reported, named as what another noun
 * is of ("shared details of the attack", "the victims of the bombing"), only those named after it ("of the attack by
 * Y"), since the parties around that noun are the act's victims and helpers as often as its doers.
 */
function doersNamed(a: SentenceAnalysis, act: Candidate): string[] {
  if (a.tokens[act.at - 1]?.norm !== 'the' || a.tokens[act.at - 2]?.norm !== 'of') return act.actors;
  return act.actors.filter((key) => a.mentions.some((m) => m.key === key && m.first >= act.end));
}

/** How far before a passive verb the wrong or weapon it was done with is looked for. */
const PASSIVE_SUBJECT_REACH = 6;

/** How far after "by" the agent's name is looked for. */
const AGENT_REACH = 6;

/**
 * "X said the rocket had been launched by Y", "the bombing was carried out by Y": a wrong, or a weapon, said to be
 * done by the agent after "by", who is accused of it by the speaker.
 */
function passiveWrong(ctx: SentenceContext, speakers: Set<string>): Claim | undefined {
  const a = sentence(ctx);
  const report = ctx.report!;
  const cues = ctx.knowledge.allegation;
  for (let by = report.from + 2; by < report.to; by++) {
    if (a.tokens[by]!.norm !== 'by') continue;
    const verb = a.pos[by - 1] === 'VERB' ? by - 1 : by - 2;
    if (!isPassive(a, verb) || negatedAt(a, verb, ctx.knowledge)) continue;
    const from = Math.max(report.from, verb - PASSIVE_SUBJECT_REACH);
    const weapon = hasPhrase(a, cues.weapons, from, verb);
    const wrong = wrongdoingIn(a, ctx.knowledge, from, verb);
    if (!weapon && !wrong && !wrongfulWordIn(ctx, from, verb + 1)) continue;
    // The agent's name may open with words the scan leaves out ("the Movement for the ...").
    const agent = a.mentions.find((m) => m.first > by && m.first <= by + AGENT_REACH && isActorMention(m, true));
    // "killed by police gunfire", "beaten by soldiers": an unnamed organ stands for the state the article is about.
    const accused = agent ? [agent.key] : organsState(ctx, by + 1, Math.min(report.to, by + 1 + AGENT_REACH), speakers);
    if (accused.length === 0 || accused.some((key) => speakers.has(key))) continue;
    return {
      ...base(ctx, wrong, claimText(a, report.from, report.to)),
      allegers: report.speakers,
      ...(report.speakers.length === 0 && { description: report.source ?? 'unnamed' }),
      accused,
      stated: report.speakers.length > 0,
    };
  }
  return undefined;
}

/** Prepositions before the victims or recipients of a wrong, who are not accused of it ("support to Kyiv"). */
const VICTIM_PREPOSITIONS = new Set([
  'to',
  'for',
  'against',
  'on',
  'at',
  'toward',
  'towards',
  'into',
  'in',
  'near',
  'with',
  'over',
]);

/** Parties named in tokens [from, to) that may be accused: not those after "to", "against" and the like. */
function accusedIn(ctx: SentenceContext, from: number, to: number): string[] {
  const a = sentence(ctx);
  const keys: string[] = [];
  for (const m of partiesIn(a, from, to)) if (!victimAt(a, m, from) && !targetOf(ctx, m)) keys.push(m.key);
  return keys;
}

/** A word for a wrongful act after "the" in tokens [from, to) ("the attack", "the air strikes"): its index, or -1. */
function definiteWrong(ctx: SentenceContext, from: number, to: number): number {
  const a = sentence(ctx);
  for (let k = from + 1; k < Math.min(to, a.tokens.length); k++) {
    if (a.tokens[k - 1]!.norm !== 'the' && !(a.tokens[k - 2]?.norm === 'the' && a.pos[k - 1] === 'NOUN')) continue;
    if (wrongfulWordIn(ctx, k, k + 1)) return k;
  }
  return -1;
}

/** A word for a wrongful act in tokens [from, to), with or without a doer named ("condemned the bombing"). */
function wrongfulWordIn(ctx: SentenceContext, from: number, to: number): boolean {
  const a = sentence(ctx);
  for (let k = from; k < Math.min(to, a.tokens.length); k++) if (wrongfulActAt(a, ctx.knowledge, k)) return true;
  return false;
}

/**
 * The object of a wrongful act's verb ("to strike Russian forces") or of a word of wrongdoing ("violate multiple
 * Security Council resolutions"): its target, not its doer.
 */
function targetOf(ctx: SentenceContext, m: FoundMention): boolean {
  const a = sentence(ctx);
  // "tarnish the reputation of Peru": over the phrase the party qualifies.
  for (let k = m.first - 1; k >= Math.max(0, m.first - 5); k--) {
    const word = matchPhrase(ctx.knowledge.allegation.categories, a.tokens, k);
    if (word && k + word.length <= m.first) return true;
    if (
      a.tokens[k]!.cap ||
      !(['ADJ', 'DET', 'NUM', 'VERB', 'NOUN'].includes(a.pos[k] ?? 'X') || a.tokens[k]!.norm === 'of')
    )
      break;
  }
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    if (a.pos[k] !== 'VERB') continue;
    const trigger = matchPhrase(ctx.knowledge.triggers, a.tokens, k);
    return trigger !== undefined && ctx.knowledge.eventTypes.get(trigger.value.eventType)?.wrongdoing !== undefined;
  }
  return false;
}

/**
 * A party a wrong is done to: after "to", "against" and the like (not a verb's particle: "called on X"), after
 * "the targeting of", or the subject of a passive verb or of "is a victim" ("the reporter is a victim, jailed for months").
 */
function victimAt(a: SentenceAnalysis, m: FoundMention, from: number): boolean {
  for (let k = m.first - 1; k >= from && k >= m.first - 4; k--) {
    if (a.pos[k] === 'VERB') break;
    const word = a.tokens[k]!.norm;
    if (VICTIM_PREPOSITIONS.has(word)) return a.pos[k - 1] !== 'VERB';
    if (word === 'of' && /ing$/.test(a.tokens[k - 1]?.norm ?? '')) return true;
  }
  // "the syrup made by Y was contaminated": the agent of a participle is not what the passive after it undergoes.
  if (a.tokens[m.first - 1]?.norm === 'by') return false;
  const after = a.tokens.slice(m.last, m.last + 4).map((t) => t.norm);
  if (after[0] && ['is', 'was', 'are', 'were'].includes(after[0]) && after.includes('victim')) return true;
  // "Y was tortured", "Y was shot dead": an irregular participle is a verb after the auxiliary, not a progressive.
  const irregular = a.pos[m.last + 1] === 'VERB' && !/ing$/.test(a.tokens[m.last + 1]!.norm);
  return a.pos[m.last] === 'AUX' && BE.has(a.tokens[m.last]!.norm) && (isPassive(a, m.last + 1) || irregular);
}

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** Categories of claims that name no act a later "the attack" could point back at. */
const UNSPECIFIC_CATEGORIES = new Set(['misconduct']);

/** The accused of the claim made last in the few sentences before (who "the attack" was laid on). */
function lastAccused(ctx: SentenceContext, exclude: Set<string>): string[] {
  const index = sentence(ctx).sentence.index;
  // A claim of an act, not a word of misconduct ("propaganda", "baseless"): "the attack" is an act.
  const recent = ctx.earlier
    .filter((c) => c.sentence < index && c.sentence >= index - 5 && !UNSPECIFIC_CATEGORIES.has(c.category))
    .at(-1);
  return recent ? recent.accused.filter((k) => !exclude.has(k)) : [];
}

/** The accused with the states their bodies belong to ("Turkish fighter jets": the armed forces, and Turkey). */
function withStates(a: SentenceAnalysis, keys: string[]): string[] {
  const all = new Set(keys);
  for (const m of a.mentions)
    if (keys.includes(m.key) && m.partOfKey?.startsWith('state:') && !m.basedOnly) all.add(m.partOfKey);
  return [...all];
}

/** How many words a relative clause's speaker may take ("whom the opposition leader says"). */
const RELATIVE_SPEAKER_REACH = 4;

/**
 * "Y, whom X says was responsible for the violence", "Y, who prosecutors say embezzled the funds": a report in a
 * relative clause about the party it qualifies, when what is said names a wrong. Alleged by the speaker (or the
 * unnamed source) against that party.
 */
function relativeReports(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const claims: Claim[] = [];
  for (let j = 1; j < a.tokens.length - 2; j++) {
    if (!['who', 'whom'].includes(a.tokens[j]!.norm) || a.tokens[j]!.quoted) continue;
    const antecedent = a.mentions.find((m) => m.last === j && isActorMention(m, true));
    if (!antecedent) continue;
    let v = j + 1;
    while (v < Math.min(a.tokens.length, j + 1 + RELATIVE_SPEAKER_REACH) && !ASSERTING.has(a.lemmas[v] ?? '')) v++;
    if (a.pos[v] !== 'VERB' || !ASSERTING.has(a.lemmas[v]!) || negatedAt(a, v, ctx.knowledge)) continue;
    const speakers = partiesIn(a, j + 1, v).filter((m) => m.key !== antecedent.key);
    const unnamed =
      speakers.length === 0
        ? a.tokens.slice(j + 1, v).find((t) => ctx.knowledge.reports.unnamedSources.has(t.norm))
        : undefined;
    if (speakers.length === 0 && !unnamed) continue;
    const end = clauseEnd(a, v + 1);
    const wrong = wrongdoingIn(a, ctx.knowledge, v + 1, end);
    const act = wrongfulActs(ctx, v + 1, end, withOwners(speakers, ctx.affiliations))[0];
    if ((!wrong && !act) || (wrong && negatedAt(a, wrong.at, ctx.knowledge))) continue;
    claims.push({
      ...base(ctx, wrong, claimText(a, antecedent.first, end), act),
      allegers: speakers,
      ...(unnamed && { description: unnamed.text }),
      accused: [antecedent.key],
      stated: speakers.length > 0,
    });
  }
  return claims;
}

/** The end of the clause from token `from`: the next comma, semicolon or dash, or the sentence's end. */
function clauseEnd(a: SentenceAnalysis, from: number): number {
  for (let k = from + 1; k < a.tokens.length; k++)
    if (/[,;—–]/.test(a.sentence.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start))) return k;
  return a.tokens.length;
}

/** "Y allegedly ...", "amid allegations that Y ...", "accusations from X that Y ...": claims nobody here makes. */
function unattributedClaims(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  if (ctx.report && ctx.report.speakers.length > 0) return claims;
  for (let k = 0; k < a.tokens.length; k++) {
    const cue = matchPhrase(cues.unattributed, a.tokens, k);
    const noun = !cue && cues.claimNouns.has(a.tokens[k]!.norm) && a.pos[k] === 'NOUN';
    if ((!cue && !noun) || a.tokens[k]!.quoted) continue;
    const that = indexWithin(a, k + 1, k + 9, 'that');
    let accused: FoundMention[];
    let allegers: FoundMention[] = [];
    if (that > k) {
      // The clause's subject, not the parties its verb is done to ("suggestions that X singled out US firms").
      accused = partiesIn(a, that + 1, firstVerb(a, that + 1, Math.min(a.tokens.length, that + 1 + CLAUSE_REACH)));
      allegers = partiesIn(a, k + 1, that);
    } else if (cue && (cue.length === 1 || a.tokens[k + cue.length]?.norm === 'of')) {
      // "Y ran a workshop that allegedly was ...": the clause's subject, else the sentence's; "detained Y for
      // allegedly burning ballots": the party named last before "for"; "Y resigned amid allegations of fraud": the
      // subject of the clause the allegations are the setting of.
      const gerund = ['for', 'of'].includes(a.tokens[k - 1]?.norm ?? '');
      accused = gerund ? partiesIn(a, 0, k).slice(-1) : subjectOf(a, ctx.analyses[ctx.index - 1], k, true);
      if (accused.length === 0) accused = partiesIn(a, 0, k).slice(0, 1);
    } else continue;
    const own = withOwners(allegers, ctx.affiliations);
    const keys = [...new Set(accused.map((m) => m.key))].filter((key) => !own.has(key));
    const from = that > k ? that + 1 : k;
    claims.push({
      ...base(ctx, wrongdoingIn(a, ctx.knowledge, from), subjectClause(a, accused, k)),
      allegers,
      ...(allegers.length === 0 && { description: a.tokens[k]!.text }),
      accused: keys,
    });
  }
  return claims;
}

/** "X denied allegations that it ...", "X rejected accusations by Y that Z ...": a claim stated to be denied. */
function deniedClaims(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    if (a.pos[k] !== 'VERB' || !cues.denialVerbs.has(a.lemmas[k]!) || negatedAt(a, k, ctx.knowledge)) continue;
    const noun = [k + 1, k + 2, k + 3].find((j) => cues.claimNouns.has(a.tokens[j]?.norm ?? ''));
    if (noun === undefined) continue;
    // "rejected the charges as fabricated", "dismissed the claims, calling them absurd": read by calledFalse.
    if (dismisses(a, k, ctx.knowledge)) continue;
    // A clause follows the noun ("allegations the investigation is ...", "accusations by X that Y ..."), not
    // "the charges against her".
    const that = indexWithin(a, noun + 1, noun + 11, 'that');
    const from = that > noun ? that + 1 : noun + 1;
    const next = a.tokens[noun + 1];
    // "dismissed the claims as baseless": no claim stated, but one against those who made them.
    if (next?.norm === 'as') {
      claims.push(...dismissedAs(ctx, k, noun + 2));
      continue;
    }
    // Nor "denied the charges on Tuesday", "rejected the allegations in a statement": a preposition opens no clause.
    if (
      that < 0 &&
      (!next ||
        ['against', 'of', 'and', 'but'].includes(next.norm) ||
        a.pos[noun + 1] === 'ADP' ||
        /[,.;]/.test(a.sentence.text.slice(a.tokens[noun]!.end, next.start)))
    )
      continue;
    const deniers = subjectOf(a, ctx.analyses[ctx.index - 1], k);
    if (deniers.length === 0) continue;
    const allegers = that > noun ? partiesIn(a, noun + 1, that) : [];
    // The stated claim's subject, not the parties its verb is done to ("that the commission singled out US firms").
    const clauseEnd = Math.min(a.tokens.length, from + CLAUSE_REACH);
    const named = partiesIn(a, from, that > noun ? firstVerb(a, from, clauseEnd) : clauseEnd).filter(
      (m) => m.type !== 'Place',
    );
    const denierKeys = [...deniersSide(ctx, deniers)];
    const accused =
      named.length > 0 && !named.some((m) => denierKeys.includes(m.key)) ? named.map((m) => m.key) : denierKeys;
    claims.push({
      ...base(ctx, wrongdoingIn(a, ctx.knowledge, from), claimText(a, from)),
      allegers,
      ...(allegers.length === 0 && { description: a.tokens[noun]!.text }),
      accused: [...new Set(accused)],
      deniedBy: [...new Set(deniers.map((m) => m.key))],
    });
  }
  return claims;
}

/**
 * "X called the accusations baseless", "X said the charges were politically motivated", "X described British claims
 * as unfounded": a counter-claim against those who made the claims (see dismissedAs).
 */
function calledFalse(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const claims: Claim[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    if (a.tokens[k]!.quoted || negatedAt(a, k, ctx.knowledge)) continue;
    const noun = dismissedNoun(a, k, ctx.knowledge);
    if (noun >= 0) claims.push(...dismissedAs(ctx, k, noun + 1, noun));
  }
  return [...claims, ...falseClaimsSaid(ctx)];
}

/** '"These are absurd claims," X said', 'X spoke of fabricated charges': claims the speaker calls false. */
function falseClaimsSaid(ctx: SentenceContext): Claim[] {
  const a = sentence(ctx);
  const report = ctx.report;
  const cues = ctx.knowledge.allegation;
  if (!report || report.speakers.length === 0) return [];
  for (let k = report.from; k < report.to; k++) {
    const word = matchPhrase(cues.dismissals, a.tokens, k);
    // "absurd claims"; or "the case is fabricated", "the charges are politically motivated".
    const subject = falseSubjectAt(a, k, ctx.knowledge);
    const noun = subject >= report.from ? subject : k + (word?.length ?? 0);
    if (!word || (subject < report.from && !cues.claimNouns.has(a.tokens[noun]?.norm ?? ''))) continue;
    // A lawyer's side is the client's ('"The case is fabricated," her lawyer said').
    const own = withOwners(report.speakers, ctx.affiliations);
    for (const key of report.speakers.flatMap((m) => clientsOf(ctx, a, m))) own.add(key);
    const accused = [...new Set([...claimants(ctx, report.from - 1, noun, own), ...statesNamed(a, k, own)])].filter(
      (key) => !own.has(key),
    );
    if (accused.length === 0) return [];
    const said = wrongdoingIn(a, ctx.knowledge, noun) ?? { category: 'misconduct', word: 'false claims' };
    const claim = claimText(a, report.from, report.to);
    return [{ ...base(ctx, said, claim), allegers: report.speakers, accused, stated: true }];
  }
  return [];
}

/**
 * The states a counter-claim names after its word of dismissal, not the speaker's own ('rejected the accusations as
 * baseless and said Y was "following Z's script"', '"These are absurd claims, invented to justify the persecution of
 * journalists in Y"'): the claims they make are laid at the door of those states as well as of those who made them.
 */
function statesNamed(a: SentenceAnalysis, from: number, own: Set<string>): string[] {
  return a.mentions
    .filter((m) => m.first >= from && m.type === 'State' && m.kind !== 'demonym' && !m.dateline && !own.has(m.key))
    .map((m) => m.key);
}

/** How far back the claims a dismissal answers are looked for. */
const DISMISSAL_REACH = 5;

/**
 * "Y dismissed the claims as baseless and part of a smear campaign": a counter-claim by Y against those who made
 * the claims against it in the sentences before, when what follows "as" names a wrong or a denial's word.
 */
function dismissedAs(ctx: SentenceContext, k: number, from: number, noun = from - 2): Claim[] {
  const a = sentence(ctx);
  const cues = ctx.knowledge.allegation;
  const wrong = wrongdoingIn(a, ctx.knowledge, from);
  if (!wrong && !hasPhrase(a, cues.denialPhrases, from) && !hasPhrase(a, cues.dismissals, from)) return [];
  const deniers = subjectOf(a, ctx.analyses[ctx.index - 1], k);
  const own = deniersSide(ctx, deniers);
  const accused = [...new Set([...claimants(ctx, k, noun, own), ...statesNamed(a, from, own)])].filter(
    (key) => !own.has(key),
  );
  if (deniers.length === 0 || accused.length === 0) return [];
  // Claims called baseless are said to be false: misconduct, unless a wrong is named.
  const said = wrong ?? { category: 'misconduct', word: 'false claims' };
  const counter = { ...base(ctx, said, claimText(a, k + 1)), allegers: deniers, accused, stated: true };
  return [counter, ...namedClaimDenied(ctx, k, noun, deniers, own)];
}

/**
 * The deniers and the parties their denial clears: the bodies they speak for ("Y spokesperson X dismissed the
 * findings": Y), a lawyer's client, the states their bodies are part of.
 */
function deniersSide(ctx: SentenceContext, deniers: FoundMention[]): Set<string> {
  const a = sentence(ctx);
  return new Set([...withOwners(deniers, ctx.affiliations), ...deniers.flatMap((m) => clearedBy(ctx, a, m))]);
}

/**
 * "X described British claims about its hackers as unfounded": the claims of the party named with the claim noun,
 * against X (and the state or body it speaks for), denied by X; unless the article has already stated them.
 */
function namedClaimDenied(
  ctx: SentenceContext,
  k: number,
  noun: number,
  deniers: FoundMention[],
  own: Set<string>,
): Claim[] {
  const a = sentence(ctx);
  const named = partiesIn(a, k + 1, noun + 1).filter((m) => !own.has(m.key));
  if (named.length === 0) return [];
  const claimed = new Set(named.map((m) => m.key));
  const told = ctx.earlier.some(
    (c) => c.allegers.some((m) => claimed.has(m.key)) && c.accused.some((key) => own.has(key)),
  );
  if (told) return [];
  const wrong = wrongdoingIn(a, ctx.knowledge, noun + 1, Math.min(a.tokens.length, noun + 1 + DESCRIBED_REACH));
  return [
    {
      ...base(ctx, wrong, claimText(a, k + 1)),
      allegers: named,
      accused: [...own],
      deniedBy: [...new Set(deniers.map((m) => m.key))],
      stated: true,
    },
  ];
}

/**
 * Who made the claims a dismissal answers: those named with the claim noun ("British claims", "Washington's
 * accusations"), else the allegers of the recent claims against the one who dismisses them, else (a third party
 * calling the charges absurd) of the claim made last.
 */
function claimants(ctx: SentenceContext, k: number, noun: number, own: Set<string>): string[] {
  const a = sentence(ctx);
  const named = partiesIn(a, k + 1, noun + 1).map((m) => m.key);
  if (named.length > 0) return named;
  const index = a.sentence.index;
  const recent = ctx.earlier.filter(
    (c) => c.sentence < index && c.sentence >= index - DISMISSAL_REACH && c.allegers.length > 0,
  );
  const answered = recent.filter((c) => c.accused.some((key) => own.has(key)));
  // "the charge is grotesque", said by a third party: the charge is the state's, not the last speaker's claim.
  if (answered.length === 0 && ctx.state && !own.has(ctx.state) && laidByState(a, noun, ctx.knowledge))
    return [ctx.state];
  const made = answered.length > 0 ? answered : recent.slice(-1);
  const allegers = made.flatMap((c) => [...withOwners(c.allegers, ctx.affiliations)]);
  // "the charges", brought by no one named: by the state the article is about.
  return allegers.length > 0 || !ctx.state ? allegers : [ctx.state];
}

/** Claim nouns for what a state lays ("the charges"), beside the words for proceedings ("the case"). */
const CHARGES = new Set(['charge', 'charges', 'indictment']);

/** Whether the claim noun at `noun` is a charge or proceedings, which the state brings. */
function laidByState(a: SentenceAnalysis, noun: number, knowledge: Knowledge): boolean {
  const word = a.tokens[noun]?.norm ?? '';
  return CHARGES.has(word) || knowledge.allegation.proceedings.has(word);
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** How far the object of an accusing verb is read. */
const OBJECT_REACH = 12;

/** How many words an indefinite description of a party may have ("a 29-year-old former police officer"). */
const UNNAMED_REACH = 7;

/**
 * The end of an indefinite description that names no one, opening at token `from` ("a former city treasurer", "an
 * Ashford police officer"): "a" or "an", then modifiers and a noun; -1 when none opens there.
 */
function unnamedPartyEnd(a: SentenceAnalysis, from: number): number {
  if (!['a', 'an'].includes(a.tokens[from]?.norm ?? '') || a.tokens[from]!.quoted) return -1;
  let end = -1;
  for (let j = from + 1; j < Math.min(a.tokens.length, from + UNNAMED_REACH); j++) {
    const m = a.mentions[a.mentionAt[j]!];
    if (m && isActorMention(m, true)) return -1;
    // "a 29-year-old man from Leeds": a place qualifies the description.
    const place = a.mentions[a.mentionAt[j + 1] ?? -1];
    if (end > 0 && ['from', 'of', 'in'].includes(a.tokens[j]!.norm) && place && !isActorMention(place, true))
      return place.last;
    if (a.pos[j] === 'NOUN') end = j + 1;
    else if (!m && !['ADJ', 'PROPN', 'NUM'].includes(a.pos[j] ?? 'X') && a.tokens[j]!.text !== '-') break;
  }
  return end;
}

/** Whether the subject of the verb or phrase at k is an indefinite description that opens the sentence ("A man was charged"). */
function unnamedSubject(a: SentenceAnalysis, k: number): boolean {
  let end = k;
  while (end > 0 && ['AUX', 'ADV', 'PART'].includes(a.pos[end - 1] ?? 'X')) end--;
  return end < k && unnamedPartyEnd(a, 0) === end;
}

/** The parties right after a verb, over determiners, modifiers and titles ("accused his former deputy X"). */
function directObject(a: SentenceAnalysis, from: number): FoundMention[] {
  const found: FoundMention[] = [];
  for (let k = from; k < Math.min(a.tokens.length, from + OBJECT_REACH); k++) {
    const m = a.mentions[a.mentionAt[k]!];
    // "accused his former deputy X": a possessive pronoun determines the object, it is not it; unless no name follows
    // ("accused its staff of ...": the body).
    const possessive = m?.kind === 'reference' && POSSESSIVE_PRONOUNS.has(a.tokens[m.first]!.norm);
    if (m && (!possessive || !nameWithin(a, m.last, 3))) {
      if (isActorMention(m, true)) found.push(m);
      k = m.last - 1;
      continue;
    }
    const t = a.tokens[k]!;
    // "blamed the policy and the conduct of X": noun phrases joined, not a new clause ("and said").
    if (['and', 'or'].includes(t.norm) && !['VERB', 'AUX'].includes(a.pos[k + 1] ?? 'X')) continue;
    // "blame artillery from Turkish tanks": the party inside the object's phrase.
    // "accused Kenya's electoral commission": a possessive owner named inside the object's name.
    // "charged Tesla chief executive X": a capitalised name the scan left out qualifies the object.
    const within =
      ['NOUN', 'DET', 'PRON', 'ADJ', 'NUM'].includes(a.pos[k] ?? 'X') ||
      (a.pos[k] === 'PROPN' && t.cap) ||
      ['of', 'from', 'at'].includes(t.norm) ||
      t.possessive;
    if (found.length > 0 || !(within || a.titleAt[k])) break;
  }
  return found;
}

/** Whether a mention starts in the `reach` tokens from token `from`. */
function nameWithin(a: SentenceAnalysis, from: number, reach: number): boolean {
  for (let j = from; j < Math.min(a.tokens.length, from + reach); j++) if (a.mentionAt[j]! >= 0) return true;
  return false;
}

/** The first token in [from, to) spelt `word`, or -1. */
function indexWithin(a: SentenceAnalysis, from: number, to: number, word: string): number {
  for (let j = from; j < Math.min(to, a.tokens.length); j++) if (a.tokens[j]!.norm === word) return j;
  return -1;
}

/** The word for an unnamed accuser before token k ("Rebel forces ... are accusing"), if any. */
function unnamedWord(a: SentenceAnalysis, k: number): string {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) if (a.pos[j] === 'NOUN') return a.tokens[j]!.text;
  return 'unnamed';
}
