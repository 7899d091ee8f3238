/*
 * The extractor's knowledge, loaded once per process and compiled into lookup tables.
 *
 * - States come from the world-countries package (ODbL): common and official names, alternative
 *   spellings, capitals (used as metonyms for the state) and English demonyms; data/gazetteer/states.yaml
 *   adds what the package lacks ("the Kremlin", "U.S.", historical states).
 * - Organisations, places, titles, event triggers, allegation cues and relation cues live in
 *   data/gazetteer/*.yaml, which users extend. Name typing falls back on compromise's lexicon
 *   (first names, cities) for names the gazetteer does not hold.
 * No code here names a real-world entity: all of it is data.
 */
import { readFileSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import worldCountries, { type Country } from 'world-countries';
import nlp from 'compromise';
import type { EntityType, RelationType } from '../contract.ts';
import { dataPath } from '../paths.ts';
import { tokenize, normaliseToken } from './tokenize.ts';

/** One thing the gazetteer knows. */
export interface GazetteerEntry {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the state (for states), or of the state it belongs to. */
  country?: string;
  /** Key of the entity it is part of (an organisation's parent). */
  partOf?: string;
}

/** How a surface form points at an entry. */
export type SurfaceKind = 'name' | 'demonym' | 'metonym' | 'capital';

export interface PhraseTarget {
  entry: GazetteerEntry;
  kind: SurfaceKind;
  /** Acronyms must match in upper case ("US", not "us"). */
  exactCase: string | null;
}

export interface TitleInfo {
  role: string | null;
  relation: RelationType | null;
}

export interface EventTypeInfo {
  type: string;
  category: string;
  plover: string;
  cameo: string;
  objectRole: string;
}

export interface TriggerInfo {
  eventType: string;
  /** Verb triggers are skipped after "to" and modals ("could strike"); noun triggers are not. */
  isVerb: boolean;
  /** Words that, right before the trigger, mean it names no event ("evade sanctions"). */
  notAfter?: Set<string>;
  /** A verb phrase ("called on", "imposed sanctions"): its subject is found like a verb's. */
  verbal?: boolean;
}

export type LexiconClass = 'person' | 'place' | 'organisation' | 'common';

/** A phrase table: token-sequence keys (normalised tokens joined by spaces) to values. */
export interface PhraseTable<T> {
  map: Map<string, T>;
  firstTokens: Set<string>;
  maxTokens: number;
}

export interface Knowledge {
  entries: Map<string, GazetteerEntry>;
  /** Gazetteer surfaces: names, aliases, demonyms, metonyms and capitals. */
  surfaces: PhraseTable<PhraseTarget>;
  titles: PhraseTable<TitleInfo>;
  eventTypes: Map<string, EventTypeInfo>;
  triggers: PhraseTable<TriggerInfo>;
  allegation: {
    active: PhraseTable<true>;
    /** Active verbs that make a claim of wrongdoing without a category keyword ("accused"). */
    explicit: Set<string>;
    reporting: PhraseTable<true>;
    passive: PhraseTable<true>;
    unnamed: Set<string>;
    /** "according to": the named source after it alleges the claim before it. */
    according: PhraseTable<true>;
    hedges: PhraseTable<true>;
    denial: PhraseTable<true>;
    confirmation: PhraseTable<true>;
    negations: Set<string>;
    categories: PhraseTable<string>;
    /** Categories a plain reporting verb is enough for. */
    outright: Set<string>;
    /** Categories whose accused may be named only as a place. */
    accusedByPlace: Set<string>;
    /** "the accusations", "such claims": a denial's object pointing back at the allegation just made. */
    denialObjects: PhraseTable<true>;
  };
  relationCues: {
    membership: PhraseTable<true>;
    alliance: PhraseTable<true>;
    cooperation: PhraseTable<true>;
    opposition: PhraseTable<true>;
    negativeCues: PhraseTable<true>;
    actorNouns: PhraseTable<true>;
    placeNouns: Set<string>;
  };
  lexicon: {
    notNames: Set<string>;
    notEntityHeads: Set<string>;
    organisationHeads: Set<string>;
    nameConnectors: Set<string>;
    placePrepositions: Set<string>;
    speechVerbs: Set<string>;
    nameParticles: Set<string>;
    compassWords: Set<string>;
    placeHeads: PhraseTable<true>;
    organisationNouns: PhraseTable<true>;
    vesselPrefixes: Set<string>;
    plannedBefore: Set<string>;
    /** "the army": phrases that stand for the article's one organisation whose name holds one of the heads. */
    descriptions: PhraseTable<string[]>;
  };
  /** compromise's lexicon class of a lower-case word, if it knows it. */
  classifyWord(word: string): LexiconClass | undefined;
}

/** Key of a phrase: its normalised tokens joined by single spaces (possessive 's dropped). */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

function emptyTable<T>(): PhraseTable<T> {
  return { map: new Map(), firstTokens: new Set(), maxTokens: 0 };
}

function addPhrase<T>(table: PhraseTable<T>, phrase: string, value: T, overwrite = false): void {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) return;
  const key = tokens.map((t) => t.norm).join(' ');
  if (!overwrite && table.map.has(key)) return;
  table.map.set(key, value);
  table.firstTokens.add(tokens[0]!.norm);
  table.maxTokens = Math.max(table.maxTokens, tokens.length);
}

function tableOf(phrases: string[] | undefined): PhraseTable<true> {
  const table = emptyTable<true>();
  for (const phrase of phrases ?? []) addPhrase(table, phrase, true);
  return table;
}

function readYaml<T>(name: string, fallback: T): T {
  const file = dataPath('gazetteer', name);
  if (!existsSync(file)) return fallback;
  return (parseYaml(readFileSync(file, 'utf8')) as T | null) ?? fallback;
}

/** Regular English verb forms of a base form: -s, -ed, -ing (with the usual spelling changes). */
export function verbForms(base: string): string[] {
  const words = base.split(' ');
  const head = words[0]!;
  const rest = words.slice(1).join(' ');
  const forms = new Set<string>([head]);
  if (/[^aeiou]y$/.test(head)) {
    forms
      .add(`${head.slice(0, -1)}ies`)
      .add(`${head.slice(0, -1)}ied`)
      .add(`${head}ing`);
  } else if (/e$/.test(head)) {
    forms
      .add(`${head}s`)
      .add(`${head}d`)
      .add(`${head.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z|o)$/.test(head)) {
    forms.add(`${head}es`).add(`${head}ed`).add(`${head}ing`);
  } else {
    forms.add(`${head}s`).add(`${head}ed`).add(`${head}ing`);
    // Doubling after a short stressed syllable: "ban" -> "banned" (kept alongside the plain form).
    if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(head)) forms.add(`${head}${head.at(-1)}ed`).add(`${head}${head.at(-1)}ing`);
  }
  return [...forms].map((f) => (rest ? `${f} ${rest}` : f));
}

// world-countries is CommonJS: at run time its default export is the array itself.
const countries = worldCountries as unknown as Country[];

const PERSON_TAGS = ['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'Honorific'];
const PLACE_TAGS = ['City', 'Country', 'Region', 'Place'];
const ORG_TAGS = ['Organization', 'SportsTeam'];

function compromiseClassifier(): (word: string) => LexiconClass | undefined {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
  return (word) => {
    const raw = lexicon[word];
    if (raw === undefined) return undefined;
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.some((t) => PERSON_TAGS.includes(t))) return 'person';
    if (tags.some((t) => PLACE_TAGS.includes(t))) return 'place';
    if (tags.some((t) => ORG_TAGS.includes(t))) return 'organisation';
    if (tags.every((t) => t === 'ProperNoun')) return undefined;
    return 'common';
  };
}

interface StateExtra {
  name?: string;
  aliases?: string[];
  demonyms?: string[];
  metonyms?: string[];
}
interface OrgRecord {
  id: string;
  name: string;
  aliases?: string[];
  country?: string;
  partOf?: string;
  demonyms?: string[];
}
interface TitleRecord {
  title: string;
  role: string | null;
  relation?: RelationType;
}
interface EventRecord {
  category: string;
  plover: string;
  cameo: string;
  verbs?: string[];
  forms?: string[];
  nouns?: string[];
  phrases?: string[];
  objectRole?: string;
  notAfter?: string[];
}

function acronymCase(surface: string): string | null {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase()
    ? surface.replace(/\s+/g, ' ')
    : null;
}

/** Builds the knowledge from the data package and the gazetteer files (no caching). */
export function buildKnowledge(): Knowledge {
  const entries = new Map<string, GazetteerEntry>();
  const surfaces = emptyTable<PhraseTarget>();
  const addSurface = (surface: string, entry: GazetteerEntry, kind: SurfaceKind): void => {
    if (!surface || surface.length < 2) return;
    addPhrase(surfaces, surface, { entry, kind, exactCase: acronymCase(surface) });
  };

  const stateExtras = readYaml<Record<string, StateExtra>>('states.yaml', {});
  const stateEntries: { entry: GazetteerEntry; capitals: string[]; demonyms: string[]; metonyms: string[] }[] = [];
  for (const country of countries) {
    const code = country.cca2;
    const extra = stateExtras[code] ?? {};
    const names = [country.name.common, country.name.official, ...(extra.aliases ?? [])];
    const alt = (country.altSpellings ?? []).filter(
      (s) => s.length > 2 && /^[\p{Script=Latin}\s'.,-]+$/u.test(s) && !s.includes(','),
    );
    const entry: GazetteerEntry = {
      key: `state:${code.toLowerCase()}`,
      type: 'State',
      name: extra.name ?? country.name.common,
      aliases: [...new Set([...names, ...alt])].filter((n) => n !== (extra.name ?? country.name.common)),
      country: code,
    };
    entries.set(entry.key, entry);
    const capitals = (country.capital ?? []).flatMap((c) => [c, c.replace(/\s+D\.?C\.?$/, '')]);
    const base = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => Boolean(d));
    // Plural nouns for the people ("Israelis", "Yemenis", "Palestinians"), from demonyms ending in -i or -an.
    const plurals = base.filter((d) => /(?:i|an)$/.test(d) && !d.includes(' ')).map((d) => `${d}s`);
    const demonyms = [...new Set([...base, ...(extra.demonyms ?? []), ...plurals])];
    stateEntries.push({ entry, capitals, demonyms, metonyms: [...(extra.metonyms ?? [])] });
  }
  for (const [code, extra] of Object.entries(stateExtras)) {
    if (entries.has(`state:${code.toLowerCase()}`) || !extra.name) continue;
    const entry: GazetteerEntry = {
      key: `state:${code.toLowerCase()}`,
      type: 'State',
      name: extra.name,
      aliases: extra.aliases ?? [],
    };
    entries.set(entry.key, entry);
    stateEntries.push({ entry, capitals: [], demonyms: extra.demonyms ?? [], metonyms: extra.metonyms ?? [] });
  }

  const organisations = readYaml<OrgRecord[]>('organisations.yaml', []);
  const places = readYaml<OrgRecord[]>('places.yaml', []);
  const named: { entry: GazetteerEntry; demonyms: string[] }[] = [];
  for (const [records, type] of [
    [organisations, 'Organisation'],
    [places, 'Place'],
  ] as const) {
    for (const record of records) {
      const entry: GazetteerEntry = { key: record.id, type, name: record.name, aliases: record.aliases ?? [] };
      if (record.country) entry.country = record.country.toUpperCase();
      if (record.partOf) entry.partOf = record.partOf;
      entries.set(entry.key, entry);
      named.push({ entry, demonyms: record.demonyms ?? [] });
    }
  }

  // Sovereign UN members win over territories that share a demonym or capital ("French": France, not
  // the French Southern Lands).
  const rank = (entry: GazetteerEntry): number => {
    const country = countries.find((c) => c.cca2 === entry.country);
    return country ? (country.unMember ? 0 : country.independent ? 1 : 2) : 1;
  };
  stateEntries.sort((x, y) => rank(x.entry) - rank(y.entry));
  // Names first (they win over demonyms and capitals that spell the same), then the rest.
  for (const { entry } of [...stateEntries, ...named])
    for (const n of [entry.name, ...entry.aliases]) addSurface(n, entry, 'name');
  for (const { entry, metonyms } of stateEntries) for (const m of metonyms) addSurface(m, entry, 'metonym');
  for (const { entry, demonyms } of [...stateEntries, ...named])
    for (const d of demonyms) addSurface(d, entry, 'demonym');
  for (const { entry, capitals } of stateEntries) for (const c of capitals) addSurface(c, entry, 'capital');

  const titles = emptyTable<TitleInfo>();
  const pluralTitles: [string, TitleInfo][] = [];
  const titleData = readYaml<{ leaders?: TitleRecord[]; officials?: TitleRecord[] }>('titles.yaml', {});
  for (const [list, relation] of [
    [titleData.leaders ?? [], 'LEADER_OF'],
    [titleData.officials ?? [], 'OFFICIAL_OF'],
  ] as const) {
    for (const t of list) {
      const info = { role: t.role, relation: t.role === null ? null : (t.relation ?? relation) };
      addPhrase(titles, t.title, info);
      // Plurals mark titles too ("the foreign ministers of Russia and China"), after the singular forms.
      if (/^[a-z -]+[^s.]$/.test(t.title) && !t.title.includes(' of ')) pluralTitles.push([`${t.title}s`, info]);
    }
  }

  for (const [title, info] of pluralTitles) addPhrase(titles, title, info);

  const eventTypes = new Map<string, EventTypeInfo>();
  const triggers = emptyTable<TriggerInfo>();
  for (const [type, record] of Object.entries(readYaml<Record<string, EventRecord>>('events.yaml', {}))) {
    eventTypes.set(type, {
      type,
      category: record.category,
      plover: record.plover,
      cameo: String(record.cameo),
      objectRole: record.objectRole ?? 'recipient',
    });
    const notAfter = record.notAfter ? new Set(record.notAfter.map((w) => normaliseToken(w))) : undefined;
    const info = (isVerb: boolean, verbal = isVerb): TriggerInfo => ({
      eventType: type,
      isVerb,
      ...(verbal && { verbal }),
      ...(notAfter && { notAfter }),
    });
    for (const phrase of record.phrases ?? []) addPhrase(triggers, phrase, info(false, true));
    for (const noun of record.nouns ?? []) addPhrase(triggers, noun, info(false));
    for (const verb of record.verbs ?? []) for (const form of verbForms(verb)) addPhrase(triggers, form, info(true));
    for (const form of record.forms ?? []) addPhrase(triggers, form, info(true));
  }

  const alleg = readYaml<{
    cues?: {
      active?: string[];
      explicit?: string[];
      reporting?: string[];
      passive?: string[];
      unnamed?: string[];
      according?: string[];
      hedges?: string[];
    };
    outright?: string[];
    accusedByPlace?: string[];
    denialObjects?: string[];
    denial?: string[];
    confirmation?: string[];
    negations?: string[];
    categories?: Record<string, string[]>;
  }>('allegations.yaml', {});
  const categories = emptyTable<string>();
  for (const [category, words] of Object.entries(alleg.categories ?? {}))
    for (const w of words) addPhrase(categories, w, category);

  const rel = readYaml<Record<string, string[]>>('relations.yaml', {});
  const lex = readYaml<Record<string, string[]> & { descriptions?: { words: string[]; heads: string[] }[] }>(
    'lexicon.yaml',
    {},
  );
  const descriptions = emptyTable<string[]>();
  for (const d of lex.descriptions ?? [])
    for (const w of d.words)
      addPhrase(
        descriptions,
        w,
        d.heads.map((h) => phraseKey(h)),
      );
  const lowerSet = (list: string[] | undefined): Set<string> => new Set((list ?? []).map((w) => normaliseToken(w)));

  return {
    entries,
    surfaces,
    titles,
    eventTypes,
    triggers,
    allegation: {
      active: tableOf(alleg.cues?.active),
      explicit: lowerSet(alleg.cues?.explicit),
      reporting: tableOf(alleg.cues?.reporting),
      passive: tableOf(alleg.cues?.passive),
      unnamed: lowerSet(alleg.cues?.unnamed),
      according: tableOf(alleg.cues?.according),
      hedges: tableOf(alleg.cues?.hedges),
      denial: tableOf(alleg.denial),
      confirmation: tableOf(alleg.confirmation),
      negations: lowerSet(alleg.negations),
      categories,
      outright: new Set(alleg.outright ?? []),
      accusedByPlace: new Set(alleg.accusedByPlace ?? []),
      denialObjects: tableOf(alleg.denialObjects),
    },
    relationCues: {
      membership: tableOf(rel.membership),
      alliance: tableOf(rel.alliance),
      cooperation: tableOf(rel.cooperation),
      opposition: tableOf(rel.opposition),
      negativeCues: tableOf(rel.negativeCues),
      actorNouns: tableOf(rel.actorNouns),
      placeNouns: lowerSet(rel.placeNouns),
    },
    lexicon: {
      notNames: lowerSet(lex.notNames),
      notEntityHeads: lowerSet(lex.notEntityHeads),
      organisationHeads: lowerSet(lex.organisationHeads),
      nameConnectors: lowerSet(lex.nameConnectors),
      placePrepositions: lowerSet(lex.placePrepositions),
      speechVerbs: lowerSet(lex.speechVerbs),
      nameParticles: lowerSet(lex.nameParticles),
      compassWords: lowerSet(lex.compassWords),
      placeHeads: tableOf(lex.placeHeads),
      organisationNouns: tableOf(lex.organisationNouns),
      vesselPrefixes: new Set(lex.vesselPrefixes ?? []),
      plannedBefore: lowerSet(lex.plannedBefore),
      descriptions,
    },
    classifyWord: compromiseClassifier(),
  };
}

let cached: Knowledge | undefined;

/** Loads the knowledge (built once per process, then cached). */
export function loadKnowledge(): Knowledge {
  cached ??= buildKnowledge();
  return cached;
}
