/*
 * Compiler for states: the world-countries package (ODbL) gives common and official names, Latin
 * alternative spellings, capitals and English demonyms; data/gazetteer/states.yaml adds what it lacks
 * (aliases such as "U.S.", metonyms such as "the Kremlin", historical states).
 */
import worldCountries, { type Country } from 'world-countries';
import type { GazetteerEntry } from './entries.ts';
import { readGazetteer } from './gazetteer-file.ts';

interface StateExtra {
  name?: string;
  aliases?: string[];
  demonyms?: string[];
  metonyms?: string[];
}

/** A state with the surface forms that point at it. */
export interface StateRecord {
  entry: GazetteerEntry;
  capitals: string[];
  demonyms: string[];
  metonyms: string[];
}

// world-countries is CommonJS: at run time its default export is the array itself.
const countries = worldCountries as unknown as Country[];

/** Rank for shared surfaces: UN members first, then other independent states, then territories. */
export function stateRank(entry: GazetteerEntry): number {
  const country = countries.find((c) => c.cca2 === entry.country);
  return country ? (country.unMember ? 0 : country.independent ? 1 : 2) : 1;
}

/** Every state, with its capitals, demonyms and metonyms (sovereign UN members first). */
export function compileStates(): StateRecord[] {
  const extras = readGazetteer<Record<string, StateExtra>>('states.yaml', {});
  const records: StateRecord[] = [];
  for (const country of countries) {
    const code = country.cca2;
    const extra = extras[code] ?? {};
    const name = extra.name ?? country.name.common;
    const names = [country.name.common, country.name.official, ...(extra.aliases ?? [])];
    const alt = (country.altSpellings ?? []).filter(
      (s) => s.length > 2 && /^[\p{Script=Latin}\s'.,-]+$/u.test(s) && !s.includes(','),
    );
    const entry: GazetteerEntry = {
      key: `state:${code.toLowerCase()}`,
      type: 'State',
      name,
      aliases: [...new Set([...names, ...alt])].filter((n) => n !== name),
      country: code,
    };
    const capitals = (country.capital ?? []).flatMap((c) => [c, c.replace(/\s+D\.?C\.?$/, '')]);
    const base = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => Boolean(d));
    // Plural nouns for the people ("Israelis", "Yemenis", "Palestinians"), from demonyms ending in -i or -an.
    const plurals = base.filter((d) => /(?:i|an)$/.test(d) && !d.includes(' ')).map((d) => `${d}s`);
    const demonyms = [...new Set([...base, ...(extra.demonyms ?? []), ...plurals])];
    records.push({ entry, capitals, demonyms, metonyms: [...(extra.metonyms ?? [])] });
  }
  const known = new Set(records.map((r) => r.entry.key));
  for (const [code, extra] of Object.entries(extras)) {
    const key = `state:${code.toLowerCase()}`;
    if (known.has(key) || !extra.name) continue;
    const entry: GazetteerEntry = { key, type: 'State', name: extra.name, aliases: extra.aliases ?? [] };
    records.push({ entry, capitals: [], demonyms: extra.demonyms ?? [], metonyms: extra.metonyms ?? [] });
  }
  return records.sort((x, y) => stateRank(x.entry) - stateRank(y.entry));
}
