/*
 * Where places and bodies are:
 * - "the Syrian village of X", "the Lebanese border town of X", "the Congolese city X": in the state of the demonym;
 * - "X, in Y" and "X in central Y" (a place in a place); "X, a town in Y", "X, the capital of Y"; "Y's X district": in Y;
 * - a dateline "MOMBASA, KENYA —": the town in the state;
 * - "the X Court in Y", "the X Embassy in Y", "Y, where X is headquartered", "X rebels from Y", "the Y-based X",
 *   "X, a company based in Y", "Y law firm X" (a place before the noun for the body's kind): a body based there.
 * A place no sentence places is left unplaced: the state an article is mostly about is not always where its places
 * are (a border town, a river, a foreign capital).
 */
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { matchPhrase } from '../tokenize.ts';
import type { RelationContext } from './context.ts';

const BASED_WORDS = new Set(['headquartered', 'based']);

/** The place and seat relations of one sentence. */
export function placeRelations(ctx: RelationContext, a: SentenceAnalysis): void {
  const { tokens, mentions, mentionAt } = a;
  const add = (source: FoundMention, target: FoundMention, type: 'LOCATED_IN' | 'BASED_IN' | 'PART_OF'): void => {
    if (source.key === target.key) return;
    ctx.add(type, source.key, target.key, a.sentence.index);
  };
  for (const m of mentions) {
    if (m.kind === 'reference') continue;
    if (m.type === 'Place') {
      const demonym = demonymBefore(ctx, a, m);
      if (demonym) add(m, demonym, 'LOCATED_IN');
      const container = placeAfter(ctx, a, m) ?? apposedContainer(ctx, a, m);
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
      // "Brussels law firm X", "the Lagos lender X": a place named before the noun for the body's kind.
      const seat = placeBeforeKind(ctx, a, m);
      if (seat) add(m, seat, 'BASED_IN');
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
  basedIn(ctx, a, add);
  dateline(a, add);
  // "in Nampula and Zambezia provinces of X".
  for (const d of divisions(ctx, a)) if (d.state) for (const place of d.places) add(place, d.state, 'PART_OF');
}

/** A state's divisions a sentence names where something happens, with the state named after their noun, if one. */
export interface Divisions {
  places: FoundMention[];
  state: FoundMention | undefined;
}

/** How many words may stand between "in" and a plural noun for divisions ("in four northern states - A, B"). */
const DIVISION_REACH = 3;

/**
 * "in Kivu province", "in the Tahoua region", "in Unity and Jonglei states", "across two northern provinces - A and
 * B", "in the provinces of A and B": places named as a state's first-level divisions where something happens (after
 * "in", over "the" and locative modifiers), and the state after the noun ("provinces of Mozambique"), if one.
 */
export function divisions(ctx: RelationContext, a: SentenceAnalysis): Divisions[] {
  const { tokens, mentions, mentionAt } = a;
  const { divisionNouns, divisionOpeners } = ctx.knowledge.relationCues;
  const place = (k: number): FoundMention | undefined => {
    const m = mentions[mentionAt[k] ?? -1];
    return m?.type === 'Place' && m.kind === 'name' ? m : undefined;
  };
  // The places of a list ending at token `end` (exclusive): "A, B and C".
  const listBefore = (end: number): FoundMention[] => {
    const list: FoundMention[] = [];
    let m = place(end - 1);
    while (m && m.last === end) {
      list.unshift(m);
      const joined = ['and', 'or'].includes(tokens[m.first - 1]?.norm ?? '');
      end = joined ? m.first - 1 : m.first;
      if (!joined && !(m.first > 0 && commaBetween(a, m.first - 1, m.first))) break;
      m = place(end - 1);
    }
    return list;
  };
  // The places of a list opening at token `start`: "A, B and C".
  const listAfter = (start: number): FoundMention[] => {
    const list: FoundMention[] = [];
    for (let m = place(start); m && m.first === start; m = place(start)) {
      list.push(m);
      start = m.last;
      if (['and', 'or'].includes(tokens[start]?.norm ?? '')) start++;
      else if (!tokens[start] || !commaBetween(a, start - 1, start)) break;
    }
    return list;
  };
  // Whether "in" opens the phrase before token k, over "the" and locative modifiers (or, before a plural noun, any
  // lower-case words: "in four northern states").
  const opened = (k: number, loose: boolean): boolean => {
    const modifiers = ctx.knowledge.lexicon.locativeModifiers;
    for (let j = k - 1; j >= Math.max(0, k - 1 - DIVISION_REACH); j--) {
      if (divisionOpeners.has(tokens[j]!.norm)) return true;
      const lower = !tokens[j]!.cap && mentionAt[j]! < 0 && a.pos[j] !== 'VERB';
      if (!(modifiers.has(tokens[j]!.norm) || (loose && lower)) || commaBetween(a, j, j + 1)) return false;
    }
    return false;
  };
  const found: Divisions[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!divisionNouns.has(tokens[k]!.norm)) continue;
    const stateAfter = (j: number): FoundMention | undefined => {
      if (tokens[j]?.norm !== 'of') return undefined;
      const state = nextPlace(ctx, a, j + 1);
      return state?.type === 'State' ? state : undefined;
    };
    // "Stung Treng province" named as one, or "Nampula and Zambezia provinces".
    const named = place(k);
    const list = named && named.last === k + 1 ? listBefore(k + 1) : listBefore(k);
    if (list.length > 0) {
      if (opened(list[0]!.first, false)) found.push({ places: list, state: stateAfter(k + 1) });
      continue;
    }
    // "in four northern states - A, B and C", "in the provinces of A and B".
    const gap = a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
    const of = tokens[k + 1]?.norm === 'of';
    if (!/[-–—:]/.test(gap) && !of) continue;
    const after = listAfter(k + (of ? 2 : 1));
    if (after.length > 0 && opened(k, true)) found.push({ places: after, state: undefined });
  }
  return found;
}

/** How many lower-case words may name a body's kind between its seat and its name ("Brussels law firm X"). */
const KIND_REACH = 3;

/** "Brussels law firm X": the place (or state, by name) right before a noun for a kind of organisation and the name. */
function placeBeforeKind(ctx: RelationContext, a: SentenceAnalysis, m: FoundMention): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  const nouns = ctx.knowledge.lexicon.organisationNouns;
  // The noun for the kind ends right before the name ("law firm", "lender").
  let kind = -1;
  for (let k = m.first - 1; k >= Math.max(0, m.first - KIND_REACH) && kind < 0; k--) {
    const noun = matchPhrase(nouns, tokens, k);
    if (noun && k + noun.length === m.first) kind = k;
  }
  // Over lower-case words to the place's name.
  for (let k = kind; k >= Math.max(1, m.first - KIND_REACH); k--) {
    if (k < 0 || mentionAt[k]! >= 0 || tokens[k]!.cap || a.pos[k] === 'VERB' || commaBetween(a, k, k + 1)) break;
    const place = mentions[mentionAt[k - 1]!];
    if (!place) continue;
    const named = (place.type === 'Place' || place.type === 'State') && place.kind !== 'demonym';
    const plain = place.kind !== 'reference' && !tokens[place.last - 1]!.possessive && !commaBetween(a, k - 1, k);
    return named && plain ? place : undefined;
  }
  return undefined;
}

/** How far after a body its "based in" or "headquartered in", and after "Place-based" the body, are looked for. */
const SEAT_REACH = 8;

/**
 * "the Lagos-based lender X", "X, a miner based in Perth", "X, which is headquartered in Y": the body's seat. The
 * phrase belongs to the nearest body before it, and a "-based" compound to the nearest body after it.
 */
function basedIn(
  ctx: RelationContext,
  a: SentenceAnalysis,
  add: (source: FoundMention, target: FoundMention, type: 'BASED_IN') => void,
): void {
  const { tokens, mentions, mentionAt } = a;
  for (let k = 1; k < tokens.length; k++) {
    if (!BASED_WORDS.has(tokens[k]!.norm)) continue;
    if (tokens[k]!.hyphenBefore) {
      const seat = mentions[mentionAt[k - 1] ?? -1];
      // The body the compound describes: named after it in the same phrase, else the one an apposition describes
      // ("X, a Perth-based miner"), else named after a comma ("a Perth-based miner, X").
      const after = mentions.filter((m) => m.first > k && m.first <= k + SEAT_REACH && m.type === 'Organisation');
      const body =
        after.find((m) => !commaBetween(a, k, m.first) && onlyModifiersBetween(a, k, m.first)) ??
        (seat ? apposedTo(a, seat.first) : undefined) ??
        after.find((m) => commaBetween(a, k, m.first));
      if (seat && body && (seat.type === 'Place' || seat.type === 'State') && seat.kind !== 'demonym')
        add(body, seat, 'BASED_IN');
      continue;
    }
    if (tokens[k + 1]?.norm !== 'in') continue;
    const seat = nextPlace(ctx, a, k + 2);
    const body = mentions.findLast((m) => m.last <= k && m.last >= k - SEAT_REACH && m.kind !== 'reference');
    if (seat && body?.type === 'Organisation') add(body, seat, 'BASED_IN');
  }
}

/** Parts of speech that may stand between "-based" and the body it describes ("the Lagos-based state lender X"). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM', 'PUNCT']);

/** Whether only modifiers stand between tokens `from` and `to` ("-based company owned by X" has a verb between). */
function onlyModifiersBetween(a: SentenceAnalysis, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (!MODIFIER_POS.has(a.pos[j]!)) return false;
  return true;
}

function commaBetween(a: SentenceAnalysis, from: number, to: number): boolean {
  return /[,;]/.test(a.sentence.text.slice(a.tokens[from]!.end, a.tokens[to]!.start));
}

/** How many words may open an apposition before the word at its centre ("X, a small Lyon-based firm"). */
const APPOSITION_OPENING = 3;

/**
 * "Kestrel Logistics, a Rotterdam-based company": the organisation an apposition opening at token k (after its
 * determiner and lower-case modifiers) describes, named right before the comma.
 */
export function apposedTo(a: SentenceAnalysis, k: number): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  let j = k - 1;
  while (j >= Math.max(1, k - APPOSITION_OPENING) && mentionAt[j]! < 0 && !tokens[j]!.cap) {
    if (/,\s*$/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    j--;
  }
  if (j < 1 || !/^,\s*$/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return undefined;
  const body = mentions[mentionAt[j - 1] ?? -1];
  return body?.type === 'Organisation' && body.kind !== 'reference' ? body : undefined;
}

/**
 * "the Syrian village of X", "the southern Lebanese border village of X", "the eastern Congolese city X": the
 * demonym's state.
 */
function demonymBefore(ctx: RelationContext, a: SentenceAnalysis, m: FoundMention): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  const of = tokens[m.first - 1]?.norm === 'of';
  if (!of && !ctx.knowledge.relationCues.placeNouns.has(tokens[m.first - 1]?.norm ?? '')) return undefined;
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

/** How many words may stand between the comma and the place noun of an apposition ("a small mining town"). */
const PLACE_NOUN_REACH = 4;

/** "Tarvisk, a town in Estonia", "Kibu, a mining village in the east of Harlan province": the place after "in". */
function apposedContainer(ctx: RelationContext, a: SentenceAnalysis, m: FoundMention): FoundMention | undefined {
  const { tokens, mentionAt } = a;
  if (!/^,\s*$/.test(a.sentence.text.slice(m.end, tokens[m.last]?.start ?? m.end))) return undefined;
  if (!['a', 'an', 'the'].includes(tokens[m.last]?.norm ?? '')) return undefined;
  for (let k = m.last + 1; k < Math.min(tokens.length, m.last + 1 + PLACE_NOUN_REACH); k++) {
    if (mentionAt[k]! >= 0 || tokens[k]!.cap) return undefined;
    if (!ctx.knowledge.relationCues.placeNouns.has(tokens[k]!.norm)) continue;
    // "Kibu, the capital of Harlan province".
    if (tokens[k + 1]?.norm !== 'in' && tokens[k + 1]?.norm !== 'of') return undefined;
    const other = nextPlace(ctx, a, k + 2);
    return other && other.key !== m.key ? other : undefined;
  }
  return undefined;
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
