/*
 * Events: a trigger word from the taxonomy (data/gazetteer/events.yaml) with the mentions around it
 * as participants (the subject group acts; objects receive or are targeted), the date nearest the
 * trigger (chrono-node, against the publication date) and a place. At most one event per type and
 * sentence. Triggers inside quotations, after "to" or after a modal ("could strike") are skipped.
 */
import type { EventTypeInfo, Knowledge, TriggerInfo } from './knowledge.ts';
import type { Report } from './language/reports.ts';
import type { FoundMention, SentenceAnalysis } from './mentions.ts';
import { eachParty } from './mentions.ts';
import type { LocalEvent, LocalRelation } from './types.ts';
import { findPhrase, matchPhrase } from './tokenize.ts';
import { findDates } from './dates.ts';
import {
  fallbackSubject,
  initialSubject,
  BE_FORMS,
  isPassive,
  mainClauseSubject,
  objectsAfter,
  subjectGroup,
  verbSubject,
} from './participants.ts';

const SKIP_BEFORE_VERB = new Set([
  'to',
  'would',
  'could',
  'might',
  'may',
  'should',
  'must',
  'can',
  'cannot',
  'not',
  'never',
  'if',
]);
/** Modals that leave a verb unrealised, over auxiliaries and adverbs ("can be appealed", "should have been charged"). */
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'cannot']);
const AUXILIARIES = new Set(['be', 'been', 'have', 'also', 'not', 'never', 'still', 'even', 'already']);
/** Adjectives that leave an act named by a noun unrealised ("the possible detention of", "the reported arrest of"). */
const UNREALISED = new Set([
  'possible',
  'reported',
  'alleged',
  'planned',
  'proposed',
  'threatened',
  'feared',
  'imminent',
]);
/** Possessive pronouns: before a noun trigger they name its owner ("her trial", "their talks"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** Words that open a condition: a trigger in their clause names no event ("If X did play a role in the attacks"). */
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|last|this|next|the|earlier|later)$/;
/** Words after which a verb trigger's form is a noun ("artillery shells", "the attacks"). */
const NOUN_BEFORE = new Set([
  'a',
  'an',
  'the',
  'of',
  'its',
  'their',
  'his',
  'her',
  'our',
  'million',
  'thousand',
  'hundred',
  'hundreds',
  'thousands',
  'millions',
  'artillery',
  'mortar',
  'tank',
  'these',
  'those',
  'such',
  'several',
  'many',
  'more',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'new', 'fresh', 'further', 'more', 'any']);
/** Prepositions that, between a name and a noun trigger, make the name something other than its subject. */
const GAP_PREPOSITIONS = new Set([
  'for',
  'of',
  'against',
  'from',
  'over',
  'about',
  'as',
  'at',
  'into',
  'on',
  'with',
  'amid',
  'despite',
  'after',
  'before',
  'since',
  'during',
  'to',
  'by',
]);

/** Nouns of number before "of" that leave the noun after it the phrase's head ("a series of missile tests"). */
const QUANTITY_NOUNS = new Set([
  'series',
  'string',
  'wave',
  'spate',
  'round',
  'rounds',
  'number',
  'barrage',
  'flurry',
  'volley',
  'couple',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'set',
]);

/**
 * Whether a noun trigger ("talks", "attack") can take the group named before it as its subject: not when the
 * words between hold another trigger ("condemned the attack"), a preposition ("rewarded Hamas for the attack")
 * or a reported clause ("said the resolution would jeopardise negotiations").
 */
function nounSubjectAllowed(a: SentenceAnalysis, subjects: FoundMention[], at: number, knowledge: Knowledge): boolean {
  const from = Math.max(...subjects.map((m) => m.last));
  // Only the words after the last comma count: before it lies an apposition ("The EU, which has ..., held talks").
  let start = from;
  for (let k = at - 1; k > from; k--) {
    if (a.sentence.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start).includes(',')) {
      start = k;
      break;
    }
  }
  for (let k = start; k < at; k++) {
    const t = a.tokens[k]!;
    if (matchPhrase(knowledge.triggers, a.tokens, k)) return false;
    const speech = knowledge.lexicon.speechVerbs.has(t.norm);
    if (speech && !['in', 'through', 'via'].includes(a.tokens[k + 1]?.norm ?? '')) return false;
    const next = a.tokens[k + 1];
    // "on Saturday", "in March": a date, not a phrase the subject belongs to; "to" right before the trigger.
    const dated = next !== undefined && datedAt(a, k + 1);
    // "carried out a series of missile tests": "of" after a noun of number joins no other phrase.
    const quantity = t.norm === 'of' && QUANTITY_NOUNS.has(a.tokens[k - 1]?.norm ?? '');
    if (
      GAP_PREPOSITIONS.has(t.norm) &&
      !dated &&
      !quantity &&
      k + 1 !== at &&
      !(k > from && knowledge.lexicon.speechVerbs.has(a.tokens[k - 1]!.norm))
    )
      return false;
  }
  return true;
}

/** A date opens at token k ("Saturday", "March 3", "last week", "the 5th"); "the" only before a number or a date word. */
function datedAt(a: SentenceAnalysis, k: number): boolean {
  const t = a.tokens[k]!;
  if (/^\p{N}/u.test(t.text)) return true;
  if (t.norm !== 'the') return DATE_WORD.test(t.norm);
  const after = a.tokens[k + 1];
  return after !== undefined && after.norm !== 'the' && datedAt(a, k + 1);
}

/** A noun trigger describing a name in an apposition ("The United States, a treaty ally of ..."): no event. */
function inApposition(a: SentenceAnalysis, at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    const t = a.tokens[k]!;
    if (a.mentionAt[k]! >= 0 || t.cap) return false;
    if (['a', 'an'].includes(t.norm))
      return a.sentence.text.slice(a.tokens[k - 1]!.end, t.start).includes(',') && a.mentionAt[k - 1]! >= 0;
  }
  return false;
}

/** A noun trigger after "to" and a verb ("to impose sanctions", "to reimpose U.N. sanctions"): not a stated event. */
function afterInfinitive(a: SentenceAnalysis, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = a.tokens[k]!;
    if (t.norm === 'to') return k === at - 1 || !DETERMINERS.has(a.tokens[k + 1]!.norm);
    if (a.mentionAt[k]! < 0 && !DETERMINERS.has(t.norm) && k < at - 1 && !/^\p{Ll}/u.test(t.text)) return false;
  }
  return false;
}

/** Verbs whose subject undergoes the noun trigger after them ("faces trial", "received a prison sentence"). */
const UNDERGOING = new Set([
  'remains',
  'remained',
  'faces',
  'faced',
  'facing',
  'received',
  'receives',
  'receiving',
  'serving',
  'serves',
  'handed',
]);

/** "X has been under house arrest", "X remains in custody": the subject undergoes the noun trigger. */
function undergoes(a: SentenceAnalysis, subjects: FoundMention[], at: number): boolean {
  const from = Math.max(0, ...subjects.map((m) => m.last));
  const between = a.tokens.slice(from, at).map((t) => t.norm);
  // "under house arrest", "in custody": the preposition right before the noun (over one modifier), not "the court
  // in Harbin issued verdicts".
  const near = between.slice(-2);
  return (
    between.some((w) => UNDERGOING.has(w)) ||
    [...near, a.tokens[at]!.norm].some((w) => ['under', 'in', 'into'].includes(w))
  );
}

/** Adverbs that make a verb a habit, not a news event ("has repeatedly denied", "has long said"). */
const HABITUAL = new Set(['repeatedly', 'long', 'routinely']);

/** A verb after an adverb of habit, over auxiliaries ("has repeatedly criticised", "have long accused"). */
function habitual(a: SentenceAnalysis, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (HABITUAL.has(a.tokens[k]!.norm)) return true;
    if (!['AUX', 'ADV', 'PART'].includes(a.pos[k] ?? 'X')) return false;
  }
  return false;
}

/** States named "in X" right after a vote's noun or verb, or before it in its clause ("voters in Chile went to"). */
function statesVotingAt(a: SentenceAnalysis, i: number, end: number): FoundMention[] {
  const states = objectsAfter(a, end, false, 4).locations.filter((m) => m.type === 'State');
  for (let k = i - 1; k >= Math.max(1, i - 8); k--) {
    if (a.sentence.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start).includes(',')) break;
    const m = a.mentions[a.mentionAt[k]!];
    if (m?.type === 'State' && a.tokens[m.first - 1]?.norm === 'in') states.push(m);
  }
  return states;
}

/** "Among those arrested was X": a participle after "among those", whose subject follows "was". */
function amongThose(a: SentenceAnalysis, i: number): boolean {
  return a.tokens[i - 1]?.norm === 'those' && a.tokens[i - 2]?.norm === 'among' && /(ed|en)$/.test(a.tokens[i]!.norm);
}

/** A verb after a modal and auxiliaries ("can be appealed", "should also have been charged"): not realised. */
function afterModal(a: SentenceAnalysis, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const word = a.tokens[k]!.norm;
    if (MODALS.has(word)) return true;
    if (!AUXILIARIES.has(word)) return false;
  }
  return false;
}

/**
 * A bare verb coordinated with an infinitive or a modal's verb ("plans to arrest and charge them", "could seize and
 * hold the port"): as unrealised as the first verb. Only within the clause (no comma) and a few words back.
 */
function coordinatedUnrealised(a: SentenceAnalysis, i: number): boolean {
  if (!['and', 'or'].includes(a.tokens[i - 1]?.norm ?? '') || a.tokens[i]!.norm.endsWith('ed')) return false;
  for (let k = i - 2; k >= Math.max(1, i - 8); k--) {
    if (a.sentence.text.slice(a.tokens[k]!.end, a.tokens[k + 1]!.start).includes(',')) return false;
    if (a.pos[k] !== 'VERB') continue;
    const before = a.tokens[k - 1]!.norm;
    return before === 'to' || afterModal(a, k);
  }
  return false;
}

/** "X faces trial", "X received a prison sentence": a verb of undergoing right before the noun, over modifiers. */
function undergoneBy(a: SentenceAnalysis, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (UNDERGOING.has(a.tokens[k]!.norm)) return true;
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(a.pos[k] ?? 'X') || a.mentionAt[k]! >= 0) return false;
  }
  return false;
}

/** "under house arrest", "in custody": a noun of detention the subject is held in. */
function heldIn(a: SentenceAnalysis, i: number): boolean {
  return [i, i - 1, i - 2].some((k) => ['under', 'in', 'into'].includes(a.tokens[k]?.norm ?? ''));
}

/** A noun that is the object of a verb after a modal ("would have carried a maximum penalty"). */
function objectOfModalVerb(a: SentenceAnalysis, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (a.pos[k] === 'VERB') return afterModal(a, k);
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(a.pos[k] ?? 'X')) return false;
  }
  return false;
}

/** A trigger in a clause opened by "if" or "unless", before the comma that closes it. */
function inCondition(a: SentenceAnalysis, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (CONDITIONS.has(a.tokens[k]!.norm)) return true;
    if (a.sentence.text.slice(a.tokens[k]!.end, a.tokens[k + 1]!.start).includes(',')) return false;
  }
  return false;
}

/** A trigger inside a short quotation in a sentence of its own words ('says China "strongly opposes" the tariff'). */
function shortQuote(a: SentenceAnalysis, i: number): boolean {
  let from = i;
  let to = i;
  while (from > 0 && a.tokens[from - 1]!.quoted) from--;
  while (to < a.tokens.length && a.tokens[to]!.quoted) to++;
  return to - from <= 4 && to - from < a.tokens.length / 2;
}

/** An event a trigger word gives, before statements fold and events sharing a participant merge. */
export interface Candidate {
  event: LocalEvent & { at?: number };
  /** The trigger's first token and its end. */
  at: number;
  end: number;
  info: EventTypeInfo;
  actors: string[];
  /** Named by a definite noun ("the raid", "his detention"): it may name again an event already reported. */
  definite: boolean;
  /** Marked as another event of its kind ("also struck", "a second strike"): it names no event already reported. */
  another: boolean;
  /** Told by the weapon that struck ("missiles hit X"): kept though it may name no one. */
  weapon?: boolean;
}

/** Events named by a definite noun, and events marked as another of their kind (see `joinRepeatedEvents`). */
const namedAgain = new WeakSet<LocalEvent>();
const anotherOfKind = new WeakSet<LocalEvent>();
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * A trigger marked as another event of its kind: a word of `anotherEvent` before it, over auxiliaries, adverbs and
 * lower-case modifiers ("also imposed sanctions", "a second deadly strike"), or "again" after it ("struck again").
 */
function anotherOfItsKind(a: SentenceAnalysis, i: number, end: number, knowledge: Knowledge): boolean {
  return (
    a.tokens[end]?.norm === 'again' ||
    markedBefore(a, i, knowledge.lexicon.anotherEvent, ['AUX', 'ADV', 'ADJ', 'DET', 'NUM', 'PART'])
  );
}

/** Whether a word of `marks` stands up to three words before `i`, over lower-case words of the parts of speech `over`. */
function markedBefore(a: SentenceAnalysis, i: number, marks: ReadonlySet<string>, over: readonly string[]): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (marks.has(a.tokens[k]!.norm)) return true;
    if (a.mentionAt[k]! >= 0 || a.tokens[k]!.cap || !over.includes(a.pos[k] ?? 'X')) return false;
  }
  return false;
}

/** A noun trigger after a definite determiner or a possessor, over lower-case modifiers ("the deadly raid"). */
function definiteNoun(a: SentenceAnalysis, i: number): boolean {
  return markedBefore(a, i, DEFINITE, ['ADJ', 'NOUN', 'NUM']) || possessorBefore(a, i);
}

/**
 * Events stated in one sentence. `previous` is the sentence before (for "He ...", "It ..."); `report` the sentence's
 * reporting frame; `spoken` the speakers whose statement the article has already recorded (updated here); `state`
 * the state the article names most, which acts in law enforcement nobody is named for.
 * 1. every trigger word gives a candidate with its participants;
 * 2. a reporting frame folds the candidates of what is said into one statement event (see `statement`);
 * 3. candidates of the rest of the sentence that share a participant are one event.
 */
export function findEvents(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  publishedAt: string | null,
  knowledge: Knowledge,
  report?: Report,
  spoken: Set<string> = new Set(),
  state?: string,
): LocalEvent[] {
  // A sentence that names no one tells only an attack by a weapon ("a tanker was struck by a drone boat").
  const unnamed = a.mentions.length === 0 && !POSSESSIVE_PRONOUNS.has(a.tokens[0]?.norm ?? '');
  // The cached candidates are shared with allegations and relations: this stage merges into copies.
  let candidates = triggerCandidates(a, previous, knowledge)
    .filter((c) => !unnamed || c.weapon === true)
    .map((c) => ({
      ...c,
      event: { ...c.event, participants: c.event.participants.map((p) => ({ ...p })), evidence: [...c.event.evidence] },
    }));
  for (const c of candidates) {
    if (c.definite) namedAgain.add(c.event);
    if (c.another) anotherOfKind.add(c.event);
  }
  // "has repeatedly criticised X": a standing relation (relations read it), no event of the day.
  candidates = candidates.filter((c) => !(a.pos[c.at] === 'VERB' && habitual(a, c.at)));
  const events: (LocalEvent & { at?: number })[] = [];
  if (report && !report.continued) {
    const folded = statement(a, report, candidates, knowledge, spoken);
    candidates = candidates.filter((c) => !folded.inside.includes(c));
    if (folded.event) events.push(folded.event);
  }
  // Unnamed organs stand for their state: an act of law enforcement with no one named acting is the article's state's.
  for (const c of candidates)
    if (state && c.info.category === 'law enforcement' && !c.event.participants.some((p) => p.role === 'actor'))
      c.event.participants.unshift({ key: state, role: 'actor' });
  candidates = candidates.filter((c) => c.event.participants.length > 0 || c.weapon === true);
  events.push(...merged(candidates, events));
  let dates: ReturnType<typeof findDates> | undefined;
  for (const event of events) {
    dates ??= findDates(a.sentence.text, publishedAt);
    const nearest = nearestDate(dates, a.tokens[event.at ?? 0]?.start ?? 0);
    event.date = nearest?.date ?? null;
    event.datePrecision = nearest?.precision ?? null;
    delete event.at;
  }
  return events;
}

const candidateCache = new WeakMap<SentenceAnalysis, Candidate[]>();

/**
 * A trigger word at every place it names an event, with the participants around it. Computed once per sentence
 * (events, allegations and relations all read them); callers must not change them.
 */
export function triggerCandidates(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  knowledge: Knowledge,
): Candidate[] {
  let cached = candidateCache.get(a);
  if (!cached) {
    cached = findCandidates(a, previous, knowledge);
    candidateCache.set(a, cached);
  }
  return cached;
}

function findCandidates(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  knowledge: Knowledge,
): Candidate[] {
  const candidates: Candidate[] = [];
  const types = new Set<string>();
  for (let i = 0; i < a.tokens.length; i++) {
    if (a.mentionAt[i]! >= 0 && a.mentions[a.mentionAt[i]!]!.kind !== 'reference') continue;
    const match = matchPhrase(knowledge.triggers, a.tokens, i);
    if (!match) continue;
    const trigger = match.value;
    const token = a.tokens[i]!;
    const end = i + match.length;
    // 'says China "strongly opposes" the tariff': a short quoted verb or verb phrase is the speaker's act.
    const quotedVerb = token.quoted && shortQuote(a, i) && a.pos.slice(i, end).some((pos) => pos === 'VERB');
    if ((token.quoted && !quotedVerb) || types.has(trigger.eventType)) {
      i = end - 1;
      continue;
    }
    // "threatened to strike", "could strike" are not events; "are due to meet" is a planned one.
    const before = a.tokens[i - 1]?.norm ?? '';
    const planned = before === 'to' && knowledge.lexicon.plannedBefore.has(a.tokens[i - 2]?.norm ?? '');
    // A noun trigger the tagger reads as a verb ("could strike") is a verb here.
    const asVerb = trigger.isVerb || (a.pos[i] === 'VERB' && match.length === 1);
    if (asVerb && SKIP_BEFORE_VERB.has(before) && !planned) continue;
    if ((asVerb || a.pos[i] === 'VERB') && (afterModal(a, i) || coordinatedUnrealised(a, i))) continue;
    if (!asVerb && objectOfModalVerb(a, i)) continue;
    if (inCondition(a, i)) continue;
    // "artillery shells", "the attacks": a verb form the tagger reads as a noun; "in March": a name.
    if (trigger.isVerb && !amongThose(a, i) && (a.pos[i] === 'NOUN' || NOUN_BEFORE.has(before))) continue;
    if (token.cap && a.pos[i] === 'PROPN' && i > 0) continue;
    // "U.S.-backed", "French-led": a compound adjective, no event of its own.
    if (trigger.isVerb && token.hyphenBefore) continue;
    const numberBefore =
      i > 0 &&
      /^\p{N}/u.test(a.tokens[i - 1]!.text) &&
      /^\s+$/.test(a.sentence.text.slice(a.tokens[i - 1]!.end, token.start));
    if (trigger.isVerb && numberBefore) continue;
    if (!trigger.isVerb && afterInfinitive(a, i) && !planned) continue;
    // "evade sanctions", "lift sanctions": the trigger names no event of its type.
    if (
      trigger.notAfter &&
      (trigger.notAfter.has(before) || (DETERMINERS.has(before) && trigger.notAfter.has(a.tokens[i - 2]?.norm ?? '')))
    )
      continue;
    const info = knowledge.eventTypes.get(trigger.eventType)!;
    if (trigger.instrument) {
      const event = instrumentEvent(a, i, end, info);
      if (event) {
        types.add(trigger.eventType);
        candidates.push({ ...candidateAt(event, end, info, false, false), weapon: true });
      }
      i = end - 1;
      continue;
    }
    if (!trigger.verbal && inApposition(a, i)) continue;
    // "was struck by a drone boat": the weapon after "by" tells the event (see `instrumentEvent`).
    if (asVerb && weaponAgentAfter(a, end, knowledge)) continue;
    const participants = triggerParticipants(a, previous, i, end, trigger, info, knowledge);
    // "the election in Peru", "voters in Chile went to the polls": the state a vote is held in takes part.
    if (info.type === 'election')
      for (const m of statesVotingAt(a, i, end))
        if (!participants.some((p) => p.key === m.key)) participants.push({ key: m.key, role: 'actor' });
    // An event needs someone who acts, or, in the passive, someone acted on ("X was arrested"); an act of law
    // enforcement named by a noun ("led to the detention of dozens") is the state's, given in `findEvents`.
    const passive = ((trigger.isVerb || trigger.verbal === true) && isPassive(a, end - 1)) || amongThose(a, i);
    // "led to the detention of dozens", "X has been under house arrest", "Navalny's arrest", "her trial": no one
    // named acts.
    const possessed = !trigger.isVerb && possessorBefore(a, i);
    const stateAct =
      info.category === 'law enforcement' &&
      !trigger.isVerb &&
      !UNREALISED.has(before) &&
      (participants.length === 0 ? a.tokens[end]?.norm === 'of' : heldIn(a, i) || possessed || undergoneBy(a, i));
    // "A jury convicted X", "a court jailed X": an organ of the state, named by no name, acts on someone named.
    const organAct = info.category === 'law enforcement' && asVerb && !passive && participants.length > 0;
    // "The cyberattack hit X": the event is told by whom it struck.
    const struck = !asVerb && !trigger.verbal && participants.length > 0 && impactVerbAfter(a, end, info);
    const acted = participants.some((p) => p.role === 'actor');
    if (!acted && !(passive && participants.length > 0) && !stateAct && !organAct && !struck) continue;
    types.add(trigger.eventType);
    const after = objectsAfter(a, end);
    const visited =
      info.type === 'visit' ? after.objects.find((m) => m.type === 'State' || m.type === 'Place') : undefined;
    const place = visited ?? placeIn(after);
    const definite = !trigger.isVerb && !trigger.verbal && definiteNoun(a, i);
    const event = eventAt(a, i, info, participants, place?.key ?? null);
    candidates.push(candidateAt(event, end, info, definite, !definite && anotherOfItsKind(a, i, end, knowledge)));
    i = end - 1;
  }
  return candidates;
}

/** A candidate for an event found at its `at`, its trigger ending at `end`. */
function candidateAt(
  event: LocalEvent & { at: number },
  end: number,
  info: EventTypeInfo,
  definite: boolean,
  another: boolean,
): Candidate {
  const actors = event.participants.filter((p) => p.role === 'actor').map((p) => p.key);
  return { event, at: event.at, end, info, actors, definite, another };
}

/** Words between a weapon and its verb ("missiles have also hit"). */
const WEAPON_VERB_GAP = new Set(['have', 'has', 'had', 'also', 'reportedly', 'again', 'apparently']);

/** A weapon after "by" at `end`, over determiners, modifiers and names ("by a Russian drone"). */
function weaponAgentAfter(a: SentenceAnalysis, end: number, knowledge: Knowledge): boolean {
  if (a.tokens[end]?.norm !== 'by') return false;
  for (let k = end + 1; k < Math.min(a.tokens.length, end + 5); k++) {
    if (matchPhrase(knowledge.triggers, a.tokens, k)?.value.instrument) return true;
    if (a.mentionAt[k]! < 0 && !['DET', 'ADJ', 'NUM'].includes(a.pos[k] ?? 'X')) return false;
  }
  return false;
}

/**
 * A weapon named as the subject of a verb of its type's `subjectVerbs` ("Russian missiles hit a power plant") or
 * after "by" following one in the passive ("the tanker was struck by a drone boat"): an event, whose actor is the
 * party qualifying the weapon ("Russian", "Houthi") and whose targets are the verb's objects or passive subject.
 */
function instrumentEvent(
  a: SentenceAnalysis,
  i: number,
  end: number,
  info: EventTypeInfo,
): (LocalEvent & { at: number }) | undefined {
  const verbs = info.subjectVerbs;
  if (!verbs) return undefined;
  let targets: FoundMention[] | undefined;
  // "missiles (have) hit X"
  for (let k = end; k < Math.min(a.tokens.length, end + 4); k++) {
    if (/[,;:—–]/.test(a.sentence.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start))) break;
    const word = a.tokens[k]!.norm;
    if (verbs.has(word) && a.pos[k] !== 'NOUN') {
      targets = objectsAfter(a, k + 1).objects;
      break;
    }
    if (!WEAPON_VERB_GAP.has(word)) break;
  }
  // "was struck by a (Russian) drone"
  if (!targets) {
    let k = i - 1;
    while (
      k > 0 &&
      a.tokens[k]!.norm !== 'by' &&
      (a.mentionAt[k]! >= 0 || ['DET', 'ADJ', 'NUM'].includes(a.pos[k] ?? 'X'))
    )
      k--;
    const verb = k - 1;
    const passive = a.tokens[k]?.norm === 'by' && verbs.has(a.tokens[verb]?.norm ?? '') && verb > 0;
    if (!passive) return undefined;
    let be = verb - 1;
    while (be > 0 && a.pos[be] === 'ADV') be--;
    if (!BE_FORMS.has(a.tokens[be]!.norm)) return undefined;
    targets = subjectGroup(a, be);
  }
  const participants: { key: string; role: string }[] = [];
  const add = (list: FoundMention[], role: string): void => {
    for (const key of list.flatMap(mentionKeys))
      if (!participants.some((p) => p.key === key)) participants.push({ key, role });
  };
  const actor = modifierActor(a, i);
  if (actor) add([actor], 'actor');
  add(targets, info.objectRole);
  return eventAt(a, i, info, participants, placeIn(objectsAfter(a, end))?.key ?? null);
}

/** The place an event is in: the first place, capital or state named after a locative preposition. */
function placeIn(after: ReturnType<typeof objectsAfter>): FoundMention | undefined {
  return after.locations.find((m) => m.type === 'Place' || m.kind === 'capital' || m.type === 'State');
}

/** An event of a type told at token `i` of the sentence, undated. */
function eventAt(
  a: SentenceAnalysis,
  i: number,
  info: EventTypeInfo,
  participants: { key: string; role: string }[],
  place: string | null,
): LocalEvent & { at: number } {
  return {
    type: info.type,
    category: info.category,
    plover: info.plover,
    cameo: info.cameo,
    date: null,
    datePrecision: null,
    participants,
    place,
    evidence: [{ sentence: a.sentence.index }],
    at: i,
  };
}

/** Who acts and who is acted on around the trigger at [i, end). */
function triggerParticipants(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  i: number,
  end: number,
  trigger: TriggerInfo,
  info: EventTypeInfo,
  knowledge: Knowledge,
): { key: string; role: string }[] {
  const passive = ((trigger.isVerb || trigger.verbal === true) && isPassive(a, end - 1)) || amongThose(a, i);
  const organs = knowledge.lexicon.references.stateOrgans;
  let subjects = verbSubject(a, previous, i, organs, trigger.isVerb || a.pos[i] === 'VERB');
  if (subjects.length > 0 && !trigger.verbal && !nounSubjectAllowed(a, subjects, i, knowledge)) subjects = [];
  // "He says her sentence ...": a possessive pronoun before a noun trigger is its owner, not the sentence's subject.
  const owner = !trigger.isVerb && !trigger.verbal ? possessivePronounBefore(a, i) : undefined;
  if (subjects.length === 0 && owner === undefined) subjects = fallbackSubject(a, previous, i);
  // "Delta Refining fined ...": a name read as a place right before a verb is its subject all the same.
  if (subjects.length === 0 && (trigger.isVerb || trigger.verbal)) subjects = placeSubject(a, i);
  // A possessor right before a noun trigger: "Putin's visit" (he acts), "Navalny's arrest" (he is arrested);
  // so is the subject of "X has been under house arrest".
  let subjectRole = 'actor';
  // "His trial opens ...": the pronoun opening the sentence owns the noun; it points at the previous subject.
  if (subjects.length === 0 && owner === 0 && previous) {
    subjects = pronounOwner(a.tokens[0]!.norm, previous);
    subjectRole = info.possessor;
  }
  // "an Israeli airstrike", "U.S. sanctions", "the Russian missile strike": the party that qualifies the noun acts.
  const modifier = !trigger.isVerb && !trigger.verbal ? modifierActor(a, i) : undefined;
  if (modifier) {
    subjects = [modifier];
    subjectRole = 'actor';
  } else if (!trigger.isVerb && subjects.length === 0) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const m = a.mentions[a.mentionAt[k]!];
      if (m) {
        if (a.tokens[m.last - 1]!.possessive) {
          subjects = [m];
          subjectRole = info.possessor;
        }
        break;
      }
    }
  } else if (!trigger.isVerb && info.possessor !== 'actor' && undergoes(a, subjects, i)) subjectRole = info.possessor;
  if (!trigger.isVerb && subjects.length === 0) {
    const main = mainClauseSubject(a, i);
    if (main) subjects = [main];
  }
  const after = objectsAfter(a, end);
  // "killed in an Israeli airstrike": the party whose attack did it acts.
  if (passive && after.agents.length === 0) {
    const attacker = after.objects.find((m) => attackNounAt(a, m.last, knowledge));
    if (attacker) {
      after.agents.push(attacker);
      after.objects = after.objects.filter((m) => m !== attacker);
    }
  }
  const participants: { key: string; role: string }[] = [];
  const add = (list: FoundMention[], role: string): void => {
    for (const key of list.flatMap(mentionKeys))
      if (!participants.some((p) => p.key === key)) participants.push({ key, role });
  };
  if (passive) {
    add(after.agents, 'actor');
    add(subjects, info.objectRole);
    // "Among those detained was X": X is acted on.
    if (amongThose(a, i)) add(after.objects, info.objectRole);
  } else {
    add(subjects, subjectRole === 'actor' ? 'actor' : info.objectRole);
    add(after.agents, 'actor');
  }
  // In meetings and agreements everyone named takes part on an equal footing.
  const objectRole =
    info.objectRole === 'participant' ? 'actor' : info.objectRole === 'location' ? 'recipient' : info.objectRole;
  add(after.objects, objectRole);
  // "fired rockets into Israel": the state an attack goes into is its target.
  if (info.relation === 'ATTACKS') add(after.directed, 'target');
  return participants;
}

/** The entities a mention stands for: one, or two for "the two countries". */
function mentionKeys(m: FoundMention): string[] {
  return eachParty(m).map((x) => x.key);
}

/**
 * A name typed as a place that is the subject of the verb at `i` (over auxiliaries and adverbs, not after a
 * preposition): a place does not act, so the name is more likely a company or body the gazetteer does not know.
 */
function placeSubject(a: SentenceAnalysis, i: number): FoundMention[] {
  let k = i - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(a.pos[k] ?? 'X')) k--;
  const m = a.mentions[a.mentionAt[k] ?? -1];
  if (!m || m.type !== 'Place' || m.kind !== 'name' || m.dateline || m.last !== k + 1) return [];
  const before = a.tokens[m.first - 1];
  return before && (a.pos[m.first - 1] === 'ADP' || a.tokens[m.first - 1]!.possessive || before.cap) ? [] : [m];
}

/** The index of a possessive pronoun right before a noun trigger, over lower-case modifiers ("her life sentence"). */
function possessivePronounBefore(a: SentenceAnalysis, i: number): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (POSSESSIVE_PRONOUNS.has(a.tokens[k]!.norm)) return k;
    if (a.mentionAt[k]! >= 0 || a.tokens[k]!.cap || !['ADJ', 'NOUN', 'NUM'].includes(a.pos[k] ?? 'X')) return undefined;
  }
  return undefined;
}

/** A possessor right before a noun trigger, over lower-case modifiers: a pronoun or a name ("X's arrest"). */
function possessorBefore(a: SentenceAnalysis, i: number): boolean {
  if (possessivePronounBefore(a, i) !== undefined) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const m = a.mentions[a.mentionAt[k]!];
    if (m) return a.tokens[m.last - 1]!.possessive;
    if (a.tokens[k]!.cap || !['ADJ', 'NOUN', 'NUM'].includes(a.pos[k] ?? 'X')) return false;
  }
  return false;
}

/** What a possessive pronoun opening a sentence points at: the previous sentence's subject, if it fits. */
function pronounOwner(pronoun: string, previous: SentenceAnalysis): FoundMention[] {
  const subject = initialSubject(previous).filter((m) => !previous.tokens[m.first]!.quoted);
  const personal = pronoun === 'his' || pronoun === 'her';
  if (pronoun !== 'their' && subject.length !== 1) return [];
  return subject.every((m) => pronoun === 'their' || (m.type === 'Person') === personal) ? subject : [];
}

/** A noun trigger that is the subject of a verb of its type's `subjectVerbs` ("the hack hit X"). */
function impactVerbAfter(a: SentenceAnalysis, end: number, info: EventTypeInfo): boolean {
  const verb = info.subjectVerbs ? predicateAfter(a, end) : undefined;
  return verb !== undefined && info.subjectVerbs!.has(a.tokens[verb]!.norm);
}

/** The finite verb a noun phrase ending at `end` is the subject of: a verb soon after it, not a participle ("the
 * strike carried out by X") nor a verb past a comma or a relative word. */
function predicateAfter(a: SentenceAnalysis, end: number): number | undefined {
  for (let k = end; k < Math.min(a.tokens.length, end + 8); k++) {
    if (k > end && /[,;:—–]/.test(a.sentence.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start))) return undefined;
    if (['that', 'which', 'who', 'where', 'when'].includes(a.tokens[k]!.norm)) return undefined;
    if (a.pos[k] === 'AUX') return k;
    if (a.pos[k] === 'VERB') return a.tokens[k + 1]?.norm === 'by' || /ing$/.test(a.tokens[k]!.norm) ? undefined : k;
  }
  return undefined;
}

/** The party right before a noun trigger, over lower-case modifiers ("Israeli air strike"), not a possessor. */
function modifierActor(a: SentenceAnalysis, i: number): FoundMention | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const m = a.mentions[a.mentionAt[k]!];
    if (m) {
      const party = m.type === 'State' || m.type === 'Organisation' || (m.type === 'Person' && m.kind !== 'reference');
      return party && !a.tokens[m.last - 1]!.possessive && m.last === k + 1 ? m : undefined;
    }
    const t = a.tokens[k]!;
    if (t.cap || !['ADJ', 'NOUN'].includes(a.pos[k] ?? 'X')) return undefined;
  }
  return undefined;
}

/** A noun for an attack at token k, or after a lower-case modifier ("airstrike", "missile strike"). */
function attackNounAt(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  for (let j = k; j < Math.min(a.tokens.length, k + 2); j++) {
    const trigger = matchPhrase(knowledge.triggers, a.tokens, j);
    if (trigger && !trigger.value.isVerb && knowledge.eventTypes.get(trigger.value.eventType)?.relation === 'ATTACKS')
      return true;
    if (a.tokens[j]!.cap) return false;
  }
  return false;
}

/**
 * A reporting frame and what is said are one event: the statement's own act if it is one ("accused", "warned",
 * "urged"), else the action it reports when the speaker did it or it is no wrongdoing ("the army says it attacked",
 * "X said talks would start"), else a plain statement. A statement is recorded only when it does something: it is
 * an act, it reports such an action, it is told to someone ("told Reuters"), or it is the speaker's first in the
 * article. A wrongdoing said of another party is left to the allegation stage.
 */
function statement(
  a: SentenceAnalysis,
  report: Report,
  candidates: Candidate[],
  knowledge: Knowledge,
  spoken: Set<string>,
): { event?: LocalEvent & { at: number }; inside: Candidate[] } {
  const speakers = report.speakers.flatMap(mentionKeys);
  const owners = new Set([...speakers, ...report.speakers.map((m) => m.partOfKey).filter((k): k is string => !!k)]);
  // A weapon's attack that names no one who acts is reported, not done, by the speaker ("a drone hit X, the navy said").
  const within = (c: Candidate): boolean =>
    (!(c.weapon === true && c.actors.length === 0) && c.at >= report.from && c.at < report.to) ||
    (c.at <= report.verb && c.end > report.verb);
  // "..., officials said": what an unnamed source reports stands as reported, unless it is hedged ("may have").
  if (speakers.length === 0) {
    const hedged = findPhrase(knowledge.reports.hedges, a.tokens, report.from, report.to) !== undefined;
    return { inside: hedged ? candidates.filter(within) : [] };
  }
  const inside = candidates.filter(within);
  // "X has repeatedly said ...": a habit of speech, no statement of the day.
  if (report.verb >= 0 && habitual(a, report.verb)) return { inside };
  const act = inside.find((c) => c.at <= report.verb && c.end > report.verb);
  const reported = inside.filter((c) => c !== act);
  const own = reported.filter(
    (c) => c.actors.length === 0 || c.actors.every((k) => owners.has(k)) || !c.info.wrongdoing,
  );
  const named = speakers.length > 0;
  // An outlet reports the news: its own words are no statement of note ("a Reuters reporter said").
  const outlets = report.speakers.every((m) => knowledge.entries.get(m.key)?.kind === 'media');
  // A speaker's later words count too when the sentence reports them, not when it quotes them ('"...," X said'), and
  // names the speaker, not "he" or "the group".
  const again = speakers.some((k) => spoken.has(k));
  const reportedByName =
    a.tokens[0]?.quoted !== true &&
    report.speakers.every((m) => a.mentions.includes(m) && !['reference', 'role', 'demonym'].includes(m.kind));
  // What is said may be hedged ("X said the talks may resume"): saying it is a statement all the same.
  // Nor does a commentator's ("analyst X says ..."): an analyst's view is no act of the day.
  const commentators = report.speakers.every(
    (m) => m.title?.info.role && knowledge.reports.commentators.has(m.title.info.role.toLowerCase()),
  );
  // Nor a private person's, named with an age ("Jane Doe, 64, said"): a witness's account, no act of the day.
  const aged = report.speakers.every((m) => /^,\s*\d{1,3}\s*,/.test(a.sentence.text.slice(m.end)));
  const counted = named && !outlets && !commentators && !aged && (!again || reportedByName);
  const worthy = act !== undefined || own.length > 0 || (named && (report.recipients.length > 0 || counted));
  for (const k of speakers) spoken.add(k);
  if (!worthy) return { inside };
  const lead = act ?? own[0];
  // Saying another party did wrong is an accusation ("Kenya said al-Shabaab fighters had massacred civilians").
  const accuses = reported.some((c) => !own.includes(c));
  const info = lead?.info ?? knowledge.eventTypes.get(accuses ? 'accusation' : 'statement')!;
  const participants: { key: string; role: string }[] = [];
  const add = (key: string, role: string): void => {
    if (!participants.some((p) => p.key === key)) participants.push({ key, role });
  };
  for (const k of speakers) add(k, 'actor');
  for (const m of report.recipients) add(m.key, 'recipient');
  for (const c of [...(lead ? [lead] : []), ...reported])
    for (const p of c.event.participants)
      add(p.key, named && p.role === 'actor' && c !== lead ? info.objectRole : p.role);
  if (participants.length === 0) return { inside };
  const event = eventAt(a, lead?.at ?? Math.max(0, report.verb), info, participants, lead?.event.place ?? null);
  return { event, inside };
}

/**
 * A later mention of an event the article has already reported ("X arrived in Y ... When X arrived in Y, ...") joins
 * the first: same type, same participants, and no date that differs; so does a noun that names it again with no one
 * new ("the arrest", "his detention"). Its sentence becomes more evidence.
 */
export function joinRepeatedEvents(events: LocalEvent[]): LocalEvent[] {
  const joined: LocalEvent[] = [];
  const signature = (e: LocalEvent): string =>
    `${e.type} ${e.participants
      .map((p) => p.key)
      .sort()
      .join(' ')}`;
  for (const event of events) {
    if (anotherOfKind.has(event)) {
      joined.push(event);
      continue;
    }
    // The state an act of law enforcement is given to when no one is named acting adds no one new.
    const known = (e: LocalEvent, p: { key: string; role: string }): boolean =>
      e.participants.some((q) => q.key === p.key) || (p.role === 'actor' && p.key.startsWith('state:'));
    // A definite noun naming it again: no actor who is new, and someone it already had ("his detention drew ...").
    const repeats = (e: LocalEvent): boolean =>
      signature(e) === signature(event) ||
      (e.type === event.type &&
        namedAgain.has(event) &&
        event.participants.every((p) => p.role !== 'actor' || known(e, p)) &&
        event.participants.some((p) => e.participants.some((q) => q.key === p.key)));
    const first = joined.find((e) => repeats(e) && (e.date === null || event.date === null || e.date === event.date));
    if (!first) {
      joined.push(event);
      continue;
    }
    first.evidence.push(...event.evidence);
    first.date ??= event.date;
    first.datePrecision ??= event.datePrecision;
    first.place ??= event.place;
  }
  return joined;
}

/** Relations by which a party acts for another: a spokesman or official for a body, a ministry for its state. */
const ACTS_FOR = new Set(['SPOKESPERSON_OF', 'OFFICIAL_OF', 'LEADER_OF', 'MEMBER_OF', 'PART_OF', 'LAWYER_OF']);

/**
 * Those a participant acts for take part too: the body a spokesman or official speaks for, the state of a ministry,
 * the client of a lawyer ("the foreign ministry's spokesman said" is the ministry's and the state's statement).
 * One step from the named participants, from the relations the article states.
 */
export function addAffiliations(events: LocalEvent[], relations: LocalRelation[]): void {
  const actsFor = new Map<string, { key: string; client: boolean }[]>();
  for (const r of relations) {
    if (!ACTS_FOR.has(r.type) || r.source === r.target) continue;
    const list = actsFor.get(r.source) ?? [];
    list.push({ key: r.target, client: r.type === 'LAWYER_OF' });
    actsFor.set(r.source, list);
  }
  for (const event of events) {
    for (const p of [...event.participants]) {
      for (const party of actsFor.get(p.key) ?? []) {
        if (!event.participants.some((q) => q.key === party.key))
          event.participants.push({ key: party.key, role: party.client ? 'client' : p.role });
      }
    }
  }
}

/** Candidates that share a participant are one event (the first one's type); the rest stay apart. */
function merged(candidates: Candidate[], statements: LocalEvent[]): (LocalEvent & { at?: number })[] {
  const events: (LocalEvent & { at?: number })[] = [];
  for (const c of candidates) {
    // A statement of the sentence takes in an event that shares a participant with it.
    const told = statements.find((e) => e.participants.some((p) => c.event.participants.some((q) => q.key === p.key)));
    if (told) {
      for (const p of c.event.participants)
        if (!told.participants.some((q) => q.key === p.key)) told.participants.push(p);
      continue;
    }
    const keys = new Set(c.event.participants.map((p) => p.key));
    const same = events.find((e) => e.participants.some((p) => keys.has(p.key)));
    if (!same) {
      events.push(c.event);
      continue;
    }
    for (const p of c.event.participants)
      if (!same.participants.some((q) => q.key === p.key)) same.participants.push(p);
    same.place ??= c.event.place;
  }
  return events;
}

function nearestDate(dates: ReturnType<typeof findDates>, at: number) {
  let best: (typeof dates)[number] | undefined;
  let distance = Infinity;
  for (const d of dates) {
    const gap = d.start > at ? d.start - at : at - d.end;
    if (gap < distance) {
      distance = gap;
      best = d;
    }
  }
  return best;
}
