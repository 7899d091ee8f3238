/*
 * Pass 1 of the mention stage, over one sentence, left to right: gazetteer surfaces (longest match: names,
 * demonyms, metonyms, capitals), bodies named after a state ("Russian Defense Ministry"), compass places
 * ("North Darfur"), titles and role references ("the Russian leader"), and runs of capitalised words the
 * gazetteer does not know, typed by classify-name.ts. Every step is a bounded look-around.
 */
import type { SentenceSpan } from '../../contract.ts';
import type { GazetteerEntry, Knowledge, TitleInfo } from '../knowledge.ts';
import { isInitial, matchPhrase, tokenize } from '../tokenize.ts';
import { slugify } from '../ids.ts';
import { brokenBetween, gazetteerAt, pushMention, pushName, titleMatch, type SentenceScan } from './sentence-scan.ts';
import { bodyOfState, readChunk } from './name-chunks.ts';
import { classifyChunk, HEAD } from './classify-name.ts';
import { datelineEnd, isHeadline } from './dateline.ts';
import { tagsFor, type TaggedText } from '../language/tag-text.ts';
import type { FoundMention, SentenceAnalysis } from './types.ts';

export const TITLE_MODIFIER_LIMIT = 4;

/** Words before the quoted title of a work ('a report called "..."'). */
const WORK_NAMING = new Set(['called', 'titled', 'entitled', 'dubbed', 'named', 'headlined']);

type PendingTitle = { info: TitleInfo; first: number; last: number } | undefined;

/** Pass 1 over one sentence. */
export function analyseSentence(
  sentence: SentenceSpan,
  knowledge: Knowledge,
  tagged?: TaggedText,
  insideQuote = false,
): SentenceAnalysis {
  const text = sentence.text;
  const tokens = tokenize(text, insideQuote);
  const tags = tagsFor(tokens, sentence.start, tagged);
  const scan: SentenceScan = {
    sentence,
    text,
    tokens,
    pos: tags.pos,
    headline: isHeadline(tokens, text),
    mentions: [],
    mentionAt: new Int32Array(tokens.length).fill(-1),
    titleAt: new Uint8Array(tokens.length),
    knowledge,
  };
  let pendingTitle: PendingTitle;
  let i = 0;
  while (i < tokens.length) {
    // Each pushes the place it finds, so the second runs only when the first found none.
    const compass = compassPlace(scan, i);
    const prefixed = compass > i ? compass : renamedPlace(scan, i);
    if (prefixed > i) {
      pendingTitle = undefined;
      i = prefixed;
      continue;
    }
    const named = gazetteerName(scan, i, pendingTitle);
    if (named > i) {
      pendingTitle = undefined;
      i = named;
      continue;
    }
    const title = titleStep(scan, i);
    if (title) {
      pendingTitle = title;
      i = title.last;
      continue;
    }
    const run = capitalisedRun(scan, i, pendingTitle);
    if (run.end > i) {
      if (!run.restart) pendingTitle = undefined;
      i = run.end;
      continue;
    }
    if (pendingTitle && i - pendingTitle.last > 0) pendingTitle = undefined;
    i++;
  }
  markDemonymActors(scan);
  markDateline(scan);
  return {
    sentence,
    tokens,
    pos: tags.pos,
    lemmas: tags.lemmas,
    mentions: scan.mentions,
    mentionAt: scan.mentionAt,
    titleAt: scan.titleAt,
    headline: scan.headline,
  };
}

/** A capitalised word of `words` at i (not a gazetteer name, not in a headline) joined to the capitalised word after it. */
function wordBeforeName(scan: SentenceScan, i: number, words: ReadonlySet<string>): boolean {
  const { tokens, text } = scan;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    !gazetteerAt(scan, i) &&
    t.cap &&
    words.has(t.norm) &&
    !scan.headline &&
    next !== undefined &&
    next.cap &&
    !brokenBetween(text, t, next)
  );
}

/**
 * "New Mexico", "New Jersey": a renaming word before the name of a state or place names another place,
 * never that state. Not at a sentence's start before a common word ("New Iran talks began"). The end, or -1.
 */
function renamedPlace(scan: SentenceScan, i: number): number {
  const { tokens, text } = scan;
  const t = tokens[i]!;
  if (!wordBeforeName(scan, i, scan.knowledge.lexicon.renamingWords)) return -1;
  const named = gazetteerAt(scan, i + 1);
  if (!named || named.value.kind !== 'name' || !['State', 'Place'].includes(named.value.entry.type)) return -1;
  const end = i + 1 + named.length;
  const next = tokens[end];
  // At a sentence's start, "New" before a state and a noun is an adjective ("New Iran sanctions"), unless the noun is
  // one for the place's people ("New Mexico voters") or the name owns what follows ("New Jersey's governor").
  if (
    i === 0 &&
    next &&
    !next.cap &&
    scan.pos[end] === 'NOUN' &&
    !tokens[end - 1]!.possessive &&
    !scan.knowledge.lexicon.localNouns.has(next.norm)
  )
    return -1;
  const body = bodyAfterPlace(scan, i, end);
  if (body > end) return body;
  pushName(scan, 'Place', text.slice(t.start, tokens[end - 1]!.end), i, end);
  return end;
}

/**
 * "East Jakarta District Court", "New Mexico State University": capitalised words holding an organisation head right
 * after a prefixed place's name [i, end) make the name of a body of that place. Records it and returns its end, or -1.
 */
function bodyAfterPlace(scan: SentenceScan, i: number, end: number): number {
  const { tokens, text } = scan;
  const next = tokens[end];
  if (!next?.cap || tokens[end - 1]!.possessive || brokenBetween(text, tokens[end - 1]!, next)) return -1;
  const chunkEnd = readChunk(scan, end);
  const heads = scan.knowledge.lexicon.organisationHeads;
  if (chunkEnd <= end || !tokens.slice(end, chunkEnd).some((x) => x.cap && heads.has(x.norm))) return -1;
  const body = classifyChunk(scan, i, chunkEnd, undefined);
  if (!body || body.type !== 'Organisation') return -1;
  pushMention(scan, body);
  return chunkEnd;
}

/**
 * "North Darfur", "East Jerusalem": a capitalised compass word before a place name (not before a state:
 * "Northern Syria" stays a mention of Syria). The end of the place, or -1.
 */
function compassPlace(scan: SentenceScan, i: number): number {
  const { tokens, text } = scan;
  const t = tokens[i]!;
  if (!wordBeforeName(scan, i, scan.knowledge.lexicon.compassWords)) return -1;
  const place = gazetteerAt(scan, i + 1);
  const placeEnd = place
    ? (place.value.entry.type === 'Place' && place.value.kind === 'name') || place.value.kind === 'capital'
      ? i + 1 + place.length
      : -1
    : readChunk(scan, i + 1);
  if (placeEnd <= i + 1 || titleMatch(scan, i + 1)) return -1;
  if (place) {
    const body = bodyAfterPlace(scan, i, placeEnd);
    if (body > placeEnd) return body;
  }
  // "North Pennine Hospitals Trust", "South Coast Water Authority": an organisation head makes it a body's name.
  const heads = scan.knowledge.lexicon.organisationHeads;
  if (!place && tokens.slice(i + 1, placeEnd).some((x) => x.cap && heads.has(x.norm))) {
    const body = classifyChunk(scan, i, placeEnd, undefined);
    if (!body) return -1;
    pushMention(scan, body);
    return placeEnd;
  }
  pushName(scan, 'Place', text.slice(t.start, tokens[placeEnd - 1]!.end), i, placeEnd);
  return placeEnd;
}

/**
 * A gazetteer surface at i: a mention of its entry, or of a body named after it ("Russian Defense Ministry",
 * "Armenia's Foreign Ministry"). Returns the end, or -1 when there is none or the surface is part of a longer
 * name read as a capitalised run ("Washington Irving", "Foreign Minister Israel Katz").
 */
function gazetteerName(scan: SentenceScan, i: number, pendingTitle: PendingTitle): number {
  const { tokens, text, mentionAt, titleAt, headline } = scan;
  const g = gazetteerAt(scan, i);
  if (!g) return -1;
  const t = tokens[i]!;
  const end = i + g.length;
  const next = tokens[end];
  // "the Gulf of Mexico": a place word opening a longer name is read as a capitalised run.
  if (scan.knowledge.lexicon.placeOpeners.has(tokens[end - 1]!.norm) && next?.norm === 'of' && tokens[end + 1]?.cap)
    return -1;
  // "the Niger Delta", "the Congo Basin": a state's or place's name before a place word that ends the name is a place
  // of its own, read as a capitalised run (not "China Coast Guard").
  if (
    g.value.kind === 'name' &&
    (g.value.entry.type === 'State' || g.value.entry.type === 'Place') &&
    next?.cap &&
    !tokens[end - 1]!.possessive &&
    !brokenBetween(text, tokens[end - 1]!, next) &&
    scan.knowledge.lexicon.placeNameHeads.has(next.norm) &&
    !(tokens[end + 1]?.cap && !brokenBetween(text, next, tokens[end + 1]!))
  )
    return -1;
  const unit = administrativeUnit(scan, i, end);
  if (unit > i) return unit;
  const nextIsName =
    next !== undefined &&
    next.cap &&
    !brokenBetween(text, tokens[end - 1]!, next) &&
    !gazetteerAt(scan, end) &&
    !titleMatch(scan, end) &&
    !tokens[end - 1]!.possessive;
  // A capital followed or preceded by another capitalised word is part of a longer name ("Washington Irving").
  const prev = tokens[i - 1];
  const prevIsName =
    prev !== undefined &&
    prev.cap &&
    mentionAt[i - 1] === -1 &&
    !titleAt[i - 1] &&
    i - 1 > 0 &&
    !brokenBetween(text, prev, t);
  const entry = g.value.entry;
  const possessive = tokens[end - 1]!.possessive;
  // "Foreign Minister Israel Katz": a title, then a state's name and another capitalised word, is a person.
  const titledName =
    pendingTitle !== undefined &&
    pendingTitle.last === i &&
    nextIsName &&
    entry.type === 'State' &&
    g.value.kind === 'name' &&
    !g.value.exactCase;
  if (titledName || (g.value.kind === 'capital' && (nextIsName || prevIsName) && !headline && !possessive)) return -1;
  // A state or place (or its demonym or possessive) opening an organisation's name.
  const opensName =
    next !== undefined &&
    next.cap &&
    !headline &&
    (possessive
      ? /^['’‘`]s\s+$/.test(text.slice(tokens[end - 1]!.end, next.start))
      : !brokenBetween(text, tokens[end - 1]!, next)) &&
    !titleMatch(scan, end) &&
    !gazetteerAt(scan, end) &&
    (entry.type === 'State' || entry.type === 'Place') &&
    (g.value.kind !== 'capital' || possessive);
  if (opensName) {
    const bodyEnd = stateBody(scan, i, end);
    if (bodyEnd > end) return bodyEnd;
  }
  if (entry.type === 'State' && (g.value.kind === 'name' || g.value.kind === 'demonym') && !headline) {
    const bodyEnd = lowerStateBody(scan, i, end);
    if (bodyEnd > end) return bodyEnd;
  }
  if (entry.type === 'Organisation' && g.value.kind === 'name' && nextIsName && !headline) {
    const bodyEnd = organBody(scan, i, end);
    if (bodyEnd > end) return bodyEnd;
  }
  pushGazetteer(scan, i, end);
  return end;
}

/** How many capitalised words may name an organ after a known body's name ("African Union Commission"). */
const ORGAN_WORDS = 2;

/**
 * "the Orvane Union Commission", "the Arab League Council": a known body's name followed by capitalised words that end
 * in an organisation head is an organ of the body (PART_OF it). Its end, or -1.
 */
function organBody(scan: SentenceScan, i: number, end: number): number {
  const { tokens, text } = scan;
  const { lexicon } = scan.knowledge;
  const chunkEnd = readChunk(scan, end);
  if (chunkEnd <= end || chunkEnd - end > ORGAN_WORDS) return -1;
  const words = tokens.slice(end, chunkEnd);
  if (!words.every((t) => t.cap) || !lexicon.organisationHeads.has(words.at(-1)!.norm)) return -1;
  if (lexicon.notEntityHeads.has(words.at(-1)!.norm)) return -1;
  const first = tokens[i]!.norm === 'the' ? i + 1 : i;
  const name = text.slice(tokens[first]!.start, tokens[chunkEnd - 1]!.end);
  pushName(scan, 'Organisation', name, first, chunkEnd, {
    evidence: HEAD,
    partOfKey: gazetteerAt(scan, i)!.value.entry.key,
  });
  return chunkEnd;
}

/**
 * A body of the state at [i, end): a capitalised name with an organisation head ("Russian Defense Ministry",
 * "Armenia's Foreign Ministry"), or an institution in lower case ("the Nigerien army", "Laos's foreign ministry":
 * lexicon.yaml stateBodies). Its end, or -1.
 */
function stateBody(scan: SentenceScan, i: number, end: number): number {
  const { tokens, text } = scan;
  const { lexicon } = scan.knowledge;
  const chunkEnd = readChunk(scan, end);
  const heads = tokens.slice(end, chunkEnd).some((x) => lexicon.organisationHeads.has(x.norm));
  if (chunkEnd > end && heads && !lexicon.notEntityHeads.has(tokens[chunkEnd - 1]!.norm)) {
    const orgText = text.slice(tokens[end]!.start, tokens[chunkEnd - 1]!.end);
    pushBody(scan, i, end, chunkEnd, orgText, slugify(orgText));
    return chunkEnd;
  }
  return -1;
}

/** "the Nigerien army", "Laos's foreign ministry", "Chad army spokesman": a lower-case institution. */
function lowerStateBody(scan: SentenceScan, i: number, end: number): number {
  const { tokens, text, knowledge } = scan;
  const next = tokens[end];
  const possessive = tokens[end - 1]!.possessive;
  if (!next || next.cap) return -1;
  const gap = text.slice(tokens[end - 1]!.end, next.start);
  if (possessive ? !/^['’‘`]s\s+$/.test(gap) : !/^\s+$/.test(gap)) return -1;
  const body = matchPhrase(knowledge.lexicon.stateBodies, tokens, end);
  if (!body) return -1;
  const bodyEnd = end + body.length;
  // A modifier of another noun ("military campaign") is no body, nor is a label before a name ("state media KCNA");
  // a title after it is one ("the army spokesman"), unless indefinite ("a military official": the state's agent).
  const after = tokens[bodyEnd];
  const adjoining = after !== undefined && /^\s+$/.test(text.slice(tokens[bodyEnd - 1]!.end, after.start));
  if (adjoining && after.cap) return -1;
  if (adjoining && scan.pos[bodyEnd] === 'NOUN') {
    const indefinite = tokens.slice(Math.max(0, i - 3), i).some((t) => t.norm === 'a' || t.norm === 'an');
    if (!titleMatch(scan, bodyEnd) || indefinite) return -1;
  }
  const entry = gazetteerAt(scan, i)!.value.entry;
  const armed = body.value.members.map.size > 0 ? armedForcesEntry(knowledge, entry.country) : undefined;
  if (armed) pushBody(scan, i, end, bodyEnd, armed.name, '', armed.key);
  else pushBody(scan, i, end, bodyEnd, body.value.name, slugify(body.value.name));
  if (body.value.relation === 'BASED_IN') scan.mentions.at(-1)!.basedOnly = true;
  return bodyEnd;
}

/** The gazetteer's armed forces of a state ("Israel Defense Forces"), if it has them. */
function armedForcesEntry(knowledge: Knowledge, country: string | undefined): GazetteerEntry | undefined {
  if (!country) return undefined;
  for (const entry of knowledge.entries.values())
    if (
      entry.type === 'Organisation' &&
      entry.country === country &&
      /\b(?:Defen[cs]e Forces|Armed Forces|Army)\b/.test(entry.name)
    )
      return entry;
  return undefined;
}

/**
 * Records a body named after the state at [i, end), its words at [end, bodyEnd). One key for "Russian Defense
 * Ministry" and "Russia's Defense Ministry"; the possessive form spans the body's words only ("Laos's foreign
 * ministry" is a mention of the ministry as "foreign ministry" and of the state as "Laos").
 */
function pushBody(
  scan: SentenceScan,
  i: number,
  end: number,
  bodyEnd: number,
  bodyName: string,
  slug: string,
  gazetteerKey?: string,
): void {
  const { tokens, text } = scan;
  const g = gazetteerAt(scan, i)!;
  const entry = g.value.entry;
  const possessive = tokens[end - 1]!.possessive;
  const first = tokens[i]!.norm === 'the' ? i + 1 : i;
  const from = possessive ? end : first;
  const key = gazetteerKey ?? `org:${entry.key.split(':').slice(1).join('-')}-${slug}`;
  const lower = !/^\p{Lu}/u.test(text.slice(tokens[end]!.start));
  const name = gazetteerKey
    ? bodyName
    : possessive || lower
      ? `${bodyName} of ${entry.name}`
      : text.slice(tokens[first]!.start, tokens[bodyEnd - 1]!.end);
  pushMention(scan, {
    key,
    type: 'Organisation',
    name,
    kind: 'name',
    first: from,
    last: bodyEnd,
    start: tokens[from]!.start,
    end: tokens[bodyEnd - 1]!.end,
    ...(entry.type === 'State' && {
      partOfKey: entry.key,
      owner: {
        start: tokens[first]!.start,
        end: tokens[end - 1]!.end,
        name: entry.name,
        kind: g.value.kind,
        ...(entry.country !== undefined && { country: entry.country }),
      },
    }),
  });
}

function pushGazetteer(scan: SentenceScan, from: number, to: number): void {
  const { tokens, text } = scan;
  const target = gazetteerAt(scan, from)!.value;
  const first = tokens[from]!.norm === 'the' ? from + 1 : from;
  // "talks in Beijing", a dateline: a capital or seat of government used as a location is the place.
  const seat = target.kind === 'capital' || target.kind === 'metonym';
  // "in Baku's Sovetski district" is a place; "Baku's decision" the state.
  const possessive = tokens[to - 1]!.possessive && !['in', 'near', 'outside'].includes(tokens[first - 1]?.norm ?? '');
  if (seat && target.entry.type === 'State' && !possessive && namesPlace(scan, first, target.kind)) {
    pushName(scan, 'Place', titleCase(text.slice(tokens[first]!.start, tokens[to - 1]!.end)), first, to, {
      evidence: HEAD,
    });
    return;
  }
  pushMention(scan, {
    key: target.entry.key,
    type: target.entry.type,
    name: target.entry.name,
    kind: target.kind,
    first,
    last: to,
    start: tokens[first]!.start,
    end: tokens[to - 1]!.end,
    ...(target.entry.country !== undefined && { country: target.entry.country }),
  });
}

/**
 * Whether the capital or seat of government at `first` names a location: in a dateline, after a locative
 * preposition (over a modifier: "in downtown Dhaka"; "on" only for seats such as "Capitol Hill"), after "reports
 * from", after a verb of travel and "to" ("flew to Abuja"), before "-based", or as the object of a verb of force or
 * movement ("pounded Beirut").
 */
function namesPlace(scan: SentenceScan, first: number, kind: string): boolean {
  const { tokens, text } = scan;
  const { lexicon } = scan.knowledge;
  const dateline = datelineEnd(text, opensStory(scan));
  if (dateline > tokens[first]!.start) return true;
  // "a Copenhagen-based drugmaker": the seat of a body.
  const after = tokens.findIndex((t, j) => j > first && !t.cap);
  if (after > 0 && tokens[after]!.hyphenBefore && tokens[after]!.norm === 'based') return true;
  let k = first - 1;
  for (let n = 0; n < 2 && k >= 0 && !tokens[k]!.cap && lexicon.locativeModifiers.has(tokens[k]!.norm); n++) k--;
  const prev = tokens[k];
  if (!prev || (k < first - 1 && prev.cap)) return false;
  if (lexicon.locativePrepositions.has(prev.norm) || (kind === 'metonym' && prev.norm === 'on')) return true;
  if (prev.norm === 'from' && lexicon.reportingFrom.has(tokens[k - 1]?.norm ?? '')) return true;
  // "flew to Abuja", "left for Kyiv", "marched into Goma".
  if (['to', 'for', 'into'].includes(prev.norm) && lexicon.travelVerbs.has(tokens[k - 1]?.norm ?? '')) return true;
  return k === first - 1 && lexicon.locativeVerbs.has(prev.norm);
}

/**
 * A title at i ("Russian President", "the Russian leader"): marks its tokens and the state qualifying it;
 * with no name after a leader title, a role reference resolved in pass 2. The title, or undefined.
 */
/** "Peru's consul general, Ana Ruiz, said": a name set off by commas right after a title names its holder. */
function titleApposition(scan: SentenceScan, at: number): boolean {
  const { tokens, text } = scan;
  if (!/^,\s+$/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start)) || titleMatch(scan, at)) return false;
  const end = readChunk(scan, at);
  return end > at && (end === tokens.length || /^\s*[,.;]/.test(text.slice(tokens[end - 1]!.end)));
}

function titleStep(scan: SentenceScan, i: number): PendingTitle {
  const { tokens, text, mentions, mentionAt, titleAt } = scan;
  const { lexicon } = scan.knowledge;
  const t = tokens[i]!;
  const title = titleMatch(scan, i);
  // A title inside an unknown capitalised name is no title; after a modifier ("Former", "Deputy") it is, and so is one
  // before a name ("Republican Senator Ana Ruiz", "Labour MP X"): the run before it ended at the title.
  const prev = tokens[i - 1];
  const beforeName =
    title !== undefined &&
    tokens[i + title.length]?.cap === true &&
    !brokenBetween(text, tokens[i + title.length - 1]!, tokens[i + title.length]!);
  const inName =
    !beforeName &&
    t.cap &&
    prev !== undefined &&
    prev.cap &&
    mentionAt[i - 1] === -1 &&
    !titleAt[i - 1] &&
    !lexicon.notNames.has(prev.norm) &&
    !lexicon.titleModifiers.has(prev.norm);
  if (!title || inName) return undefined;
  const last = portfolioEnd(scan, i + title.length);
  for (let k = i; k < last; k++) titleAt[k] = 1;
  const pending = { info: title.value, first: i, last };
  const qualifier = title.value.role ? titleQualifier(scan, i) : undefined;
  const after = pending.last;
  const named =
    tokens[after] !== undefined &&
    tokens[after]!.cap &&
    (!brokenBetween(text, tokens[after - 1]!, tokens[after]!) || titleApposition(scan, after));
  // "Russian President Vladimir Putin": the state qualifies the title; "a North Korean official" (no name):
  // the state word stands for the state's agent.
  if (qualifier && named) qualifier.qualifiesTitle = true;
  else if (qualifier && qualifier.kind === 'demonym') qualifier.actorRef = true;
  // "the Russian leader" with no name after it: a role reference, resolved in pass 2.
  if (!named && title.value.relation === 'LEADER_OF') {
    const owner = mentions[mentionAt[i - 1] ?? -1];
    if (owner && owner.type === 'State' && tokens[owner.first - 1]?.norm === 'the') {
      owner.qualifiesTitle = true;
      owner.actorRef = false;
      // The role reference spans "the <state> <title>"; only the title's tokens point at it.
      mentions.push({
        key: '',
        type: 'Person',
        name: '',
        kind: 'role',
        first: owner.first - 1,
        last: after,
        start: tokens[owner.first - 1]!.start,
        end: tokens[after - 1]!.end,
        pending: 'role',
        role: { ownerKey: owner.key, relation: 'LEADER_OF' },
      });
      for (let k = i; k < after; k++) mentionAt[k] = mentions.length - 1;
    }
  }
  return pending;
}

/**
 * The portfolio after a title ("Secretary-General for Human Rights Ivan Simonovic", "Minister for Foreign Affairs
 * Penny Wong"): "for" or "of" and capitalised words up to a first name. The end of the title phrase.
 */
function portfolioEnd(scan: SentenceScan, end: number): number {
  const { tokens, text, knowledge } = scan;
  if (!['for', 'of'].includes(tokens[end]?.norm ?? '') || !tokens[end + 1]?.cap) return end;
  for (let k = end + 1; k < Math.min(tokens.length, end + 6); k++) {
    const t = tokens[k]!;
    if (!t.cap || brokenBetween(text, tokens[k - 1]!, t) || gazetteerAt(scan, k)) return end;
    if (k > end + 1 && knowledge.classifyWord(t.norm) === 'person' && tokens[k + 1]?.cap) return k;
  }
  return end;
}

/** The state or body right before a title ("Russian President", "White House ... spokesperson"). */
function titleQualifier(scan: SentenceScan, i: number): FoundMention | undefined {
  const { tokens, text, mentions, mentionAt } = scan;
  for (let k = i - 1, steps = 0; k >= 0 && steps <= TITLE_MODIFIER_LIMIT; k--, steps++) {
    const m = mentions[mentionAt[k]!];
    if (m) {
      let qualifier = stateQualifier(m) ? m : undefined;
      // "Algeria's U.N. envoy": the possessive state before an international body holds the title.
      const before = mentions[mentionAt[m.first - 1] ?? -1];
      if (
        m.type === 'Organisation' &&
        before?.type === 'State' &&
        tokens[before.last - 1]!.possessive &&
        !scan.knowledge.entries.get(m.key)?.country
      )
        qualifier = before;
      return qualifier;
    }
    // Only modifiers may stand between ("Russian foreign policy chief"), not a verb or a preposition.
    const modifier = ['ADJ', 'NOUN', 'NUM'].includes(scan.pos[k] ?? 'X') || tokens[k]!.hyphenBefore;
    if (tokens[k]!.cap || !modifier || brokenBetween(text, tokens[k]!, tokens[k + 1]!)) return undefined;
  }
  return undefined;
}

function stateQualifier(m: FoundMention | undefined): boolean {
  return m !== undefined && (m.type === 'State' || m.type === 'Organisation') && m.kind !== 'unknown';
}

/**
 * A run of capitalised words at i the gazetteer does not know: "The Hague" (a capitalised "The" inside a
 * sentence), or a name typed by classify-name.ts. Leading common words at the start of a sentence or quote
 * ("During Kim's visit") are skipped, and the scan restarts after them (`restart`).
 */
function capitalisedRun(scan: SentenceScan, i: number, pendingTitle: PendingTitle): { end: number; restart?: boolean } {
  const { tokens, text, headline } = scan;
  const { lexicon } = scan.knowledge;
  const t = tokens[i]!;
  if (
    t.norm === 'the' &&
    t.cap &&
    i > 0 &&
    !headline &&
    tokens[i + 1]?.cap &&
    !brokenBetween(text, t, tokens[i + 1]!) &&
    !/(?:^|\s)["“‘(]\s*$|:\s*$/.test(text.slice(Math.max(0, t.start - 8), t.start))
  ) {
    const end = readChunk(scan, i + 1);
    if (end > i + 1) {
      const found = classifyChunk(scan, i, end, undefined);
      if (found) pushMention(scan, found);
      return { end };
    }
  }
  if (!t.cap || headline || !/^\p{L}/u.test(t.text)) return { end: i };
  // 'a report called "Country for Sale"': the quoted title of a work names no entity.
  if (
    t.quoted &&
    i > 0 &&
    WORK_NAMING.has(tokens[i - 1]!.norm) &&
    /["“]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start))
  ) {
    let end = i;
    while (end < tokens.length && tokens[end]!.quoted) end++;
    return { end };
  }
  const pair = placePair(scan, i);
  if (pair > i) return { end: pair };
  const end = readChunk(scan, i);
  if (end <= i) return { end: i };
  let first = i;
  const initial = (k: number): boolean =>
    k === 0 || /(?:^|\s)["“‘(]\s*$/.test(text.slice(Math.max(0, tokens[k]!.start - 8), tokens[k]!.start)) || k > i;
  // A chunk whose next capitalised words hold an organisation head ("State Department", "Foreign Ministry") keeps
  // them; words after a connector do not count ("Both the U.S. and the European Union").
  const namesOrganisation = (k: number): boolean => {
    for (let j = k + 1; j < end && tokens[j]!.cap; j++) if (lexicon.organisationHeads.has(tokens[j]!.norm)) return true;
    return false;
  };
  // "A. B. Sharma": an initial (a capital letter keeping its dot) opens a person's name, never a common word.
  while (first < end && initial(first) && !isInitial(tokens[first]!) && !bodyOfState(scan, first, end)) {
    const cls = scan.knowledge.classifyWord(tokens[first]!.norm);
    // "Le Quotidien du Sud said": a name particle opening a longer name belongs to it.
    const particle = lexicon.nameParticles.has(tokens[first]!.norm) && first + 1 < end;
    // "Regulator Osvane said": a noun for a kind of body opening the sentence types the name after it (classify-name.ts).
    const opening = first === 0 && lexicon.openingNouns.has(tokens[first]!.norm);
    // "Jean-Pierre Mbusa said": a word hyphened to the capitalised word after it is part of the name.
    // "New York officials said": a renaming word opening a longer name is part of it.
    const renaming = lexicon.renamingWords.has(tokens[first]!.norm) && first + 1 < end;
    const hyphened =
      first + 1 < end &&
      tokens[first + 1]!.hyphenBefore &&
      scan.knowledge.classifyWord(tokens[first + 1]!.norm) === 'person';
    if (
      !hyphened &&
      !renaming &&
      (lexicon.notNames.has(tokens[first]!.norm) ||
        opening ||
        (cls === 'common' && !namesOrganisation(first) && !particle))
    )
      first++;
    else break;
  }
  if (first > i) return { end: first, restart: true };
  const title = pendingTitle && pendingTitle.last === first ? pendingTitle : undefined;
  // "the General Court", "the Grand Assembly": a capitalised title before a lone organisation head is part of a name.
  if (title && end - first === 1 && lexicon.organisationHeads.has(tokens[first]!.norm) && tokens[title.first]!.cap) {
    const body = classifyChunk(scan, title.first, end, undefined);
    if (body) {
      for (let k = title.first; k < first; k++) scan.titleAt[k] = 0;
      pushMention(scan, body);
    }
    return { end };
  }
  const found = classifyChunk(scan, first, end, title);
  if (found) pushMention(scan, found);
  return { end };
}

/**
 * "Kabul province", "Gaza province": a capital, or a place named by a shorter form of its name ("Gaza" of "Gaza
 * Strip"), before a lower-case administrative noun (`lexicon.yaml: placeNameNouns`) is the unit named after it, a
 * place of its own named with the noun (the span stays the name). The end of the name, or -1.
 */
function administrativeUnit(scan: SentenceScan, i: number, end: number): number {
  const { tokens, text, headline } = scan;
  const g = gazetteerAt(scan, i)!;
  const noun = tokens[end];
  const last = tokens[end - 1]!;
  if (headline || !noun || noun.cap || last.possessive || brokenBetween(text, last, noun)) return -1;
  if (!scan.knowledge.lexicon.placeNameNouns.has(noun.norm)) return -1;
  const surface = text.slice(tokens[i]!.start, last.end);
  const entry = g.value.entry;
  const shortPlace =
    entry.type === 'Place' && g.value.kind === 'name' && entry.name.toLowerCase() !== surface.toLowerCase();
  if (g.value.kind !== 'capital' && !shortPlace) return -1;
  if (tokens[i]!.norm === 'the') return -1;
  pushName(scan, 'Place', `${surface} ${noun.norm}`, i, end, { evidence: HEAD });
  return end;
}

/**
 * "the Nashik-Dhule highway", "the Kabul-Jalalabad road": single capitalised words joined by hyphens before a noun for
 * a route or a border (`lexicon.yaml: routeNouns`) are the places at its ends, each a place of its own (a capital
 * too: the route runs from the city, not the state). A state's name keeps its entry. The end of the pair, or -1.
 */
function placePair(scan: SentenceScan, i: number): number {
  const { tokens, knowledge } = scan;
  const { lexicon } = knowledge;
  let end = i + 1;
  while (tokens[end]?.cap && tokens[end]!.hyphenBefore) end++;
  const next = tokens[end];
  if (
    end - i < 2 ||
    scan.headline ||
    !next ||
    next.cap ||
    next.hyphenBefore ||
    !matchPhrase(lexicon.routeNouns, tokens, end)
  )
    return -1;
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || lexicon.notNames.has(t.norm) || lexicon.compassWords.has(t.norm)) return -1;
    const g = gazetteerAt(scan, k);
    if (g && (g.length !== 1 || !['State', 'Place'].includes(g.value.entry.type) || g.value.kind === 'demonym'))
      return -1;
  }
  for (let k = i; k < end; k++) {
    const g = gazetteerAt(scan, k);
    if (g && g.value.kind !== 'capital') pushGazetteer(scan, k, k + 1);
    else pushName(scan, 'Place', tokens[k]!.text, k, k + 1, { evidence: HEAD });
  }
  return end;
}

/**
 * A dateline's mentions are no participants; an unknown name in it is the place the story is filed from ("MOMBASA,
 * ..." is a town, not an acronym), named in title case.
 */
function markDateline(scan: SentenceScan): void {
  const dateline = datelineEnd(scan.text, opensStory(scan));
  if (dateline <= 0) return;
  for (const m of scan.mentions) {
    if (m.end > dateline) continue;
    m.dateline = true;
    if (m.type === 'Place' || scan.knowledge.entries.has(m.key)) continue;
    const name = titleCase(m.name);
    Object.assign(m, { key: `place:${slugify(name)}`, type: 'Place', kind: 'name', name, evidence: HEAD });
    delete m.pending;
    delete m.weak;
  }
}

/** The first sentences of a story, where a dateline may stand (after a title the text may hold). */
function opensStory(scan: SentenceScan): boolean {
  return scan.sentence.index <= 1;
}

/** "DAKAR" -> "Dakar"; names already in mixed case are kept. */
export function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Demonyms used for the state's agents ("a North Korean military official", "Russian forces", "Ukrainian drones"). */
function markDemonymActors(scan: SentenceScan): void {
  const { tokens, mentions, mentionAt } = scan;
  for (const m of mentions) {
    if (m.kind !== 'demonym' || m.qualifiesTitle) continue;
    // "the Northeast Asian region" names the region.
    if (m.type === 'Place' && tokens[m.last]?.norm === 'region') {
      m.kind = 'name';
      continue;
    }
    for (let k = m.last; k < Math.min(tokens.length, m.last + 3); k++) {
      const noun =
        matchPhrase(scan.knowledge.relationCues.actorNouns, tokens, k) ??
        matchPhrase(scan.knowledge.lexicon.bodyMembers, tokens, k);
      if (noun) {
        const afterNoun = tokens[k + noun.length];
        if (!(afterNoun && afterNoun.cap)) m.actorRef = true;
        break;
      }
      if (tokens[k]!.cap || mentionAt[k] !== -1) break;
    }
  }
}
