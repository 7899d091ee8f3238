/*
 * The entities the gazetteer knows and the surface table that points at them: names first (they win
 * over demonyms and capitals that spell the same), then metonyms, demonyms and capitals.
 */
import type { EntityType } from '../../contract.ts';
import { addPhrase, emptyTable, type PhraseTable } from './phrase-table.ts';
import { compileStates } from './states.ts';
import { compileBodies } from './bodies.ts';

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
  /** What kind of organisation it is, where that matters ("media", "armed group"). */
  kind?: string;
}

/** How a surface form points at an entry. */
export type SurfaceKind = 'name' | 'demonym' | 'metonym' | 'capital';

export interface PhraseTarget {
  entry: GazetteerEntry;
  kind: SurfaceKind;
  /** Acronyms must match in upper case ("US", not "us"). */
  exactCase: string | null;
}

function acronymCase(surface: string): string | null {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase()
    ? surface.replace(/\s+/g, ' ')
    : null;
}

/** Every gazetteer entry by key, and the table of their surfaces. */
export function compileEntries(): { entries: Map<string, GazetteerEntry>; surfaces: PhraseTable<PhraseTarget> } {
  const states = compileStates();
  const named = [...compileBodies('organisations.yaml', 'Organisation'), ...compileBodies('places.yaml', 'Place')];
  const entries = new Map<string, GazetteerEntry>();
  for (const { entry } of [...states, ...named]) entries.set(entry.key, entry);
  const surfaces = emptyTable<PhraseTarget>();
  const add = (surface: string, entry: GazetteerEntry, kind: SurfaceKind): void => {
    if (surface && surface.length >= 2) addPhrase(surfaces, surface, { entry, kind, exactCase: acronymCase(surface) });
  };
  for (const { entry } of [...states, ...named]) for (const n of [entry.name, ...entry.aliases]) add(n, entry, 'name');
  for (const { entry, metonyms } of states) for (const m of metonyms) add(m, entry, 'metonym');
  for (const { entry, demonyms } of [...states, ...named]) for (const d of demonyms) add(d, entry, 'demonym');
  for (const { entry, capitals } of states) for (const c of capitals) add(c, entry, 'capital');
  return { entries, surfaces };
}
