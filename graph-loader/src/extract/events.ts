/*
 * Events: a trigger word from the taxonomy (data/gazetteer/events.yaml) with the mentions around it
 * as participants (the subject group acts; objects receive or are targeted), the date nearest the
 * trigger (chrono-node, against the publication date) and a place. At most one event per type and
 * sentence. Triggers inside quotations, after "to" or after a modal ("could strike") are skipped.
 */
import type { Knowledge } from './knowledge.ts';
import type { FoundMention, SentenceAnalysis } from './mentions.ts';
import type { LocalAllegation, LocalEvent } from './types.ts';
import { matchPhrase } from './tokenize.ts';
import { findDates } from './dates.ts';
import {
  coordinatedSubject,
  fallbackSubject,
  isPassive,
  mainClauseSubject,
  objectsAfter,
  subjectGroup,
} from './participants.ts';

const SKIP_BEFORE_VERB = new Set(['to', 'would', 'could', 'might', 'may', 'should', 'must', 'not', 'never', 'if']);
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
    const dated = next !== undefined && (DATE_WORD.test(next.norm) || /^\p{N}/u.test(next.text));
    if (
      GAP_PREPOSITIONS.has(t.norm) &&
      !dated &&
      k + 1 !== at &&
      !(k > from && knowledge.lexicon.speechVerbs.has(a.tokens[k - 1]!.norm))
    )
      return false;
  }
  return true;
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

/** Events stated in one sentence. `previous` is the sentence before (for "He ...", "It ..."). */
export function findEvents(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  publishedAt: string | null,
  knowledge: Knowledge,
): LocalEvent[] {
  if (a.mentions.length === 0) return [];
  const events: LocalEvent[] = [];
  const types = new Set<string>();
  let dates: ReturnType<typeof findDates> | undefined;
  for (let i = 0; i < a.tokens.length; i++) {
    if (a.mentionAt[i]! >= 0) continue;
    const match = matchPhrase(knowledge.triggers, a.tokens, i);
    if (!match) continue;
    const trigger = match.value;
    const token = a.tokens[i]!;
    const end = i + match.length;
    if (token.quoted || types.has(trigger.eventType)) {
      i = end - 1;
      continue;
    }
    // "threatened to strike", "could strike" are not events; "are due to meet" is a planned one.
    const before = a.tokens[i - 1]?.norm ?? '';
    const planned = before === 'to' && knowledge.lexicon.plannedBefore.has(a.tokens[i - 2]?.norm ?? '');
    if (trigger.isVerb && SKIP_BEFORE_VERB.has(before) && !planned) continue;
    // "artillery shells", "the attacks", "1.6 million shells": a verb form used as a noun.
    const numberBefore =
      i > 0 &&
      /^\p{N}/u.test(a.tokens[i - 1]!.text) &&
      /^\s+$/.test(a.sentence.text.slice(a.tokens[i - 1]!.end, token.start));
    if (trigger.isVerb && (NOUN_BEFORE.has(before) || numberBefore)) continue;
    if (!trigger.isVerb && afterInfinitive(a, i) && !planned) continue;
    // "evade sanctions", "lift sanctions": the trigger names no event of its type.
    if (
      trigger.notAfter &&
      (trigger.notAfter.has(before) || (DETERMINERS.has(before) && trigger.notAfter.has(a.tokens[i - 2]?.norm ?? '')))
    )
      continue;
    const info = knowledge.eventTypes.get(trigger.eventType)!;
    const passive = trigger.isVerb && isPassive(a, end - 1);
    let subjects = coordinatedSubject(a, previous, i) ?? subjectGroup(a, i);
    if (!trigger.verbal && inApposition(a, i)) continue;
    if (subjects.length > 0 && !trigger.verbal && !nounSubjectAllowed(a, subjects, i, knowledge)) subjects = [];
    if (subjects.length === 0) subjects = fallbackSubject(a, previous, i);
    // A possessor right before a noun trigger acts: "Putin's visit", "Kim's congratulatory message".
    if (!trigger.isVerb && subjects.length === 0) {
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const m = a.mentions[a.mentionAt[k]!];
        if (m) {
          if (a.tokens[m.last - 1]!.possessive) subjects = [m];
          break;
        }
      }
    }
    if (!trigger.isVerb && subjects.length === 0) {
      const main = mainClauseSubject(a, i);
      if (main) subjects = [main];
    }
    const after = objectsAfter(a, end);
    const participants: { key: string; role: string }[] = [];
    const add = (list: FoundMention[], role: string): void => {
      for (const m of list) if (!participants.some((p) => p.key === m.key)) participants.push({ key: m.key, role });
    };
    if (passive) {
      add(after.agents, 'actor');
      add(subjects, info.objectRole);
    } else {
      add(subjects, 'actor');
      add(after.agents, 'actor');
    }
    // In meetings and agreements everyone named takes part on an equal footing.
    const objectRole =
      info.objectRole === 'participant' ? 'actor' : info.objectRole === 'location' ? 'recipient' : info.objectRole;
    add(after.objects, objectRole);
    // An event needs someone who acts.
    if (!participants.some((p) => p.role === 'actor')) continue;
    types.add(trigger.eventType);
    dates ??= findDates(a.sentence.text, publishedAt);
    const nearest = nearestDate(dates, token.start);
    const visited =
      info.type === 'visit' ? after.objects.find((m) => m.type === 'State' || m.type === 'Place') : undefined;
    const place =
      visited ?? after.locations.find((m) => m.type === 'Place' || m.kind === 'capital' || m.type === 'State');
    events.push({
      type: info.type,
      category: info.category,
      plover: info.plover,
      cameo: info.cameo,
      date: nearest?.date ?? null,
      datePrecision: nearest?.precision ?? null,
      participants,
      place: place?.key ?? null,
      evidence: [{ sentence: a.sentence.index }],
    });
    i = end - 1;
  }
  return events;
}

/**
 * Accusation and denial events for the statements the allegation stage found where no trigger gave one
 * ("The army said the RSF had shelled the camp": an accusation by the army against the RSF).
 */
export function statementEvents(
  analyses: SentenceAnalysis[],
  allegations: LocalAllegation[],
  events: LocalEvent[],
  publishedAt: string | null,
  knowledge: Knowledge,
): LocalEvent[] {
  const added: LocalEvent[] = [];
  for (const allegation of allegations) {
    for (const evidence of allegation.evidence) {
      const type = evidence.stance === 'alleges' ? 'accusation' : evidence.stance === 'denies' ? 'denial' : undefined;
      const by = evidence.by ?? [];
      if (!type || by.length === 0 || (type === 'accusation' && !evidence.stated)) continue;
      const known = [...events, ...added].some(
        (e) => e.type === type && e.evidence.some((x) => x.sentence === evidence.sentence),
      );
      const info = knowledge.eventTypes.get(type);
      const a = analyses.find((x) => x.sentence.index === evidence.sentence);
      if (known || !info || !a) continue;
      const others = type === 'accusation' ? allegation.accused.filter((k) => !by.includes(k)) : [];
      const date = findDates(a.sentence.text, publishedAt)[0];
      added.push({
        type,
        category: info.category,
        plover: info.plover,
        cameo: info.cameo,
        date: date?.date ?? null,
        datePrecision: date?.precision ?? null,
        participants: [
          ...by.map((key) => ({ key, role: 'actor' })),
          ...others.map((key) => ({ key, role: info.objectRole })),
        ],
        place: null,
        evidence: [{ sentence: evidence.sentence }],
      });
    }
  }
  return added;
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
