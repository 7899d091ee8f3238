/*
 * The type of a run of capitalised words the gazetteer does not know, from the evidence at hand, in order:
 * an organisation head word ("... Ministry", "Board of ..."), a noun for a kind of organisation before it
 * ("rights group X"), a place noun after it or before "of" ("X province", "the village of X"), a leading "The",
 * a title, a first name, a speech verb or an apposition, compromise's city lexicon or a place preposition,
 * coordination with a place. Otherwise two words or more make a person by default ("weak"), and single words
 * wait for pass 2.
 */
import type { TitleInfo } from '../knowledge.ts';
import type { PhraseTable } from '../knowledge.ts';
import { matchPhrase, type Token } from '../tokenize.ts';
import { slugify } from '../ids.ts';
import { brokenBetween, gazetteerAt, type SentenceScan } from './sentence-scan.ts';
import type { FoundMention } from './types.ts';

type Title = { info: TitleInfo; first: number } | undefined;

/** The mention a capitalised run makes, or undefined when it names no entity (a holiday, a ship, common words). */
export function classifyChunk(scan: SentenceScan, first: number, end: number, title: Title): FoundMention | undefined {
  const { tokens, text, knowledge } = scan;
  const { lexicon } = knowledge;
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
    return cut > 0 ? classifyChunk(scan, first, first + cut, title) : undefined;
  }
  const organisation = (): FoundMention => ({
    ...base,
    key: `org:${slugify(name)}`,
    type: 'Organisation',
    kind: 'name',
  });
  const place = (): FoundMention => ({ ...base, key: `place:${slugify(name)}`, type: 'Place', kind: 'name' });
  if (hasOrgHead) return { ...organisation(), ...stateNamedLast(scan, first, end) };
  const classes = span.map((x) => knowledge.classifyWord(x.norm));
  const prev = tokens[first - 1];
  const next = tokens[end];
  if (title === undefined && nounBefore(scan, first, lexicon.organisationNouns)) return organisation();
  if (title === undefined && (placeHeadAfter(scan, end) || placeOf(scan, first))) return place();
  // "The Hague", "The Economist": never a person.
  if (span[0]!.norm === 'the') {
    const inPlace = prev !== undefined && lexicon.placePrepositions.has(prev.norm);
    return inPlace || classes.slice(1).every((c) => c === 'place') ? place() : organisation();
  }
  const titled = title !== undefined && title.info.role !== undefined;
  const speech =
    (prev !== undefined && lexicon.speechVerbs.has(prev.norm) && !brokenBetween(text, prev, span[0]!)) ||
    (next !== undefined && lexicon.speechVerbs.has(next.norm) && !brokenBetween(text, span.at(-1)!, next));
  const afterText = text.slice(span.at(-1)!.end, span.at(-1)!.end + 3);
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
  if (placeLike) return place();
  if (classes[0] === 'organisation') return organisation();
  // Coordinated with a place ("Donetsk and Luhansk").
  if (prev && (prev.norm === 'and' || prev.norm === 'or') && first >= 2) {
    const before = scan.mentions[scan.mentionAt[first - 2]!];
    if (before?.type === 'Place' && before.kind === 'name' && before.key.startsWith('place:')) return place();
  }
  if (span.length > 1) return { ...person(), weak: true };
  const letters = span[0]!.text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase()) return organisation();
  return { ...person(), pending: 'single', kind: speech ? 'surname' : 'unknown' };
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

/** A noun naming the kind of thing right before the name ("rights group Viasna"). */
function nounBefore(scan: SentenceScan, first: number, table: PhraseTable<true>): boolean {
  const { tokens, text } = scan;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (tokens[k]!.cap || brokenBetween(text, tokens[k]!, tokens[k + 1]!)) return false;
    const m = matchPhrase(table, tokens, k);
    if (m && k + m.length === first) return true;
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
