/*
 * Pass 1 of the mention stage, over one sentence, left to right: gazetteer surfaces (longest match: names,
 * demonyms, metonyms, capitals), bodies named after a state ("Russian Defense Ministry"), compass places
 * ("North Darfur"), titles and role references ("the Russian leader"), and runs of capitalised words the
 * gazetteer does not know, typed by classify-name.ts. Every step is a bounded look-around.
 */
import type { SentenceSpan } from '../../contract.ts';
import type { Knowledge, TitleInfo } from '../knowledge.ts';
import { matchPhrase, tokenize } from '../tokenize.ts';
import { slugify } from '../ids.ts';
import { brokenBetween, gazetteerAt, pushMention, titleMatch, type SentenceScan } from './sentence-scan.ts';
import { readChunk } from './name-chunks.ts';
import { classifyChunk } from './classify-name.ts';
import { datelineEnd, isHeadline } from './dateline.ts';
import type { FoundMention, SentenceAnalysis } from './types.ts';

export const TITLE_MODIFIER_LIMIT = 4;

type PendingTitle = { info: TitleInfo; first: number; last: number } | undefined;

/** Pass 1 over one sentence. */
export function analyseSentence(sentence: SentenceSpan, knowledge: Knowledge): SentenceAnalysis {
  const text = sentence.text;
  const tokens = tokenize(text);
  const scan: SentenceScan = {
    sentence,
    text,
    tokens,
    headline: isHeadline(tokens, text),
    mentions: [],
    mentionAt: new Int32Array(tokens.length).fill(-1),
    titleAt: new Uint8Array(tokens.length),
    knowledge,
  };
  let pendingTitle: PendingTitle;
  let i = 0;
  while (i < tokens.length) {
    const compass = compassPlace(scan, i);
    if (compass > i) {
      pendingTitle = undefined;
      i = compass;
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
  const dateline = datelineEnd(text);
  if (dateline > 0) for (const m of scan.mentions) if (m.end <= dateline) m.dateline = true;
  return {
    sentence,
    tokens,
    mentions: scan.mentions,
    mentionAt: scan.mentionAt,
    titleAt: scan.titleAt,
    headline: scan.headline,
  };
}

/**
 * "North Darfur", "East Jerusalem": a capitalised compass word before a place name (not before a state:
 * "Northern Syria" stays a mention of Syria). The end of the place, or -1.
 */
function compassPlace(scan: SentenceScan, i: number): number {
  const { tokens, text } = scan;
  const t = tokens[i]!;
  if (
    gazetteerAt(scan, i) ||
    !t.cap ||
    !scan.knowledge.lexicon.compassWords.has(t.norm) ||
    scan.headline ||
    !tokens[i + 1]?.cap ||
    brokenBetween(text, t, tokens[i + 1]!)
  )
    return -1;
  const place = gazetteerAt(scan, i + 1);
  const placeEnd = place
    ? place.value.entry.type === 'Place' || place.value.kind === 'capital'
      ? i + 1 + place.length
      : -1
    : readChunk(scan, i + 1);
  if (placeEnd <= i + 1 || titleMatch(scan, i + 1)) return -1;
  const name = text.slice(t.start, tokens[placeEnd - 1]!.end);
  pushMention(scan, {
    key: `place:${slugify(name)}`,
    type: 'Place',
    name,
    kind: 'name',
    first: i,
    last: placeEnd,
    start: t.start,
    end: tokens[placeEnd - 1]!.end,
  });
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
  pushGazetteer(scan, i, end);
  return end;
}

/** "Russian Defense Ministry", "Armenia's Foreign Ministry": the body after the state at [i, end), or -1. */
function stateBody(scan: SentenceScan, i: number, end: number): number {
  const { tokens, text } = scan;
  const { lexicon } = scan.knowledge;
  const g = gazetteerAt(scan, i)!;
  const entry = g.value.entry;
  const possessive = tokens[end - 1]!.possessive;
  const chunkEnd = readChunk(scan, end);
  const orgTokens = tokens.slice(end, chunkEnd);
  const heads = orgTokens.some((x) => lexicon.organisationHeads.has(x.norm));
  if (chunkEnd <= end || !heads || lexicon.notEntityHeads.has(tokens[chunkEnd - 1]!.norm)) return -1;
  const first = tokens[i]!.norm === 'the' ? i + 1 : i;
  const orgText = text.slice(tokens[end]!.start, tokens[chunkEnd - 1]!.end);
  // One key for "Russian Defense Ministry" and "Russia's Defense Ministry".
  const key = `org:${entry.key.split(':').slice(1).join('-')}-${slugify(orgText)}`;
  const name = possessive ? `${orgText} of ${entry.name}` : text.slice(tokens[first]!.start, tokens[chunkEnd - 1]!.end);
  pushMention(scan, {
    key,
    type: 'Organisation',
    name,
    kind: 'name',
    first,
    last: chunkEnd,
    start: tokens[first]!.start,
    end: tokens[chunkEnd - 1]!.end,
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
  return chunkEnd;
}

function pushGazetteer(scan: SentenceScan, from: number, to: number): void {
  const { tokens } = scan;
  const target = gazetteerAt(scan, from)!.value;
  const first = tokens[from]!.norm === 'the' ? from + 1 : from;
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
 * A title at i ("Russian President", "the Russian leader"): marks its tokens and the state qualifying it;
 * with no name after a leader title, a role reference resolved in pass 2. The title, or undefined.
 */
function titleStep(scan: SentenceScan, i: number): PendingTitle {
  const { tokens, text, mentions, mentionAt, titleAt } = scan;
  const t = tokens[i]!;
  const title = titleMatch(scan, i);
  if (!title || (t.cap && i > 0 && tokens[i - 1]!.cap && mentionAt[i - 1] === -1 && !titleAt[i - 1])) return undefined;
  for (let k = i; k < i + title.length; k++) titleAt[k] = 1;
  const pending = { info: title.value, first: i, last: i + title.length };
  const qualifier = titleQualifier(scan, i);
  const after = pending.last;
  const named =
    tokens[after] !== undefined && tokens[after]!.cap && !brokenBetween(text, tokens[after - 1]!, tokens[after]!);
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
    if (tokens[k]!.cap || brokenBetween(text, tokens[k]!, tokens[k + 1]!)) return undefined;
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
    !/["“‘(:]\s*$/.test(text.slice(Math.max(0, t.start - 8), t.start))
  ) {
    const end = readChunk(scan, i + 1);
    if (end > i + 1) {
      const found = classifyChunk(scan, i, end, undefined);
      if (found) pushMention(scan, found);
      return { end };
    }
  }
  if (!t.cap || headline || !/^\p{L}/u.test(t.text)) return { end: i };
  const end = readChunk(scan, i);
  if (end <= i) return { end: i };
  let first = i;
  const initial = (k: number): boolean =>
    k === 0 || /["“‘(]\s*$/.test(text.slice(Math.max(0, tokens[k]!.start - 8), tokens[k]!.start)) || k > i;
  // A chunk whose later words hold an organisation head ("State Department", "Foreign Ministry") keeps them.
  const namesOrganisation = (k: number): boolean =>
    tokens.slice(k + 1, end).some((x) => x.cap && lexicon.organisationHeads.has(x.norm));
  while (first < end && initial(first)) {
    const cls = scan.knowledge.classifyWord(tokens[first]!.norm);
    if (lexicon.notNames.has(tokens[first]!.norm) || (cls === 'common' && !namesOrganisation(first))) first++;
    else break;
  }
  if (first > i) return { end: first, restart: true };
  const found = classifyChunk(scan, first, end, pendingTitle && pendingTitle.last === first ? pendingTitle : undefined);
  if (found) pushMention(scan, found);
  return { end };
}

/** Demonyms used for the state's agents ("a North Korean military official", "Russian forces"). */
function markDemonymActors(scan: SentenceScan): void {
  const { tokens, mentions, mentionAt } = scan;
  for (const m of mentions) {
    if (m.kind !== 'demonym' || m.qualifiesTitle) continue;
    for (let k = m.last; k < Math.min(tokens.length, m.last + 3); k++) {
      const noun = matchPhrase(scan.knowledge.relationCues.actorNouns, tokens, k);
      if (noun) {
        const afterNoun = tokens[k + noun.length];
        if (!(afterNoun && afterNoun.cap)) m.actorRef = true;
        break;
      }
      if (tokens[k]!.cap || mentionAt[k] !== -1) break;
    }
  }
}
