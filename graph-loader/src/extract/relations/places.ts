/*
 * Where places and bodies are:
 * - "the Syrian village of X", "the Lebanese border town of X": in the state of the demonym;
 * - "X, in Y" and "X in central Y" (a place in a place); "Y's X district": in Y;
 * - a dateline "MOMBASA, KENYA —": the town in the state;
 * - a place the article introduces with a place noun ("the northern town of X", "the X region", "states - X, Y
 *   and Z") and places nowhere else: in the state the article is about;
 * - "the X Court in Y", "the X Embassy in Y", "Y, where X is headquartered", "X rebels from Y": a body based there.
 */
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { matchPhrase } from '../tokenize.ts';
import type { RelationContext } from './context.ts';

const BASED_WORDS = new Set(['headquartered', 'based']);

/** The place and seat relations of one sentence; `placed` collects the places given a container. */
export function placeRelations(ctx: RelationContext, a: SentenceAnalysis, placed: Set<string>): void {
  const { tokens, mentions, mentionAt } = a;
  const add = (source: FoundMention, target: FoundMention, type: 'LOCATED_IN' | 'BASED_IN' | 'PART_OF'): void => {
    if (source.key === target.key) return;
    ctx.add(type, source.key, target.key, a.sentence.index);
    placed.add(source.key);
  };
  for (const m of mentions) {
    if (m.kind === 'reference') continue;
    if (m.type === 'Place') {
      const demonym = demonymBefore(a, m);
      if (demonym) add(m, demonym, 'LOCATED_IN');
      const container = placeAfter(ctx, a, m);
      if (container) add(m, container, 'LOCATED_IN');
      // "Kayes's Nioro district".
      const owner = mentions[mentionAt[m.first - 1] ?? -1];
      if (owner?.type === 'Place' && tokens[owner.last - 1]!.possessive && owner.last === m.first)
        add(m, owner, 'PART_OF');
    }
    if (m.type === 'Organisation') {
      // "The Peruvian Embassy in Madrid", "the X Court in Y", "X rebels from Y".
      let k = m.last;
      if (tokens[k] && !tokens[k]!.cap && a.pos[k] === 'NOUN' && tokens[k + 1]?.norm === 'from') k++;
      if (['in', 'from'].includes(tokens[k]?.norm ?? '')) {
        const seat = nextPlace(ctx, a, k + 1);
        if (seat) add(m, seat, 'BASED_IN');
      }
    }
  }
  // "Geneva, where the group is headquartered".
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.norm !== 'where') continue;
    const place = mentions[mentionAt[k - 1]!];
    const org = mentions.find((m) => m.first > k && m.first <= k + 2 && m.type === 'Organisation');
    if (place?.type === 'Place' && org && tokens.slice(org.last, org.last + 3).some((t) => BASED_WORDS.has(t.norm)))
      add(org, place, 'BASED_IN');
  }
  dateline(a, add);
}

/** "the Syrian village of X", "the southern Lebanese border village of X": the demonym's state. */
function demonymBefore(a: SentenceAnalysis, m: FoundMention): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  if (tokens[m.first - 1]?.norm !== 'of') return undefined;
  for (let k = m.first - 2; k >= Math.max(0, m.first - 6); k--) {
    const other = mentions[mentionAt[k]!];
    if (other) return other.type === 'State' && other.kind === 'demonym' ? other : undefined;
    if (tokens[k]!.cap) return undefined;
  }
  return undefined;
}

/** "X, in Y," or "X in central Y": the place (or state) named after "in". */
function placeAfter(ctx: RelationContext, a: SentenceAnalysis, m: FoundMention): FoundMention | undefined {
  const k = m.last;
  if (a.tokens[k]?.norm !== 'in') return undefined;
  const other = nextPlace(ctx, a, k + 1);
  return other && other.key !== m.key ? other : undefined;
}

/** The place or state at token k, over a locative modifier ("central", "the"). */
function nextPlace(ctx: RelationContext, a: SentenceAnalysis, k: number): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  const modifiers = ctx.knowledge.lexicon.locativeModifiers;
  while (k < tokens.length && !tokens[k]!.cap && modifiers.has(tokens[k]!.norm)) k++;
  const m = mentions[mentionAt[k] ?? -1];
  return m && (m.type === 'Place' || m.type === 'State') && m.kind !== 'demonym' && m.kind !== 'reference'
    ? m
    : undefined;
}

function dateline(
  a: SentenceAnalysis,
  add: (source: FoundMention, target: FoundMention, type: 'LOCATED_IN') => void,
): void {
  const lined = a.mentions.filter((m) => m.dateline);
  const place = lined.find((m) => m.type === 'Place');
  const state = lined.find((m) => m.type === 'State');
  if (place && state) add(place, state, 'LOCATED_IN');
}

/**
 * Places the article introduces with a place noun ("the northern town of X", "the X region", "four northern states
 * - X, Y and Z") that no sentence places elsewhere: part of the state the article is about.
 */
export function placesOfMainState(ctx: RelationContext, placed: Set<string>): void {
  if (!ctx.mainState) return;
  const done = new Set(placed);
  for (const a of ctx.analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Place' || m.kind === 'reference' || done.has(m.key) || !m.key.startsWith('place:')) continue;
      if (ctx.knowledge.entries.has(m.key) || !placeNoun(ctx, a, m)) continue;
      ctx.add('PART_OF', m.key, ctx.mainState, a.sentence.index);
      done.add(m.key);
    }
  }
}

/** A place noun next to the place ("the town of X", "X region", "X and Y states", "states - X, Y and Z"). */
function placeNoun(ctx: RelationContext, a: SentenceAnalysis, m: FoundMention): boolean {
  const { tokens } = a;
  const heads = ctx.knowledge.lexicon.placeHeads;
  if (tokens[m.first - 1]?.norm === 'of' && matchPhrase(heads, tokens, m.first - 2)) return true;
  if (m.name !== a.sentence.text.slice(m.start, m.end)) return true;
  for (let k = m.last; k < Math.min(tokens.length, m.last + 6); k++) {
    if (matchPhrase(heads, tokens, k) && !tokens[k]!.cap) return true;
    if (a.mentionAt[k]! < 0 && !['and', 'or'].includes(tokens[k]!.norm) && !tokens[k]!.cap) break;
  }
  // In a list after a place noun: "four northern states - Unity, Upper Nile and Warrap".
  for (let k = m.first - 1; k >= Math.max(0, m.first - 12); k--) {
    if (matchPhrase(heads, tokens, k) && /[-–—:]/.test(a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]!.start)))
      return true;
    if (a.mentionAt[k]! < 0 && !['and', 'or'].includes(tokens[k]!.norm)) break;
  }
  return false;
}
