/*
 * Entity mentions in one article, in two passes.
 *
 * Pass 1, per sentence, left to right: gazetteer surfaces (longest match: names, demonyms,
 * metonyms, capitals), titles ("President", "leader"), and runs of capitalised words that the
 * gazetteer does not know, typed from the evidence at hand (a title before it, an organisation
 * head word, compromise's lexicon, a place preposition, a speech verb...).
 * Pass 2, over the article: short references are resolved to people named in full earlier or later
 * in the article ("Kim", "Rep. Kang"), and role references ("the Russian leader") to the person the
 * article gives that role. Every step is a bounded look-around, so the cost is linear in the text.
 */
import type { EntityType, RelationType, SentenceSpan } from '../contract.ts';
import type { Knowledge, PhraseTarget, TitleInfo } from './knowledge.ts';
import type { MentionKind } from './types.ts';
import { matchPhrase, tokenize, type Token } from './tokenize.ts';
import { slugify } from './ids.ts';

export interface FoundMention {
  key: string;
  type: EntityType;
  name: string;
  kind: MentionKind;
  /** Token range in the sentence, end exclusive. */
  first: number;
  last: number;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  country?: string;
  /** A title directly before a person ("President"), with the entity the title belongs to. */
  title?: { info: TitleInfo; first: number; ownerKey?: string };
  /** A demonym or state name that qualifies a title or person ("Russian President ..."). */
  qualifiesTitle?: boolean;
  /** A demonym used for the state's agents ("a North Korean official", "Russian forces"). */
  actorRef?: boolean;
  /** Unresolved single word; kept only if pass 2 resolves it. */
  pending?: 'single' | 'role';
  /** For role references: the state the role belongs to and the relation it implies. */
  role?: { ownerKey: string; relation: RelationType };
  /** An organisation named after a state ("Russian Defense Ministry"). */
  partOfKey?: string;
  /** Where the owning state is named inside the organisation's name (a mention of the state too). */
  owner?: { start: number; end: number; name: string; kind: MentionKind; country?: string };
  /** Inside a dateline ("GENEVA, Aug 15 (Reuters) -"): a mention, but no participant. */
  dateline?: boolean;
  /** Typed by default only (no evidence for the type); another mention of the same name may retype it. */
  weak?: boolean;
}

export interface SentenceAnalysis {
  sentence: SentenceSpan;
  tokens: Token[];
  mentions: FoundMention[];
  /** Index of each token's mention in `mentions`, or -1. */
  mentionAt: Int32Array;
  /** Tokens that belong to a title phrase. */
  titleAt: Uint8Array;
  headline: boolean;
}

const TITLE_MODIFIER_LIMIT = 4;
/** A wire dateline: a place in capitals, an optional date and agency, then a dash ("MANILA, June 18 (AP) —"). */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’/-]{2,40}(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{1,40}\))?\s*[-–—]{1,2}\s+/u;

/** End offset of a dateline opening the sentence, or -1. */
export function datelineEnd(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return -1;
  // The place must be written in capitals ("GENEVA", "UNITED NATIONS"), not as a capitalised word.
  const place = /^[^,(–—-]+/u.exec(match[0])?.[0] ?? '';
  return /\p{Lu}{3,}/u.test(place) && !/\p{Ll}/u.test(place) ? match[0].length : -1;
}

function isHeadline(tokens: Token[], text: string): boolean {
  if (/[.!?"”]$/.test(text.trim())) return false;
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => t.cap).length / words.length >= 0.6;
}

/** Text between two tokens contains punctuation that breaks a name (comma, quote, bracket, dash...). */
function brokenBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return !/^[\s]*$/.test(gap) && !/^[-‐‑]$/.test(gap);
}

function stateQualifier(m: FoundMention | undefined): boolean {
  return m !== undefined && (m.type === 'State' || m.type === 'Organisation') && m.kind !== 'unknown';
}

/** Pass 1 over one sentence. */
export function analyseSentence(sentence: SentenceSpan, knowledge: Knowledge): SentenceAnalysis {
  const text = sentence.text;
  const tokens = tokenize(text);
  const headline = isHeadline(tokens, text);
  const mentions: FoundMention[] = [];
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const titleAt = new Uint8Array(tokens.length);
  const { lexicon } = knowledge;

  const push = (m: FoundMention): void => {
    mentions.push(m);
    for (let k = m.first; k < m.last; k++) mentionAt[k] = mentions.length - 1;
  };
  const gazetteerAt = (i: number): ReturnType<typeof matchPhrase<PhraseTarget>> => {
    if (tokens[i]?.norm === 'the') {
      const withThe = gazetteerAtWord(i);
      const without = gazetteerAtWord(i + 1);
      if (without && (!withThe || without.length + 1 > withThe.length))
        return { ...without, length: without.length + 1 };
      return withThe;
    }
    return gazetteerAtWord(i);
  };
  const gazetteerAtWord = (i: number) => {
    const match = matchPhrase(knowledge.surfaces, tokens, i);
    if (!match) return undefined;
    const span = tokens.slice(i, i + match.length);
    if (!span.some((t) => t.cap)) return undefined;
    if (!span[0]!.cap && span[0]!.norm !== 'the' && !(span.length > 1)) return undefined;
    if (
      match.value.exactCase &&
      span.some((t) => t.text.replace(/[^\p{L}]/gu, '') !== t.text.replace(/[^\p{L}]/gu, '').toUpperCase())
    )
      return undefined;
    // "the" alone does not start a name: "the Kremlin" must be matched with its capitalised word.
    if (span[0]!.norm === 'the' && !span[1]?.cap) return undefined;
    return match;
  };
  const titleAtIndex = (i: number) => {
    const match = matchPhrase(knowledge.titles, tokens, i);
    return match;
  };

  /** Reads a run of capitalised words from i; returns its end (exclusive) or i when there is none. */
  const readChunk = (i: number): number => {
    let j = i;
    let lastGood = i;
    let firstConnector = -1;
    let orgHead = false;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (j > i && brokenBetween(text, tokens[j - 1]!, t)) break;
      if (j > i && tokens[j - 1]!.possessive) break;
      if (j > i && t.hyphenBefore && !t.cap && j - i >= 2) {
        j++;
        lastGood = j;
        continue;
      }
      if (t.cap && /^\p{L}/u.test(t.text)) {
        if (j > i) {
          const g = gazetteerAt(j);
          const afterConnector = lexicon.nameConnectors.has(tokens[j - 1]!.norm);
          if (g && g.value.kind !== 'capital' && !afterConnector) break;
          if (titleAtIndex(j) && !afterConnector) break;
        }
        if (lexicon.notNames.has(t.norm) && j === i) break;
        if (j > i && lexicon.organisationHeads.has(t.norm)) orgHead = true;
        j++;
        lastGood = j;
        continue;
      }
      // Connectors ("of", "of the") and name particles ("al-", "von der") followed by a capitalised word.
      if (j > i && lexicon.nameConnectors.has(t.norm) && !t.cap) {
        let k = j;
        while (
          k < j + 2 &&
          tokens[k] &&
          !tokens[k]!.cap &&
          lexicon.nameConnectors.has(tokens[k]!.norm) &&
          !brokenBetween(text, tokens[k - 1]!, tokens[k]!)
        )
          k++;
        const following = tokens[k];
        if (k > j && following?.cap && !brokenBetween(text, tokens[k - 1]!, following)) {
          const particles = tokens.slice(j, k).every((x) => lexicon.nameParticles.has(x.norm));
          if (firstConnector === -1 && !particles) firstConnector = j;
          if (lexicon.organisationHeads.has(tokens[j - 1]!.norm)) orgHead = true;
          j = k;
          continue;
        }
      }
      break;
    }
    // Connectors ("of", "and") only join the words of an organisation's name.
    return firstConnector !== -1 && !orgHead ? firstConnector : lastGood;
  };

  let pendingTitle: { info: TitleInfo; first: number; last: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const g = gazetteerAt(i);
    // "North Darfur", "East Jerusalem": a capitalised compass word before a place name (not before a state:
    // "Northern Syria" stays a mention of Syria).
    if (
      !g &&
      t.cap &&
      lexicon.compassWords.has(t.norm) &&
      !headline &&
      tokens[i + 1]?.cap &&
      !brokenBetween(text, t, tokens[i + 1]!)
    ) {
      const place = gazetteerAt(i + 1);
      const placeEnd = place
        ? place.value.entry.type === 'Place' || place.value.kind === 'capital'
          ? i + 1 + place.length
          : -1
        : readChunk(i + 1);
      if (placeEnd > i + 1 && !titleAtIndex(i + 1)) {
        const name = text.slice(t.start, tokens[placeEnd - 1]!.end);
        push({
          key: `place:${slugify(name)}`,
          type: 'Place',
          name,
          kind: 'name',
          first: i,
          last: placeEnd,
          start: t.start,
          end: tokens[placeEnd - 1]!.end,
        });
        pendingTitle = undefined;
        i = placeEnd;
        continue;
      }
    }
    if (g) {
      const end = i + g.length;
      const next = tokens[end];
      const nextIsName =
        next !== undefined &&
        next.cap &&
        !brokenBetween(text, tokens[end - 1]!, next) &&
        !gazetteerAt(end) &&
        !titleAtIndex(end) &&
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
      // A state or place (or its demonym or possessive) opening an organisation's name: "Russian Defense Ministry",
      // "Armenia's Foreign Ministry", "Gaza Health Ministry".
      const opensName =
        next !== undefined &&
        next.cap &&
        !headline &&
        (possessive
          ? /^['’‘`]s\s+$/.test(text.slice(tokens[end - 1]!.end, next.start))
          : !brokenBetween(text, tokens[end - 1]!, next)) &&
        !titleAtIndex(end) &&
        !gazetteerAt(end) &&
        (entry.type === 'State' || entry.type === 'Place') &&
        (g.value.kind !== 'capital' || possessive);
      if (titledName || (g.value.kind === 'capital' && (nextIsName || prevIsName) && !headline && !possessive)) {
        // fall through to the chunk reader
      } else if (opensName) {
        const chunkEnd = readChunk(end);
        const orgTokens = tokens.slice(end, chunkEnd);
        const heads = orgTokens.some((x) => lexicon.organisationHeads.has(x.norm));
        if (chunkEnd > end && heads && !lexicon.notEntityHeads.has(tokens[chunkEnd - 1]!.norm)) {
          const first = tokens[i]!.norm === 'the' ? i + 1 : i;
          const orgText = text.slice(tokens[end]!.start, tokens[chunkEnd - 1]!.end);
          // One key for "Russian Defense Ministry" and "Russia's Defense Ministry".
          const key = `org:${entry.key.split(':').slice(1).join('-')}-${slugify(orgText)}`;
          const name = possessive
            ? `${orgText} of ${entry.name}`
            : text.slice(tokens[first]!.start, tokens[chunkEnd - 1]!.end);
          push({
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
          i = chunkEnd;
          pendingTitle = undefined;
          continue;
        }
        pushGazetteer(i, end);
        continue;
      } else {
        pushGazetteer(i, end);
        continue;
      }
    }
    const title = titleAtIndex(i);
    if (title && !(t.cap && i > 0 && tokens[i - 1]!.cap && mentionAt[i - 1] === -1 && !titleAt[i - 1])) {
      for (let k = i; k < i + title.length; k++) titleAt[k] = 1;
      pendingTitle = { info: title.value, first: i, last: i + title.length };
      // A qualifier right before the title ("Russian President", "White House ... spokesperson").
      let qualifier: FoundMention | undefined;
      for (let k = i - 1, steps = 0; k >= 0 && steps <= TITLE_MODIFIER_LIMIT; k--, steps++) {
        const m = mentions[mentionAt[k]!];
        if (m) {
          if (stateQualifier(m)) qualifier = m;
          // "Algeria's U.N. envoy": the possessive state before an international body holds the title.
          const before = mentions[mentionAt[m.first - 1] ?? -1];
          if (
            m.type === 'Organisation' &&
            before?.type === 'State' &&
            tokens[before.last - 1]!.possessive &&
            !knowledge.entries.get(m.key)?.country
          )
            qualifier = before;
          break;
        }
        if (tokens[k]!.cap || brokenBetween(text, tokens[k]!, tokens[k + 1]!)) break;
      }
      i += title.length;
      const named = tokens[i] !== undefined && tokens[i]!.cap && !brokenBetween(text, tokens[i - 1]!, tokens[i]!);
      // "Russian President Vladimir Putin": the state qualifies the title; "a North Korean official"
      // (no name): the state word stands for the state's agent.
      if (qualifier && named) qualifier.qualifiesTitle = true;
      else if (qualifier && qualifier.kind === 'demonym') qualifier.actorRef = true;
      // "the Russian leader" with no name after it: a role reference, resolved in pass 2.
      const after = tokens[i];
      if (
        !(after && after.cap && !brokenBetween(text, tokens[i - 1]!, after)) &&
        title.value.relation === 'LEADER_OF'
      ) {
        const owner = mentions[mentionAt[pendingTitle.first - 1] ?? -1];
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
            last: i,
            start: tokens[owner.first - 1]!.start,
            end: tokens[i - 1]!.end,
            pending: 'role',
            role: { ownerKey: owner.key, relation: 'LEADER_OF' },
          });
          for (let k = pendingTitle.first; k < i; k++) mentionAt[k] = mentions.length - 1;
        }
      }
      continue;
    }
    // "The Hague", "The Economist": a capitalised "The" inside a sentence belongs to the name after it.
    if (
      t.norm === 'the' &&
      t.cap &&
      i > 0 &&
      !headline &&
      tokens[i + 1]?.cap &&
      !brokenBetween(text, t, tokens[i + 1]!) &&
      !/["“‘(:]\s*$/.test(text.slice(Math.max(0, t.start - 8), t.start))
    ) {
      const end = readChunk(i + 1);
      if (end > i + 1) {
        const found = classifyChunk(i, end, undefined);
        if (found) push(found);
        pendingTitle = undefined;
        i = end;
        continue;
      }
    }
    if (t.cap && !headline && /^\p{L}/u.test(t.text)) {
      let first = i;
      const end = readChunk(i);
      if (end > i) {
        // Leading common words at the start of a sentence or quote ("During Kim's visit") are skipped,
        // and the scan restarts after them (the rest may be a gazetteer name).
        const initial = (k: number): boolean =>
          k === 0 || /["“‘(]\s*$/.test(text.slice(Math.max(0, tokens[k]!.start - 8), tokens[k]!.start)) || k > i;
        // A chunk whose later words hold an organisation head ("State Department", "Foreign Ministry") keeps them.
        const namesOrganisation = (k: number): boolean =>
          tokens.slice(k + 1, end).some((x) => x.cap && lexicon.organisationHeads.has(x.norm));
        while (first < end && initial(first)) {
          const cls = knowledge.classifyWord(tokens[first]!.norm);
          if (lexicon.notNames.has(tokens[first]!.norm) || (cls === 'common' && !namesOrganisation(first))) first++;
          else break;
        }
        if (first > i) {
          i = first;
          continue;
        }
        if (first < end) {
          const found = classifyChunk(
            first,
            end,
            pendingTitle && pendingTitle.last === first ? pendingTitle : undefined,
          );
          if (found) push(found);
        }
        pendingTitle = undefined;
        i = end;
        continue;
      }
    }
    if (pendingTitle && i - pendingTitle.last > 0) pendingTitle = undefined;
    i++;
  }

  // Demonyms used for the state's agents ("a North Korean military official", "Russian forces").
  for (const m of mentions) {
    if (m.kind !== 'demonym' || m.qualifiesTitle) continue;
    for (let k = m.last; k < Math.min(tokens.length, m.last + 3); k++) {
      const noun = matchPhrase(knowledge.relationCues.actorNouns, tokens, k);
      if (noun) {
        const afterNoun = tokens[k + noun.length];
        if (!(afterNoun && afterNoun.cap)) m.actorRef = true;
        break;
      }
      if (tokens[k]!.cap || mentionAt[k] !== -1) break;
    }
  }
  const dateline = datelineEnd(text);
  if (dateline > 0) for (const m of mentions) if (m.end <= dateline) m.dateline = true;
  return { sentence, tokens, mentions, mentionAt, titleAt, headline };

  function pushGazetteer(from: number, to: number): void {
    const target = gazetteerAt(from)!.value;
    const start = tokens[from]!.norm === 'the' ? tokens[from + 1]!.start : tokens[from]!.start;
    push({
      key: target.entry.key,
      type: target.entry.type,
      name: target.entry.name,
      kind: target.kind,
      first: tokens[from]!.norm === 'the' ? from + 1 : from,
      last: to,
      start,
      end: tokens[to - 1]!.end,
      ...(target.entry.country !== undefined && { country: target.entry.country }),
    });
    i = to;
  }

  function classifyChunk(
    first: number,
    end: number,
    title: { info: TitleInfo; first: number } | undefined,
  ): FoundMention | undefined {
    const span = tokens.slice(first, end);
    const name = text.slice(span[0]!.start, span.at(-1)!.end);
    const base = { name, first, last: end, start: span[0]!.start, end: span.at(-1)!.end };
    const lastNorm = span.at(-1)!.norm;
    // Holidays, wars and documents ("Liberation Day", "Jeddah Declaration") are not entities, unless an
    // organisation head follows ("Collective Security Treaty Organization").
    const notHead = span.findIndex((x) => x.cap && lexicon.notEntityHeads.has(x.norm));
    if (
      lexicon.notEntityHeads.has(lastNorm) ||
      (notHead >= 0 && !span.slice(notHead + 1).some((x) => lexicon.organisationHeads.has(x.norm)))
    )
      return undefined;
    if (span.every((x) => /^\p{N}/u.test(x.text))) return undefined;
    // Ships ("BRP Sierra Madre", "USS Carney") are not an entity type here.
    if (lexicon.vesselPrefixes.has(span[0]!.text)) return undefined;
    // An organisation head word, or one opening the name before a connector ("Board of Governors").
    const hasOrgHead = span.some(
      (x, k) =>
        x.cap &&
        lexicon.organisationHeads.has(x.norm) &&
        (k > 0 || (span.length > 2 && !span[1]!.cap && lexicon.nameConnectors.has(span[1]!.norm))),
    );
    // Connectors only belong inside organisation names; name particles ("al-", "von") inside people's names.
    const stray = (x: Token, k: number): boolean =>
      !x.cap && !x.hyphenBefore && !(lexicon.nameParticles.has(x.norm) && k > 0 && span[k + 1]?.cap === true);
    if (!hasOrgHead && span.some(stray)) {
      const cut = span.findIndex(stray);
      return cut > 0 ? classifyChunk(first, first + cut, title) : undefined;
    }
    const classes = span.map((x) => knowledge.classifyWord(x.norm));
    const prev = tokens[first - 1];
    const next = tokens[end];
    const afterText = text.slice(span.at(-1)!.end, span.at(-1)!.end + 3);
    if (hasOrgHead) {
      // "Armed Forces of the Philippines", "Atomic Energy Organization of Iran": part of the state named last.
      let partOf: Pick<FoundMention, 'partOfKey' | 'owner'> = {};
      for (let k = first + 1; k < end; k++) {
        if (tokens[k - 1]!.norm !== 'of' && !(tokens[k - 1]!.norm === 'the' && tokens[k - 2]?.norm === 'of')) continue;
        const g = gazetteerAt(k);
        const entry = g?.value.entry;
        if (g && entry && entry.type === 'State' && g.value.kind === 'name' && k + g.length === end) {
          const from = tokens[k]!.norm === 'the' ? k + 1 : k;
          partOf = {
            partOfKey: entry.key,
            owner: {
              start: tokens[from]!.start,
              end: tokens[end - 1]!.end,
              name: entry.name,
              kind: 'name',
              ...(entry.country !== undefined && { country: entry.country }),
            },
          };
        }
      }
      return { ...base, key: `org:${slugify(name)}`, type: 'Organisation', kind: 'name', ...partOf };
    }
    const organisation = (): FoundMention => ({
      ...base,
      key: `org:${slugify(name)}`,
      type: 'Organisation',
      kind: 'name',
    });
    const place = (): FoundMention => ({ ...base, key: `place:${slugify(name)}`, type: 'Place', kind: 'name' });
    // A noun naming the kind of thing right before or after the name: "rights group Viasna", "Syunik province",
    // "the village of Nerkin Hand".
    const nounBefore = (table: typeof lexicon.placeHeads): boolean => {
      for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
        if (tokens[k]!.cap || brokenBetween(text, tokens[k]!, tokens[k + 1]!)) return false;
        const m = matchPhrase(table, tokens, k);
        if (m && k + m.length === first) return true;
      }
      return false;
    };
    const placeHeadAfter =
      next !== undefined &&
      !next.cap &&
      !brokenBetween(text, span.at(-1)!, next) &&
      matchPhrase(lexicon.placeHeads, tokens, end) !== undefined;
    // "the village of Nerkin Hand": a place noun, then "of".
    let placeOf = false;
    if (prev?.norm === 'of' && !brokenBetween(text, prev, span[0]!)) {
      for (let k = first - 2; k >= Math.max(0, first - 4) && !placeOf; k--) {
        const m = matchPhrase(lexicon.placeHeads, tokens, k);
        placeOf = m !== undefined && k + m.length === first - 1;
      }
    }
    if (title === undefined && nounBefore(lexicon.organisationNouns)) return organisation();
    if (title === undefined && (placeHeadAfter || placeOf)) return place();
    // "The Hague", "The Economist": never a person.
    if (span[0]!.norm === 'the') {
      const inPlace = prev !== undefined && lexicon.placePrepositions.has(prev.norm);
      return inPlace || classes.slice(1).every((c) => c === 'place') ? place() : organisation();
    }
    const titled = title !== undefined && title.info.role !== undefined;
    const speech =
      (prev !== undefined && lexicon.speechVerbs.has(prev.norm) && !brokenBetween(text, prev, span[0]!)) ||
      (next !== undefined && lexicon.speechVerbs.has(next.norm) && !brokenBetween(text, span.at(-1)!, next));
    const appositive = /^,\s/.test(afterText) && ['a', 'an', 'the', 'one', 'who', 'whose'].includes(next?.norm ?? '');
    if (classes.every((c) => c === 'common') && !titled) return undefined;
    const person = (): FoundMention => ({
      ...base,
      key: `person:${slugify(name)}`,
      type: 'Person',
      kind: span.length > 1 ? 'name' : 'surname',
      ...(span.length === 1 && { pending: 'single' as const }),
      ...(title && { title: { info: title.info, first: title.first } }),
    });
    if (titled || (span.length > 1 && classes[0] === 'person')) return person();
    if (span.length > 1 && (speech || appositive)) return person();
    const placeLike =
      classes.every((c) => c === 'place') ||
      (prev !== undefined && lexicon.placePrepositions.has(prev.norm) && classes[0] !== 'person');
    if (placeLike) return { ...base, key: `place:${slugify(name)}`, type: 'Place', kind: 'name' };
    if (classes[0] === 'organisation')
      return { ...base, key: `org:${slugify(name)}`, type: 'Organisation', kind: 'name' };
    // Coordinated with a place ("Donetsk and Luhansk").
    if (prev && (prev.norm === 'and' || prev.norm === 'or') && first >= 2) {
      const before = mentions[mentionAt[first - 2]!];
      if (before?.type === 'Place' && before.kind === 'name' && before.key.startsWith('place:')) {
        return { ...base, key: `place:${slugify(name)}`, type: 'Place', kind: 'name' };
      }
    }
    if (span.length > 1) return { ...person(), weak: true };
    const letters = span[0]!.text.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase()) {
      return { ...base, key: `org:${slugify(name)}`, type: 'Organisation', kind: 'name' };
    }
    return { ...person(), pending: 'single', kind: speech ? 'surname' : 'unknown' };
  }
}

/**
 * One sense per article: a name typed only by default ("El Fasher" with no evidence, taken as a person) takes
 * the type that another mention of the same name has from evidence ("near El Fasher": a place).
 */
function retypeWeakNames(analyses: SentenceAnalysis[]): void {
  const typed = new Map<string, FoundMention>();
  for (const a of analyses) {
    for (const m of a.mentions)
      if (!m.weak && !m.pending && m.kind === 'name' && !typed.has(m.name)) typed.set(m.name, m);
  }
  for (const a of analyses) {
    for (const m of a.mentions) {
      const strong = m.weak ? typed.get(m.name) : undefined;
      if (strong && strong.type !== m.type) {
        m.type = strong.type;
        m.key = strong.key;
        delete m.weak;
      }
    }
  }
}

/**
 * Definite descriptions: "the army" or "Sudan's army" is a mention of the article's one organisation whose name
 * holds "Army", "Armed Forces" or "Military" (data/gazetteer/lexicon.yaml: descriptions). Left alone when the
 * article names none or several.
 */
function resolveDescriptions(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  const table = knowledge.lexicon.descriptions;
  const organisations = new Map<string, FoundMention>();
  for (const a of analyses)
    for (const m of a.mentions) if (m.type === 'Organisation' && m.kind === 'name') organisations.set(m.key, m);
  if (organisations.size === 0) return;
  const holders = (heads: string[]): FoundMention[] =>
    [...organisations.values()].filter((m) => {
      const name = ` ${tokenize(m.name)
        .map((t) => t.norm)
        .join(' ')} `;
      return heads.some((h) => name.includes(` ${h} `));
    });
  for (const a of analyses) {
    let added = false;
    for (let k = 1; k < a.tokens.length; k++) {
      if (a.mentionAt[k]! >= 0 || a.tokens[k]!.cap) continue;
      const match = matchPhrase(table, a.tokens, k);
      if (!match) continue;
      const before = a.tokens[k - 1]!;
      const possessor = a.mentions[a.mentionAt[k - 1]!];
      const determined = before.norm === 'the' || (possessor?.type === 'State' && before.possessive);
      const end = k + match.length;
      if (!determined || a.tokens[end]?.cap || (a.mentionAt[end] ?? -1) >= 0) continue;
      const found = holders(match.value);
      if (found.length !== 1) continue;
      const target = found[0]!;
      a.mentions.push({
        key: target.key,
        type: 'Organisation',
        name: target.name,
        kind: 'name',
        first: k,
        last: end,
        start: a.tokens[k]!.start,
        end: a.tokens[end - 1]!.end,
        ...(target.partOfKey && { partOfKey: target.partOfKey }),
      });
      added = true;
      k = end - 1;
    }
    if (added) {
      a.mentions.sort((x, y) => x.first - y.first);
      a.mentionAt.fill(-1);
      a.mentions.forEach((m, index) => {
        for (let k = m.first; k < m.last; k++) if (a.mentionAt[k] === -1 || m.kind !== 'role') a.mentionAt[k] = index;
      });
    }
  }
}

/** Key of a role reference that the article alone cannot resolve ("the Russian leader"). */
export function roleKey(relation: RelationType, ownerKey: string): string {
  return `role:${relation}:${ownerKey}`;
}

interface PersonRecord {
  key: string;
  name: string;
  roles: Set<string>;
}

export interface ArticleMentions {
  analyses: SentenceAnalysis[];
  /** Roles found for people, by person key ("President of Russia"). */
  roles: Map<string, Set<string>>;
  /** Leaders by state key, for role references. */
  leaders: Map<string, string>;
}

/** Pass 1 over every sentence, then pass 2: short names and role references resolved in the article. */
export function findMentions(sentences: SentenceSpan[], knowledge: Knowledge): ArticleMentions {
  const analyses = sentences.map((s) => analyseSentence(s, knowledge));
  retypeWeakNames(analyses);
  resolveDescriptions(analyses, knowledge);
  const people = new Map<string, PersonRecord>();
  const byPart = new Map<string, string>();
  const leaders = new Map<string, string>();
  const roles = new Map<string, Set<string>>();
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Person' || m.pending) continue;
      if (!people.has(m.key)) people.set(m.key, { key: m.key, name: m.name, roles: new Set() });
      const parts = a.tokens.slice(m.first, m.last).filter((t) => !t.hyphenBefore || t.cap);
      for (const part of [parts[0], parts.at(-1)]) if (part && !byPart.has(part.norm)) byPart.set(part.norm, m.key);
    }
  }
  // Titles: the owner of a title is the state or organisation qualifying it.
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Person' || !m.title) continue;
      const resolved = m.pending === 'single' ? byPart.get(a.tokens[m.first]!.norm) : m.key;
      if (!resolved) continue;
      for (let k = m.title.first - 1, steps = 0; k >= 0 && steps <= TITLE_MODIFIER_LIMIT; k--, steps++) {
        let owner = a.mentions[a.mentionAt[k]!];
        // "Algeria's U.N. envoy": the qualifying state stands before the international body.
        if (owner && !owner.qualifiesTitle) {
          const before = a.mentions[a.mentionAt[owner.first - 1] ?? -1];
          if (before?.qualifiesTitle && owner.type === 'Organisation') owner = before;
        }
        if (owner) {
          if (owner.qualifiesTitle) {
            m.title.ownerKey = owner.key;
            if (m.title.info.relation === 'LEADER_OF' && owner.type === 'State' && !leaders.has(owner.key))
              leaders.set(owner.key, resolved);
          }
          break;
        }
      }
    }
  }
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.pending === 'single') {
        const key = byPart.get(a.tokens[m.first]!.norm);
        if (key) {
          m.key = key;
          m.name = people.get(key)!.name;
          m.kind = 'surname';
          delete m.pending;
        } else if (m.title || m.kind === 'surname') {
          delete m.pending;
        }
      } else if (m.pending === 'role' && m.role) {
        const key = leaders.get(m.role.ownerKey);
        if (key) {
          m.key = key;
          m.name = people.get(key)!.name;
        } else {
          // Resolved by the resolve stage from the leaders other articles name.
          m.key = roleKey(m.role.relation, m.role.ownerKey);
          m.name = m.key;
        }
        delete m.pending;
      }
    }
    // Unresolved references are dropped; the token map is rebuilt (role references only own their title words).
    const kept = a.mentions.filter((m) => !m.pending);
    if (kept.length !== a.mentions.length) {
      a.mentions = kept;
      a.mentionAt.fill(-1);
      kept.forEach((m, index) => {
        if (m.kind !== 'role') for (let k = m.first; k < m.last; k++) a.mentionAt[k] = index;
      });
      kept.forEach((m, index) => {
        if (m.kind === 'role') for (let k = m.first; k < m.last; k++) if (a.mentionAt[k] === -1) a.mentionAt[k] = index;
      });
    }
  }
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Person' || !m.title?.info.role || !m.title.ownerKey) continue;
      const owner =
        knowledge.entries.get(m.title.ownerKey)?.name ?? a.mentions.find((x) => x.key === m.title!.ownerKey)?.name;
      const role = owner ? `${m.title.info.role} of ${owner}` : m.title.info.role;
      if (!roles.has(m.key)) roles.set(m.key, new Set());
      roles.get(m.key)!.add(role);
    }
  }
  return { analyses, roles, leaders };
}
