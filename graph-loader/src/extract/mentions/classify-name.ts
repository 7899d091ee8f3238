/*
 * The type of a run of capitalised words the gazetteer does not know, from the evidence at hand, in order:
 * an organisation head word ("... Ministry", "Board of ..."), a noun for a kind of organisation before it
 * ("rights group X"), a place noun after it or before "of" ("X province", "the village of X"), a leading "The",
 * a title, a first name, a speech verb or an apposition, compromise's city lexicon or a place preposition,
 * coordination with a place. Otherwise two words or more make a person by default ("weak"), and single words
 * wait for pass 2.
 */
import type { Knowledge, TitleInfo } from '../knowledge.ts';
import type { PhraseTable } from '../knowledge.ts';
import { matchPhrase, type Token } from '../tokenize.ts';
import { slugify } from '../ids.ts';
import { brokenBetween, gazetteerAt, titleMatch, type SentenceScan } from './sentence-scan.ts';
import type { FoundMention, SentenceAnalysis } from './types.ts';
import { bodyOfState } from './name-chunks.ts';

type Title = { info: TitleInfo; first: number } | undefined;

/** The mention a capitalised run makes, or undefined when it names no entity (a holiday, a ship, common words). */
export function classifyChunk(scan: SentenceScan, first: number, end: number, title: Title): FoundMention | undefined {
  const { tokens, text, knowledge } = scan;
  const { lexicon } = knowledge;
  const span = tokens.slice(first, end);
  const name = text.slice(span[0]!.start, span.at(-1)!.end);
  const base = { name, first, last: end, start: span[0]!.start, end: span.at(-1)!.end };
  const lastNorm = span.at(-1)!.norm;
  const prevToken = tokens[first - 1];
  // Holidays, wars and documents ("Liberation Day", "Jeddah Declaration") are not entities, unless an
  // organisation head follows ("Collective Security Treaty Organization").
  const notHead = span.findIndex((x) => x.cap && lexicon.notEntityHeads.has(x.norm));
  if (
    lexicon.notEntityHeads.has(lastNorm) ||
    (notHead >= 0 && !span.slice(notHead + 1).some((x) => lexicon.organisationHeads.has(x.norm)))
  )
    return undefined;
  if (span.every((x) => /^\p{N}/u.test(x.text))) return undefined;
  // "Union leaders said", "Police arrested": a lone head word opening a sentence is a common noun, not a name.
  if (span.length === 1 && first === 0 && lexicon.organisationHeads.has(lastNorm) && !/^\p{Lu}+$/u.test(span[0]!.text))
    return undefined;
  // Ships ("BRP Sierra Madre", "USS Carney") are not an entity type here.
  if (lexicon.vesselPrefixes.has(span[0]!.text) || vesselBefore(scan, first, knowledge)) return undefined;
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
  const opener = lexicon.placeOpeners.has(span[0]!.norm) && span[1]?.norm === 'of';
  if (!hasOrgHead && !opener && span.some(stray)) {
    const cut = span.findIndex(stray);
    return cut > 0 ? classifyChunk(scan, first, first + cut, title) : undefined;
  }
  const organisation = (evidence = HEAD): FoundMention => ({
    ...base,
    key: `org:${slugify(name)}`,
    type: 'Organisation',
    kind: 'name',
    evidence,
  });
  const place = (evidence = HEAD): FoundMention => ({
    ...base,
    key: `place:${slugify(name)}`,
    type: 'Place',
    kind: 'name',
    evidence,
  });
  // "Procter & Gamble", "Vandeputte & Claes": firms, never one person.
  if (/\s&\s/.test(name)) return organisation(STATED);
  // Adjectives for peoples ("Kurdish", "Flemish") and names of peoples ("the Tuareg ethnic group") are no entities.
  const word = span.length === 1 ? knowledge.classifyWord(lastNorm) : undefined;
  if (word === 'demonym' || (span.length === 1 && scan.pos[first] === 'ADJ' && word !== 'person' && word !== 'place'))
    return undefined;
  if (tokens[end] && !tokens[end]!.cap && matchPhrase(lexicon.peopleNouns, tokens, end)) return undefined;
  // "Kurdish forces", "Flemish nationalists": an unknown word shaped like a people's adjective before a noun names none.
  if (
    word === undefined &&
    /(?:ish|ese|ian|ean)$/.test(lastNorm) &&
    tokens[end] &&
    !tokens[end]!.cap &&
    scan.pos[end] === 'NOUN' &&
    !brokenBetween(text, span[0]!, tokens[end]!)
  )
    return undefined;
  if (tokens[end]?.norm === 'and' && tokens[end + 2] && matchPhrase(lexicon.peopleNouns, tokens, end + 2))
    return undefined;
  // "the Shandong-based group": the seat of a body is a place.
  if (title === undefined && tokens[end]?.hyphenBefore && tokens[end]!.norm === 'based') return place(STATED);
  // "the Tata-owned carmaker": an owner named in a compound is a body (a state's name is in the gazetteer).
  if (title === undefined && tokens[end]?.hyphenBefore && ['owned', 'controlled'].includes(tokens[end]!.norm))
    return organisation(STATED);
  // "Perth-based Orvane Mining": a name right after the compound is the body.
  if (
    title === undefined &&
    prevToken?.norm === 'based' &&
    prevToken.hyphenBefore &&
    !brokenBetween(text, prevToken, span[0]!)
  )
    return organisation(STATED);
  // "Raja County", "Mekong River", "Gulf of Mexico": a place word ends the name or opens it before "of".
  // "Democratic Party of Hidalgo County", "University of the Western Cape": a body's head before "of" names the body.
  const bodyOf = span.some((x, k) => x.cap && lexicon.organisationHeads.has(x.norm) && span[k + 1]?.norm === 'of');
  if ((lexicon.placeNameHeads.has(lastNorm) && !bodyOf) || opener) return place();
  // "New York", "New Hampshire": a renaming word opening a name the gazetteer does not know makes it a place.
  if (span.length > 1 && title === undefined && lexicon.renamingWords.has(span[0]!.norm) && !hasOrgHead) return place();
  if (hasOrgHead) return { ...organisation(), ...stateNamedLast(scan, first, end) };
  if (bodyOfState(scan, first, end)) return organisation();
  const classes = span.map((x) => knowledge.classifyWord(x.norm));
  const prev = tokens[first - 1];
  const next = tokens[end];
  // "Environmental group Earthrights said": a sentence's first word before a noun and a name describes the name.
  if (first === 0 && span.length === 1 && describesNameAfter(scan, end)) return undefined;
  if (title === undefined && (nounBefore(scan, first, lexicon.organisationNouns) || nounAfter(scan, end)))
    return organisation();
  // "a ransomware gang calling itself X", "a group known as X": the name the organisation goes by.
  if (title === undefined && namedAfterNoun(scan, first, lexicon.organisationNouns)) return organisation(STATED);
  // "an IT supplier, Corbridge Digital,": a description of a kind of organisation set off before the name.
  if (title === undefined && describedBefore(scan, first)) return organisation(STATED);
  if (title === undefined && placeHeadAfter(scan, end)) return namedWithNoun(scan, place(), end);
  if (title === undefined && placeOf(scan, first)) return place();
  // "The Hague", "The Economist": never a person.
  if (span[0]!.norm === 'the') {
    const inPlace = prev !== undefined && lexicon.placePrepositions.has(prev.norm);
    return inPlace || classes.slice(1).every((c) => c === 'place') ? place() : organisation();
  }
  // "Massachusetts Democratic Representative ...": words qualifying a title name no person.
  const adjectival = span.some((x, n) => scan.pos[first + n] === 'ADJ' || knowledge.classifyWord(x.norm) === 'demonym');
  if (title === undefined && adjectival && titleMatch(scan, end) && !brokenBetween(text, span.at(-1)!, tokens[end]!)) {
    const places = Math.max(
      0,
      classes.findIndex((c) => c !== 'place'),
    );
    // The words that are no place belong to the title phrase.
    for (let k = first + places; k < end; k++) scan.titleAt[k] = 1;
    return places > 0 ? classifyChunk(scan, first, first + places, title) : undefined;
  }
  // "Harrow Athletics president Lena Oduya", "Vexon chairwoman X": a name before the lower-case title of a body's head.
  if (title === undefined && classes[0] !== 'person' && headsBodyTitleAfter(scan, end)) return organisation(STATED);
  const titled = title !== undefined && title.info.role !== undefined;
  // "officials in Tel Aviv said": right after a locative preposition, a speech verb after the name makes no person.
  const located =
    prev !== undefined && lexicon.locativePrepositions.has(prev.norm) && !brokenBetween(text, prev, span[0]!);
  const speech =
    !located &&
    ((prev !== undefined && lexicon.speechVerbs.has(prev.norm) && !brokenBetween(text, prev, span[0]!)) ||
      (next !== undefined && lexicon.speechVerbs.has(next.norm) && !brokenBetween(text, span.at(-1)!, next)));
  const afterText = text.slice(span.at(-1)!.end, span.at(-1)!.end + 3);
  // "trading in New York, a modest move": after a locative preposition an apposition describes a place as well.
  const appositive =
    !located && /^,\s/.test(afterText) && ['a', 'an', 'the', 'one', 'who', 'whose'].includes(next?.norm ?? '');
  if (classes.every((c) => c === 'common') && !titled)
    return coordinatedWithPlace(scan, first, end) ? place(LEXICON) : commonWordsName(scan, first, end, organisation);
  const person = (evidence = STATED): FoundMention => ({
    ...base,
    key: `person:${slugify(name)}`,
    type: 'Person',
    kind: span.length > 1 ? 'name' : 'surname',
    evidence,
    ...(span.length === 1 && { pending: 'single' as const }),
    ...(title && { title: { info: title.info, first: title.first } }),
  });
  // "Ortiva Gold, a mining company based in Lima,": an apposition whose noun names a kind of organisation.
  if (title === undefined && appositive && organisationApposed(scan, end)) return organisation(STATED);
  if (titled || (span.length > 1 && (speech || appositive))) return person();
  if (span.length > 1 && classes[0] === 'person') return person(LEXICON);
  const letters = span[0]!.text.replace(/[^\p{L}]/gu, '');
  const acronym = span.length === 1 && letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase();
  if (acronym) return organisation(LEXICON);
  // A place preposition before the name, or before "the" and the name ("near the Government House").
  const placePrep = (k: number): boolean => tokens[k] !== undefined && lexicon.placePrepositions.has(tokens[k]!.norm);
  // "at Jelagat's training camp": a possessive name owns the place after it, it is not the place.
  const placeLike =
    classes.every((c) => c === 'place') ||
    ((placePrep(first - 1) || (prev?.norm === 'the' && placePrep(first - 2))) &&
      classes[0] !== 'person' &&
      !span.at(-1)!.possessive);
  if (placeLike) return place(LEXICON);
  if (classes[0] === 'organisation') return organisation(LEXICON);
  if (coordinatedWithPlace(scan, first, end)) return place(LEXICON);
  // "capable of reaching Tel Aviv": the object of a verb that takes a place.
  if (span.length > 1 && prev && lexicon.placeObjectVerbs.has(prev.norm) && !brokenBetween(text, prev, span[0]!))
    return place(LEXICON);
  // "Kelmar Freight, which ...": a relative "which" names no person; with no sign of a place, a body.
  if (/^,\s/.test(afterText) && next?.norm === 'which' && !titled && !located) return organisation(LEXICON);
  // "Sao Paulo prosecutors", "Brookfield Copper shareholders": a name modifying a noun for a place's people or a
  // company's is that place or company; so is a name between "a" and a noun for one of its people ("a Dunmore man").
  const modifies =
    next !== undefined && !next.cap && !span.at(-1)!.possessive && !brokenBetween(text, span.at(-1)!, next);
  const inhabitant = modifies && ['a', 'an'].includes(prev?.norm ?? '') && lexicon.inhabitantNouns.has(next.norm);
  const several = span.length > 1;
  if (modifies && ((several && lexicon.localNouns.has(next.norm)) || inhabitant)) return place(LEXICON);
  if (modifies && several && lexicon.companyNouns.has(next.norm)) return organisation(LEXICON);
  if (span.length > 1) {
    // "the Bay Area": after "the" a name is no person.
    if (prev?.norm === 'the' && !prev.cap) return organisation(DEFAULT);
    return { ...person(DEFAULT), weak: true };
  }
  return { ...person(DEFAULT), pending: 'single', kind: speech ? 'surname' : 'unknown' };
}

/**
 * A lower-case title of the head or a member of a body right after the name at `end`, then a name ("president Lena
 * Oduya", "candidate Ana Ruiz"). Not local offices ("Ohio governor X": a place) nor the bare "leader" ("Tigray leader X": a region's).
 */
function headsBodyTitleAfter(scan: SentenceScan, end: number): boolean {
  const { tokens, text } = scan;
  const next = tokens[end];
  if (!next || next.cap || brokenBetween(text, tokens[end - 1]!, next)) return false;
  const title = titleMatch(scan, end);
  // "Frelimo candidate X", "Vexon analyst X": a member's title names the body before it too.
  const bodyTitle = title?.value.relation === 'LEADER_OF' || title?.value.relation === 'MEMBER_OF';
  if (!title || !bodyTitle || title.value.held === 'place') return false;
  if (title.value.role === 'Leader') return false;
  const after = tokens[end + title.length];
  return after !== undefined && after.cap && !brokenBetween(text, tokens[end + title.length - 1]!, after);
}

/** How many lower-case words may stand between a flag compound and a ship's name ("Panama-flagged oil tanker X"). */
const VESSEL_REACH = 3;

/** A ship's name: right after a noun for a ship ("the tanker X") or a flag compound ("the Liberian-flagged X"). */
export function vesselBefore(
  scan: Pick<SentenceScan, 'tokens' | 'text'> | SentenceAnalysis,
  first: number,
  knowledge: Knowledge,
): boolean {
  const tokens = scan.tokens;
  const text = 'text' in scan ? scan.text : scan.sentence.text;
  for (let k = first - 1; k >= Math.max(0, first - VESSEL_REACH); k--) {
    const t = tokens[k]!;
    if (t.cap || brokenBetween(text, t, tokens[k + 1]!)) return false;
    if (t.hyphenBefore && t.norm === 'flagged') return true;
    const noun = matchPhrase(knowledge.lexicon.vesselNouns, tokens, k);
    if (noun && k + noun.length === first) return true;
  }
  return false;
}

/** How strong the evidence for a name's type is; one sense per article keeps the strongest (article-mentions.ts). */
export const DEFAULT = 0;
export const LEXICON = 1;
export const STATED = 2;
export const HEAD = 3;

/**
 * Capitalised common words inside a sentence ("Amnesty International said"): the name of an organisation, unless they
 * only modify a noun after them ("Internet Protocol addresses"), sit in quotes or open the sentence.
 */
function commonWordsName(
  scan: SentenceScan,
  first: number,
  end: number,
  organisation: (evidence?: number) => FoundMention,
): FoundMention | undefined {
  const { tokens, text } = scan;
  const next = tokens[end];
  if (
    end - first < 2 ||
    first === 0 ||
    tokens[first]!.quoted ||
    /(?:^|\s)["“‘(]\s*$/.test(text.slice(0, tokens[first]!.start))
  )
    return undefined;
  if (next && !next.cap && !brokenBetween(text, tokens[end - 1]!, next) && scan.pos[end] === 'NOUN') return undefined;
  return organisation(LEXICON);
}

/** How many words of an apposition are read for its noun ("a state-owned mining company"). */
const APPOSED_REACH = 5;

/** An apposition whose determiner is at `from` ("a mining company based in ...") and whose noun is one for an organisation. */
function organisationApposed(scan: SentenceScan, from: number): boolean {
  const { tokens } = scan;
  for (let k = from + 1; k < Math.min(tokens.length, from + APPOSED_REACH); k++) {
    if (!tokens[k - 1]!.possessive && brokenBetween(scan.text, tokens[k - 1]!, tokens[k]!)) return false;
    // "X, the Orvane Union's naval mission": over the owner's name and its possessive.
    if (tokens[k]!.cap) {
      let j = k;
      while (j < Math.min(tokens.length, from + APPOSED_REACH) && tokens[j]!.cap && !tokens[j]!.possessive) j++;
      if (!tokens[j]?.possessive || !tokens[j]!.cap) return false;
      k = j;
      continue;
    }
    const noun = matchPhrase(scan.knowledge.lexicon.organisationNouns, tokens, k);
    // "Y, the group's leader,": a possessive noun owns the title after it.
    if (noun && tokens[k + noun.length - 1]!.possessive) return false;
    if (noun) {
      const after = tokens[k + 1];
      // "a company executive", "a group leader": the noun qualifies a person's title.
      return !after || after.cap || scan.pos[k + 1] !== 'NOUN' || brokenBetween(scan.text, tokens[k]!, after);
    }
    if (!['ADJ', 'NOUN', 'VERB'].includes(scan.pos[k] ?? 'X') && !tokens[k]!.hyphenBefore) return false;
  }
  return false;
}

/** A noun for a kind of organisation right after `end`, then a capitalised name ("Opposition party Forward Chile"). */
function describesNameAfter(scan: SentenceScan, end: number): boolean {
  const noun = nounAfter(scan, end)
    ? matchPhrase(scan.knowledge.lexicon.organisationNouns, scan.tokens, end)
    : undefined;
  // "Alphabet subsidiary Waymo": a part noun has its owner before it.
  if (!noun || scan.knowledge.relationCues.partWords.has(scan.tokens[end]!.norm)) return false;
  const after = scan.tokens[end + noun.length];
  return after !== undefined && after.cap && !brokenBetween(scan.text, scan.tokens[end + noun!.length - 1]!, after);
}

/** An organisation noun right after the name ("the JoongAng Ilbo newspaper"). */
function nounAfter(scan: SentenceScan, end: number): boolean {
  const { tokens, text } = scan;
  const next = tokens[end];
  if (!next || next.cap || brokenBetween(text, tokens[end - 1]!, next)) return false;
  return matchPhrase(scan.knowledge.lexicon.organisationNouns, tokens, end) !== undefined;
}

/** "the Kayes region": an administrative noun after an unknown place belongs to its name (the span stays the name). */
function namedWithNoun(scan: SentenceScan, m: FoundMention, end: number): FoundMention {
  const noun = scan.tokens[end]!;
  return scan.knowledge.lexicon.placeNameNouns.has(noun.norm) ? { ...m, name: `${m.name} ${noun.norm}` } : m;
}

/** In a list with a place ("Donetsk and Luhansk", "Unity, Upper Nile and Warrap"): a place too. */
function coordinatedWithPlace(scan: SentenceScan, first: number, end: number): boolean {
  const { tokens, text, mentions, mentionAt } = scan;
  const isPlace = (m: FoundMention | undefined): boolean =>
    m !== undefined && m.type === 'Place' && m.kind === 'name' && m.key.startsWith('place:');
  const conjunction = (k: number): boolean => tokens[k] !== undefined && ['and', 'or'].includes(tokens[k]!.norm);
  const comma = (k: number): boolean =>
    tokens[k] !== undefined &&
    tokens[k - 1] !== undefined &&
    text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',');
  if (first >= 2 && conjunction(first - 1) && isPlace(mentions[mentionAt[first - 2]!])) return true;
  // After a comma only in a list that goes on ("Unity, Upper Nile and Warrap"), not an apposition ("the Horn of Africa, X,").
  const listGoesOn = conjunction(end) || (comma(end) && tokens[end]!.cap);
  if (first >= 1 && comma(first) && listGoesOn && isPlace(mentions[mentionAt[first - 1]!])) return true;
  const nextAt = conjunction(end) ? end + 1 : comma(end) ? end : -1;
  return nextAt > 0 && placeAhead(scan, nextAt);
}

/**
 * A place name starting at k: a gazetteer place, a compass word before a name ("Upper Nile"), or a capitalised run
 * that ends in a place word ("Raja County") or comes before a place noun ("Jonglei states").
 */
function placeAhead(scan: SentenceScan, k: number): boolean {
  const g = gazetteerAt(scan, k);
  if (g) return g.value.entry.type === 'Place' && g.value.kind === 'name';
  const { tokens } = scan;
  const { lexicon } = scan.knowledge;
  if (tokens[k]?.cap && lexicon.compassWords.has(tokens[k]!.norm) && tokens[k + 1]?.cap) return true;
  let j = k;
  while (j < Math.min(tokens.length, k + 4) && tokens[j]!.cap) {
    if (lexicon.placeNameHeads.has(tokens[j]!.norm)) return true;
    j++;
  }
  return j > k && matchPhrase(lexicon.placeHeads, tokens, j) !== undefined;
}
/** "Armed Forces of the Philippines", "Atomic Energy Organization of Iran": part of the state named last. */
function stateNamedLast(scan: SentenceScan, first: number, end: number): Pick<FoundMention, 'partOfKey' | 'owner'> {
  const { tokens } = scan;
  let partOf: Pick<FoundMention, 'partOfKey' | 'owner'> = {};
  for (let k = first + 1; k < end; k++) {
    if (tokens[k - 1]!.norm !== 'of' && !(tokens[k - 1]!.norm === 'the' && tokens[k - 2]?.norm === 'of')) continue;
    const g = gazetteerAt(scan, k);
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
  return partOf;
}

/** How many words a description before a name may hold ("a small Dutch IT supplier, X"). */
const DESCRIPTION_REACH = 5;

/** "an IT supplier, Corbridge Digital": a determiner, then words ending in an organisation noun, a comma, the name. */
function describedBefore(scan: SentenceScan, first: number): boolean {
  const { tokens, text } = scan;
  if (first < 2 || !/^,\s*$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) return false;
  const noun = tokens[first - 1]!;
  if (noun.cap || !matchPhrase(scan.knowledge.lexicon.organisationNouns, tokens, first - 1)) return false;
  for (let k = first - 2; k >= Math.max(0, first - 1 - DESCRIPTION_REACH); k--) {
    // "the EU's naval mission, X": an owner's possessive stands for the determiner.
    if (['a', 'an'].includes(tokens[k]!.norm) || tokens[k]!.possessive) return true;
    // "a member of the group, X": the noun belongs to another phrase.
    const acronym = /^\p{Lu}{2,}$/u.test(tokens[k]!.text);
    if (
      brokenBetween(text, tokens[k]!, tokens[k + 1]!) ||
      (!acronym && !['ADJ', 'NOUN', 'PROPN'].includes(scan.pos[k] ?? 'X'))
    )
      return false;
  }
  return false;
}

/**
 * A noun naming the kind of thing right before the name ("rights group Viasna"), or opening the sentence before it
 * ("Regulator Osvane said").
 */
function nounBefore(scan: SentenceScan, first: number, table: PhraseTable<true>): boolean {
  const { tokens, text } = scan;
  if (first === 1 && scan.knowledge.lexicon.openingNouns.has(tokens[0]!.norm)) return true;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (tokens[k]!.cap || brokenBetween(text, tokens[k]!, tokens[k + 1]!)) return false;
    const m = matchPhrase(table, tokens, k);
    if (m && k + m.length === first) return true;
  }
  return false;
}

/** Words between a noun and the name it goes by ("a group calling itself X", "a militia known as X"). */
const GOES_BY = [
  ['calling', 'itself'],
  ['calls', 'itself'],
  ['called'],
  ['known', 'as'],
  ['dubbed'],
  ['named'],
  ['tracks', 'as'],
  ['tracked', 'as'],
  ['it', 'tracks', 'as'],
  ['it', 'calls'],
  ['they', 'call'],
];

/** A noun of the table, then words by which it goes by the name at `first` ("a gang calling itself X"). */
function namedAfterNoun(scan: SentenceScan, first: number, table: PhraseTable<true>): boolean {
  const { tokens } = scan;
  for (const words of GOES_BY) {
    const at = first - words.length;
    if (at < 1 || words.some((w, n) => tokens[at + n]!.norm !== w)) continue;
    const noun = tokens[at - 1]!;
    // "a group it tracks as X": a longer way of going by a name may end the same way.
    if (!noun.cap && nounBefore(scan, at, table)) return true;
  }
  return false;
}

/** A place noun right after the name ("Syunik province", "the Zamzam camp"). */
function placeHeadAfter(scan: SentenceScan, end: number): boolean {
  const { tokens, text } = scan;
  const next = tokens[end];
  return (
    next !== undefined &&
    !next.cap &&
    !brokenBetween(text, tokens[end - 1]!, next) &&
    matchPhrase(scan.knowledge.lexicon.placeHeads, tokens, end) !== undefined
  );
}

/** "the village of Nerkin Hand": a place noun, then "of". */
function placeOf(scan: SentenceScan, first: number): boolean {
  const { tokens, text } = scan;
  const prev = tokens[first - 1];
  if (prev?.norm !== 'of' || brokenBetween(text, prev, tokens[first]!)) return false;
  for (let k = first - 2; k >= Math.max(0, first - 4); k--) {
    const m = matchPhrase(scan.knowledge.lexicon.placeHeads, tokens, k);
    if (m !== undefined && k + m.length === first - 1) return true;
  }
  return false;
}
