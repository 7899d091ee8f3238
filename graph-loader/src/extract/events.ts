/*
 * Events: a trigger word from the taxonomy (data/gazetteer/events.yaml) with the mentions around it
 * as participants (the subject group acts; objects receive or are targeted), the date nearest the
 * trigger (chrono-node, against the publication date) and a place. At most one event per type and
 * sentence. Triggers inside quotations, after "to" or after a modal ("could strike") are skipped.
 */
import type { Knowledge } from './knowledge.ts';
import type { FoundMention, SentenceAnalysis } from './mentions.ts';
import type { LocalEvent } from './types.ts';
import { matchPhrase } from './tokenize.ts';
import { findDates } from './dates.ts';
import { fallbackSubject, isPassive, mainClauseSubject, objectsAfter, subjectGroup } from './participants.ts';

const SKIP_BEFORE_VERB = new Set(['to', 'would', 'could', 'might', 'may', 'should', 'must', 'not', 'never', 'if']);

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
    if (trigger.isVerb && i > 0 && SKIP_BEFORE_VERB.has(a.tokens[i - 1]!.norm)) continue;
    const info = knowledge.eventTypes.get(trigger.eventType)!;
    const passive = trigger.isVerb && isPassive(a, end - 1);
    let subjects = subjectGroup(a, i);
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
    const objectRole = info.objectRole === 'participant' ? 'actor' : info.objectRole === 'location' ? 'recipient' : info.objectRole;
    add(after.objects, objectRole);
    // An event needs someone who acts.
    if (!participants.some((p) => p.role === 'actor')) continue;
    types.add(trigger.eventType);
    dates ??= findDates(a.sentence.text, publishedAt);
    const nearest = nearestDate(dates, token.start);
    const visited = info.type === 'visit' ? after.objects.find((m) => m.type === 'State' || m.type === 'Place') : undefined;
    const place = visited ?? after.locations.find((m) => m.type === 'Place' || m.kind === 'capital' || m.type === 'State');
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
