/*
 * The extractor's knowledge: a gazetteer of states built from the world-countries data package
 * (names, official names, alternative spellings, demonyms). Loaded once per process.
 */
import countries from 'world-countries';

export interface GazetteerEntry {
  key: string;
  type: 'State';
  name: string;
  country: string;
  /** Surface forms that name the entity itself. */
  names: string[];
  /** Adjectives that point at it ("Russian"). */
  demonyms: string[];
}

export interface Knowledge {
  entries: GazetteerEntry[];
}

let cached: Knowledge | undefined;

/** Loads the gazetteer (cached). */
export function loadKnowledge(): Knowledge {
  cached ??= {
    entries: countries.map((country) => ({
      key: `state:${country.cca2.toLowerCase()}`,
      type: 'State' as const,
      name: country.name.common,
      country: country.cca2,
      names: [country.name.common, country.name.official],
      demonyms: [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => Boolean(d)),
    })),
  };
  return cached;
}
