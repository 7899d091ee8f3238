/*
 * A synthetic world for generated news: real states (from the world-countries package the
 * extractor also reads) and the gazetteer's organisations and regions, with invented people who
 * hold titles in them (names built from syllables, so they vary and repeat like real names do).
 * Seeded: the same seed gives the same world.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import worldCountries from 'world-countries';
import { seededRandom, type Random } from '../lib/random.ts';

const countries = worldCountries;
const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export interface WorldState {
  name: string;
  demonym: string;
  capital: string | null;
}

export interface WorldOrganisation {
  name: string;
  /** A short form the text may use on second mention. */
  short: string;
}

export interface WorldPerson {
  first: string;
  last: string;
  /** Role title as written before the name ("Foreign Minister"). */
  title: string;
  /** The state or organisation the person belongs to. */
  state: WorldState | null;
  organisation: WorldOrganisation | null;
}

export interface World {
  states: WorldState[];
  organisations: WorldOrganisation[];
  regions: string[];
  people: WorldPerson[];
  outlets: string[];
}

const STATE_TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Interior Minister',
  'Finance Minister',
  'Deputy Foreign Minister',
  'National Security Adviser',
  'Ambassador',
  'General',
  'Admiral',
  'Spokesperson',
  'Senator',
  'Governor',
];
const ORGANISATION_TITLES = ['Secretary-General', 'Director General', 'Chair', 'Spokesperson', 'Special Envoy'];

const ONSETS = [
  'b',
  'd',
  'k',
  'l',
  'm',
  'n',
  'r',
  's',
  't',
  'v',
  'z',
  'al',
  'br',
  'ch',
  'dr',
  'gr',
  'kh',
  'sh',
  'st',
  'tr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ia', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'v', 'k', 'l', 'sh', 'm'];
const SURNAME_ENDINGS = ['', 'ov', 'enko', 'ski', 'son', 'ani', 'ez', 'oglu', 'ier', 'ashvili', 'berg', 'ida'];

/** One invented syllable (onset, vowel, coda). */
export function syllable(random: Random): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

/** The word with its first letter in upper case. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An invented first and last name. */
export function personName(random: Random): { first: string; last: string } {
  const first = capitalise(syllable(random) + (random.chance(0.6) ? syllable(random) : ''));
  let last = capitalise(syllable(random) + syllable(random) + random.pick(SURNAME_ENDINGS));
  if (random.chance(0.06)) last = `${last}-${capitalise(syllable(random) + syllable(random))}`;
  return { first, last };
}

function readYaml<T>(...parts: string[]): T {
  return parse(readFileSync(path.join(projectRoot, 'data', ...parts), 'utf8')) as T;
}

/** Builds the world: `peopleCount` invented people across real states and organisations. */
export function buildWorld(seed: number, peopleCount = 4000): World {
  const random = seededRandom(seed);
  const states: WorldState[] = countries
    .filter((c) => c.independent && c.unMember)
    .map((c) => ({
      name: c.name.common,
      demonym: c.demonyms?.eng?.m ?? c.name.common,
      capital: c.capital[0] ?? null,
    }));
  // Popularity follows a seeded order, not the alphabet.
  for (let i = states.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [states[i], states[j]] = [states[j]!, states[i]!];
  }
  const organisations = readYaml<{ name: string; aliases?: string[] }[]>('gazetteer', 'organisations.yaml').map(
    (o) => ({
      name: o.name,
      short: o.aliases?.find((a) => /^[A-Z]{2,6}$/.test(a)) ?? o.name,
    }),
  );
  const regions = readYaml<{ name: string }[]>('gazetteer', 'places.yaml').map((p) => p.name);
  const people: WorldPerson[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const inOrganisation = random.chance(0.15);
    people.push({
      ...personName(random),
      title: random.pick(inOrganisation ? ORGANISATION_TITLES : STATE_TITLES),
      state: inOrganisation ? null : states[random.skewed(states.length, 1.8)]!,
      organisation: inOrganisation ? organisations[random.skewed(organisations.length, 1.5)]! : null,
    });
  }
  const outlets = Array.from(
    { length: 40 },
    () =>
      `The ${capitalise(syllable(random) + syllable(random))} ${random.pick(['Times', 'Post', 'Herald', 'Wire', 'Dispatch', 'Monitor', 'Review'])}`,
  );
  return { states, organisations, regions, people, outlets };
}
