/*
 * Pass 2 over the names of one article, before people are resolved:
 * - one sense per article: every mention of an unknown name takes the type the strongest evidence gives it
 *   anywhere in the article ("the Kariba dam" makes "the Kariba project" a place); a place named with its
 *   place word ("Mekong River") also answers to the name without it ("the Mekong");
 * - a body named without its state joins the one the article names with it ("the State Department" after "the
 *   U.S. State Department", "the Ministry of Commerce" after "China's Commerce Ministry"), and an acronym joins
 *   the name whose initials it spells ("MDC" and "Movement for Democratic Change");
 * - members of a state's armed forces ("Israeli forces", "Nigerien soldiers") stand for the armed forces the article
 *   names ("the Israeli military"); with none named they stay the state's agents;
 * - a state named by the last words of another state's name the article uses ("Congo" after "Democratic Republic
 *   of Congo", "Korea" in a story about North Korea) is that state, when only one such state is named;
 * - an organisation named again without the head words that end its name ("Halvex" after "Halvex
 *   Pharmaceuticals", "Andes Copper" after "Andes Copper Corp.") is that organisation, not a person or a place;
 *   but a town's own body ("Brookview Police Department", lexicon.yaml townBodies) leaves the town's name a place;
 * - a person named again by the last two or more words of a longer name ("Na Bitam" after "Augusto Na Bitam") is
 *   that person.
 */
import type { Knowledge } from '../knowledge.ts';
import { matchPhrase } from '../tokenize.ts';
import { HEAD, LEXICON } from './classify-name.ts';
import { slugify } from '../ids.ts';
import type { FoundMention, SentenceAnalysis } from './types.ts';

/** A mention of a name the gazetteer does not hold (typed in pass 1 from the evidence around it). */
function unknownName(m: FoundMention, knowledge: Knowledge): boolean {
  return (
    (m.kind === 'name' || m.kind === 'surname' || m.kind === 'unknown') &&
    !knowledge.entries.has(m.key) &&
    !m.partOfKey &&
    /^(?:person|org|place):/.test(m.key)
  );
}

function surfaceOf(a: SentenceAnalysis, m: FoundMention): string {
  return a.sentence.text.slice(m.start, m.end).toLowerCase();
}

/** One sense per article: each unknown name takes the type of its best-evidenced mention. */
export function unifyNameSenses(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  // "a letter to Kerubo" after "Ruth Kerubo": a word of a person's full name is that person, not a place by a
  // preposition; it neither spreads the place to the name's other mentions nor stays one.
  const parts = personParts(analyses);
  const surname = (a: SentenceAnalysis, m: FoundMention): boolean =>
    m.type === 'Place' &&
    m.last - m.first === 1 &&
    (m.evidence ?? 0) <= LEXICON &&
    parts.has(a.tokens[m.first]!.norm) &&
    unknownName(m, knowledge);
  for (const a of analyses)
    for (const m of a.mentions)
      if (surname(a, m))
        Object.assign(m, {
          type: 'Person',
          key: m.key.replace(/^place:/, 'person:'),
          kind: 'surname',
          pending: 'single',
        });
  const best = new Map<string, FoundMention>();
  const consider = (surface: string, m: FoundMention): void => {
    const known = best.get(surface);
    if (!known || (m.evidence ?? 0) > (known.evidence ?? 0)) best.set(surface, m);
  };
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (!unknownName(m, knowledge)) continue;
      consider(surfaceOf(a, m), m);
      // "Mekong River" also answers to "Mekong".
      const words = surfaceOf(a, m).split(' ');
      if (m.type === 'Place' && words.length > 1 && knowledge.lexicon.placeNameHeads.has(words.at(-1)!))
        consider(words.slice(0, -1).join(' '), { ...m, evidence: (m.evidence ?? 0) - 1 });
    }
  }
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (!unknownName(m, knowledge)) continue;
      const strong = best.get(surfaceOf(a, m));
      // On a tie between two types, the first mention's wins: one name is one entity.
      const [given, own] = [strong?.evidence ?? 0, m.evidence ?? 0];
      if (!strong || strong === m || given < own || (given === own && strong.type === m.type)) continue;
      if (m.pending === 'single' && strong.type === 'Person') continue;
      Object.assign(m, { type: strong.type, key: strong.key, name: strong.name, evidence: strong.evidence });
      if (m.type !== 'Person') m.kind = 'name';
      delete m.weak;
      delete m.pending;
    }
  }
}

/**
 * "Liberal Democrat candidate X" and "the Liberal Democrats": an organisation's name and the same name with a plural
 * last word ("Democrat", "Democrats") are one body, named as the article first names it in the plural.
 */
export function joinPluralBodyNames(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  const plural = new Map<string, FoundMention>();
  for (const a of analyses)
    for (const m of a.mentions)
      if (
        m.type === 'Organisation' &&
        unknownName(m, knowledge) &&
        /\p{Ll}s$/u.test(m.name) &&
        !plural.has(m.name.slice(0, -1))
      )
        plural.set(m.name.slice(0, -1), m);
  if (plural.size === 0) return;
  for (const a of analyses)
    for (const m of a.mentions) {
      const body = plural.get(m.name);
      if (!body || m.type !== 'Organisation' || !unknownName(m, knowledge) || m.name.split(' ').length < 2) continue;
      Object.assign(m, { key: body.key, name: body.name });
    }
}

/** The first and last words of the people the article names in full (two words or more). */
function personParts(analyses: SentenceAnalysis[]): Set<string> {
  const parts = new Set<string>();
  for (const a of analyses)
    for (const m of a.mentions)
      if (m.type === 'Person' && m.last - m.first >= 2 && !m.pending) {
        parts.add(a.tokens[m.first]!.norm);
        parts.add(a.tokens[m.last - 1]!.norm);
      }
  return parts;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'de', 'la', 'du', 'des']);

function contentWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => w && !FUNCTION_WORDS.has(w));
}

/** The initials of a name's capitalised words ("Movement for Democratic Change" -> "MDC"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** The initials of a body's name, and of its name without the state that opens it ("FDA" of "U.S. Food and Drug Administration"). */
function initialsOf(o: FoundMention): string[] {
  const all = initials(o.name);
  if (!o.owner || o.owner.start !== o.start) return [all];
  return [all, initials(o.name.slice(o.owner.end - o.start))];
}

/**
 * Bodies named without their state join the one named with it, and acronyms the name they abbreviate, when the
 * article holds exactly one such name.
 */
export function joinBodyNames(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  const organisations = new Map<string, FoundMention>();
  for (const a of analyses)
    for (const m of a.mentions) if (m.type === 'Organisation' && m.kind === 'name') organisations.set(m.key, m);
  const all = [...organisations.values()];
  // "the State Security Service (DTX)": an acronym in brackets right after a body's name abbreviates it.
  const bracketed = new Map<string, FoundMention>();
  for (const a of analyses)
    for (const m of a.mentions) {
      const before = a.mentions[a.mentionAt[m.first - 1] ?? -1];
      const surface = a.sentence.text.slice(m.start, m.end).replace(/\./g, '');
      if (
        /^\p{Lu}{2,8}$/u.test(surface) &&
        before?.type === 'Organisation' &&
        before.kind !== 'reference' &&
        before.key !== m.key &&
        /^\s*\(\s*$/.test(a.sentence.text.slice(before.end, m.start)) &&
        unknownName(m, knowledge) &&
        !bracketed.has(surface)
      )
        bracketed.set(surface, before);
    }
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Organisation' || !unknownName(m, knowledge)) continue;
      const surface = a.sentence.text.slice(m.start, m.end);
      const named = bracketed.get(surface.replace(/\./g, ''));
      if (named) {
        Object.assign(m, { key: named.key, name: named.name });
        if (named.partOfKey) m.partOfKey = named.partOfKey;
        continue;
      }
      const acronym = /^\p{Lu}{2,6}$/u.test(surface.replace(/\./g, ''));
      const words = contentWords(m.name);
      const fits = all.filter((o) => {
        if (o.key === m.key) return false;
        if (acronym) return initialsOf(o).includes(surface.replace(/\./g, ''));
        const other = contentWords(o.name);
        return words.length >= 2 && other.length > words.length && words.every((w) => other.includes(w));
      });
      const target = fits.length === 1 ? fits[0]! : undefined;
      if (!target) continue;
      Object.assign(m, { key: target.key, name: target.name });
      if (target.partOfKey) m.partOfKey = target.partOfKey;
    }
  }
}

/** "Israeli forces", "Nigerien soldiers": a demonym before a member noun stands for the armed forces the article names. */
export function joinArmedForceMembers(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  const forces = new Map<string, FoundMention>();
  for (const a of analyses)
    for (const m of a.mentions) if (m.partOfKey && isArmedForces(m, knowledge)) forces.set(m.partOfKey, m);
  if (forces.size === 0) return;
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.kind !== 'demonym' || m.type !== 'State' || m.qualifiesTitle) continue;
      const body = forces.get(m.key);
      if (!body) continue;
      const member = armedForcesMembers(knowledge);
      const noun = member ? matchPhrase(member, a.tokens, m.last) : undefined;
      if (!noun) continue;
      const last = m.last + noun.length;
      Object.assign(m, {
        key: body.key,
        type: 'Organisation',
        name: body.name,
        kind: 'name',
        last,
        end: a.tokens[last - 1]!.end,
        partOfKey: body.partOfKey,
        evidence: HEAD,
      });
      delete m.actorRef;
      for (let k = m.first; k < last; k++) a.mentionAt[k] = a.mentions.indexOf(m);
    }
  }
}

function armedForcesMembers(knowledge: Knowledge) {
  for (const body of knowledge.lexicon.stateBodies.map.values()) if (body.members.map.size > 0) return body.members;
  return undefined;
}

function isArmedForces(m: FoundMention, knowledge: Knowledge): boolean {
  const entry = knowledge.entries.get(m.key);
  if (entry) return entry.type === 'Organisation' && /\b(?:Defen[cs]e Forces|Armed Forces|Army)\b/.test(entry.name);
  return /^Armed Forces of /.test(m.name) || /\b(?:army|military|armed forces)$/i.test(m.name);
}

/** The words of a name, lower case, without a trailing full stop ("Corp." is "corp"). */
function nameWordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''));
}

/**
 * The short forms of the article's organisation names: the words before the head words that end a name
 * ("halvex" for "Halvex Pharmaceuticals", "andes copper" for "Andes Copper Corp."), each with its organisation
 * when only one name has it.
 */
function shortOrganisationNames(analyses: SentenceAnalysis[], knowledge: Knowledge): Map<string, ShortName> {
  const heads = knowledge.lexicon.organisationHeads;
  const found = new Map<string, ShortName | null>();
  const opening: [string, FoundMention][] = [];
  const add = (short: string, name: ShortName): void => {
    const known = found.get(short);
    found.set(short, known === undefined || known?.body.key === name.body.key ? name : null);
  };
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Organisation' || m.kind !== 'name') continue;
      const words = nameWordsOf(m.name);
      let cut = words.length;
      while (cut > 1 && heads.has(words[cut - 1]!)) cut--;
      if (words.length > 1 && !FUNCTION_WORDS.has(words[0]!)) opening.push([words[0]!, m]);
      if (cut === words.length || FUNCTION_WORDS.has(words[cut - 1]!)) continue;
      const short = words.slice(0, cut).join(' ');
      const town = knowledge.lexicon.townBodies.has(words.slice(cut).join(' '));
      add(short, { body: m, town, opener: false });
    }
  }
  // "Huaxin said" after "Huaxin Nonferrous Group": the first word of one organisation's name, read as a person.
  for (const [word, m] of opening)
    if (!found.has(word) || found.get(word)?.opener) add(word, { body: m, town: false, opener: true });
  return new Map([...found].filter((entry): entry is [string, ShortName] => entry[1] !== null));
}

/**
 * An organisation a short form stands for, or the town it is named after ("Brookview" of "Brookview Police"); an
 * opener is only the first word of the name ("Huaxin" of "Huaxin Nonferrous Group") and only stands for it when read
 * as a person.
 */
interface ShortName {
  body: FoundMention;
  town: boolean;
  opener: boolean;
}

/** The name parts of the people the article names in full ("vance" of "Gregory Vance"), with their keys. */
function personNameParts(analyses: SentenceAnalysis[]): Map<string, Set<string>> {
  const parts = new Map<string, Set<string>>();
  for (const a of analyses)
    for (const m of a.mentions)
      if (m.type === 'Person' && m.last - m.first > 1 && !m.weak)
        for (const t of a.tokens.slice(m.first, m.last)) parts.set(t.norm, (parts.get(t.norm) ?? new Set()).add(m.key));
  return parts;
}

/**
 * "Halvex denied the charges" after "Halvex Pharmaceuticals": an unknown name typed by default or by a clue weaker
 * than a head word ("Halvex chairwoman X") that is the short form of one organisation the article names, and no part
 * of a person's name, is that organisation.
 */
export function joinShortOrganisationNames(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  const shorts = shortOrganisationNames(analyses, knowledge);
  if (shorts.size === 0) return;
  const people = personNameParts(analyses);
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.title || !unknownName(m, knowledge) || (m.evidence ?? 0) >= HEAD) continue;
      const surface = nameWordsOf(surfaceOf(a, m).replace(/[’']s$/, '')).join(' ');
      const short = shorts.get(surface);
      const person = (w: string): boolean => [...(people.get(w) ?? [])].some((key) => key !== m.key);
      if (!short || short.body.key === m.key || surface.split(' ').some(person)) continue;
      // "Securities fraud carries ...": a word before a lower-case noun modifies it, it names no one.
      const next = a.tokens[m.last];
      if (short.opener && (m.type !== 'Person' || (next && !next.cap && a.pos[m.last] === 'NOUN'))) continue;
      delete m.weak;
      delete m.pending;
      if (short.town) {
        Object.assign(m, { key: `place:${slugify(m.name)}`, type: 'Place', kind: 'name', evidence: HEAD });
        continue;
      }
      const target = short.body;
      Object.assign(m, { key: target.key, type: 'Organisation', name: target.name, kind: 'name', evidence: HEAD });
      if (target.partOfKey) m.partOfKey = target.partOfKey;
    }
  }
}

/** "Congo" in an article that names the "Democratic Republic of Congo": the one state whose longer name ends so. */
export function joinStateShortNames(analyses: SentenceAnalysis[]): void {
  const longNames = new Map<string, FoundMention>();
  for (const a of analyses)
    for (const m of a.mentions)
      if (m.type === 'State' && m.kind === 'name' && m.last - m.first > 1) longNames.set(surfaceOf(a, m), m);
  if (longNames.size === 0) return;
  for (const a of analyses) {
    for (const m of a.mentions) {
      const surface = surfaceOf(a, m);
      // "Sudan" beside "South Sudan" is the state so called, not a short name.
      if (m.type !== 'State' || m.kind !== 'name' || m.name.toLowerCase() === surface) continue;
      const keys = new Set(
        [...longNames].filter(([name, o]) => o.key !== m.key && name.endsWith(` ${surface}`)).map(([, o]) => o.key),
      );
      if (keys.size !== 1) continue;
      const target = [...longNames.values()].find((o) => keys.has(o.key))!;
      Object.assign(m, { key: target.key, name: target.name });
      if (target.country !== undefined) m.country = target.country;
    }
  }
}

/** "Na Bitam" after "Augusto Na Bitam": a name of two or more words ending exactly one longer person's name is theirs. */
export function joinPersonNameEndings(analyses: SentenceAnalysis[]): void {
  const full = new Map<string, { name: string; words: string[] }>();
  for (const a of analyses)
    for (const m of a.mentions)
      if (m.type === 'Person' && !m.pending && m.kind === 'name' && m.last - m.first > 2 && !full.has(m.key))
        full.set(m.key, { name: m.name, words: nameWordsOf(m.name) });
  if (full.size === 0) return;
  for (const a of analyses)
    for (const m of a.mentions) {
      if (m.type !== 'Person' || m.pending || m.last - m.first < 2 || full.has(m.key)) continue;
      const words = nameWordsOf(m.name);
      const longer = [...full].filter(
        ([, p]) => p.words.length > words.length && p.words.slice(-words.length).join(' ') === words.join(' '),
      );
      if (longer.length !== 1) continue;
      const [key, person] = longer[0]!;
      Object.assign(m, { key, name: person.name, kind: 'surname' });
      delete m.weak;
    }
}
