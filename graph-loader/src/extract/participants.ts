/*
 * Who does what in a sentence, from the positions of mentions around a trigger word: the subject
 * group before it ("Washington and Seoul have accused ..."), the objects after it, the agent after
 * "by", pronoun subjects resolved to the previous sentence's subject. Every scan is bounded.
 */
import type { FoundMention, SentenceAnalysis } from './mentions.ts';

const MAX_GAP_BEFORE = 7;
const MAX_AFTER = 14;
const CONNECTORS = new Set(['and', 'or', 'the', 'both', 'as', 'well', '&']);
const PREPOSITIONS = new Set([
  'between', 'of', 'with', 'against', 'to', 'from', 'in', 'on', 'by', 'for', 'among', 'toward', 'towards', 'at',
  'near', 'into', 'about', 'over', 'under', 'amid', 'amidst', 'despite', 'after', 'before', 'during', 'since',
]);
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'into', 'against', 'on']);
const CLAUSE_OPENERS = new Set(['while', 'which', 'who', 'whose', 'but', 'although', 'though', 'whereas', 'as', 'when']);
const PRONOUNS: Record<string, 'Person' | 'Group'> = { he: 'Person', she: 'Person', it: 'Group', they: 'Group' };

/** Can this mention take part in an event or allegation? (People, states, organisations; demonyms for agents.) */
export function isActorMention(m: FoundMention, includeDemonyms = false): boolean {
  if (m.type === 'Place') return false;
  if (m.qualifiesTitle) return false;
  if (m.kind === 'demonym') return includeDemonyms || m.actorRef === true;
  return true;
}

/**
 * The coordinated mentions just before token `at` ("The United States, South Korea, and Japan have condemned").
 * A group inside a prepositional phrase ("between Russia and North Korea, the United States warned")
 * is cut back to the part after its last comma.
 */
export function subjectGroup(a: SentenceAnalysis, at: number, includeDemonyms = false): FoundMention[] {
  const { tokens, mentions, mentionAt, titleAt } = a;
  const group: { m: FoundMention; afterComma: boolean }[] = [];
  let gap = 0;
  let commaSeen = false;
  let k = at - 1;
  let startIndex = at;
  while (k >= 0) {
    const index = mentionAt[k]!;
    const m = index >= 0 ? mentions[index] : undefined;
    // Punctuation between this token (or mention) and what follows it.
    const gapText = a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
    if (gapText.includes(',') && k < at - 1) commaSeen = true;
    if (m && m.kind === 'role' && isActorMention(m)) {
      if (!group.some((g) => g.m === m)) group.push({ m, afterComma: commaSeen });
      k = m.first - 1;
      startIndex = m.first;
      gap = 0;
      continue;
    }
    if (m) {
      if (isActorMention(m, includeDemonyms) && !group.some((g) => g.m.key === m.key)) group.push({ m, afterComma: commaSeen });
      k = m.first - 1;
      startIndex = m.first;
      gap = 0;
      continue;
    }
    if (titleAt[k]) {
      k--;
      continue;
    }
    const between = gapText;
    if (group.length > 0) {
      if (!CONNECTORS.has(tokens[k]!.norm)) break;
    } else if (++gap > MAX_GAP_BEFORE || /[;:"“”]/.test(between)) {
      break;
    }
    k--;
  }
  if (group.length === 0) return [];
  let startToken = startIndex - 1;
  while (startToken >= 0 && tokens[startToken]!.norm === 'the') startToken--;
  if (startToken >= 0 && PREPOSITIONS.has(tokens[startToken]!.norm)) {
    // Inside a prepositional phrase: keep what follows its last comma (nearest the trigger).
    const near = group.filter((g) => !g.afterComma);
    return near.length < group.length ? near.map((g) => g.m) : [];
  }
  return group.map((g) => g.m).reverse();
}

export interface Objects {
  objects: FoundMention[];
  /** Named after "by" ("a visit ... by the Russian Defense Minister"). */
  agents: FoundMention[];
  /** Named after a locative preposition ("in Ukraine"). */
  locations: FoundMention[];
}

/** Mentions after token `from` in the same clause, split by the preposition before them. */
export function objectsAfter(a: SentenceAnalysis, from: number, includeDemonyms = false, limit = MAX_AFTER): Objects {
  const { tokens, mentions, mentionAt } = a;
  const result: Objects = { objects: [], agents: [], locations: [] };
  const seen = new Set<string>();
  let preposition = '';
  for (let k = from; k < Math.min(tokens.length, from + limit); k++) {
    const between = k > 0 ? a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '';
    if (k > from && /[;]|—|–/.test(between)) break;
    if (k > from && between.includes(',') && CLAUSE_OPENERS.has(tokens[k]!.norm)) break;
    const index = mentionAt[k]!;
    if (index < 0) {
      if (PREPOSITIONS.has(tokens[k]!.norm)) preposition = tokens[k]!.norm;
      continue;
    }
    const m = mentions[index]!;
    k = m.last - 1;
    if (seen.has(m.key)) continue;
    if (m.type === 'Place' || (LOCATIVE.has(preposition) && m.kind !== 'demonym')) {
      seen.add(m.key);
      result.locations.push(m);
      continue;
    }
    if (!isActorMention(m, includeDemonyms)) continue;
    seen.add(m.key);
    if (preposition === 'by') result.agents.push(m);
    else result.objects.push(m);
  }
  return result;
}

/** "He ...", "It ...": the pronoun at the start of the sentence, if any. */
export function leadingPronoun(a: SentenceAnalysis): 'Person' | 'Group' | undefined {
  const first = a.tokens[0];
  return first ? PRONOUNS[first.norm] : undefined;
}

/** The subject of a sentence: the first actor mention, if it comes before the first verb-ish gap. */
export function sentenceSubject(a: SentenceAnalysis): FoundMention | undefined {
  for (const m of a.mentions) {
    if (isActorMention(m)) return m;
  }
  return undefined;
}

/**
 * The subject when none stands right before the trigger: a pronoun opening the sentence refers to the
 * previous sentence's subject ("He pledged ..."); a participle clause (", blaming ...") to the
 * mention that opens the sentence.
 */
export function fallbackSubject(a: SentenceAnalysis, previous: SentenceAnalysis | undefined, at: number): FoundMention[] {
  const pronoun = leadingPronoun(a);
  if (pronoun && previous && at < 10) {
    const antecedent = sentenceSubject(previous);
    if (antecedent && (pronoun === 'Person') === (antecedent.type === 'Person')) return [antecedent];
    return [];
  }
  const opening = a.mentions.find((m) => isActorMention(m));
  if (opening && opening.first <= 1 && opening.last < at && /ing$/.test(a.tokens[at]!.norm)) return [opening];
  return [];
}

/**
 * The subject of the main clause after a fronted phrase: "In a message to Kim, Putin said ..." —
 * the first actor named after the first comma that follows `at`.
 */
export function mainClauseSubject(a: SentenceAnalysis, at: number): FoundMention | undefined {
  if (!PREPOSITIONS.has(a.tokens[0]?.norm ?? '')) return undefined;
  const text = a.sentence.text;
  const comma = text.indexOf(',', a.tokens[at]!.end);
  if (comma < 0) return undefined;
  return a.mentions.find((m) => m.start > comma && isActorMention(m) && m.start - comma < 40);
}

/** True when the trigger at `at` is a passive verb ("has been accused", "was condemned"). */
export function isPassive(a: SentenceAnalysis, at: number): boolean {
  const t = a.tokens[at];
  if (!t || !/(ed|en)$/.test(t.norm)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = a.tokens[k]!.norm;
    if (['been', 'was', 'were', 'is', 'are', 'be', 'being'].includes(w)) return true;
    if (!/ly$/.test(w)) return false;
  }
  return false;
}
