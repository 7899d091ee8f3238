/*
 * Compiler for named bodies and places: data/gazetteer/organisations.yaml (international bodies, media,
 * think tanks, armed groups) and data/gazetteer/places.yaml (regions, seas) share one record format.
 */
import type { EntityType } from '../../contract.ts';
import type { GazetteerEntry } from './entries.ts';
import { readGazetteer } from './gazetteer-file.ts';

interface BodyRecord {
  id: string;
  name: string;
  aliases?: string[];
  country?: string;
  partOf?: string;
  demonyms?: string[];
  kind?: string;
}

/** A named body or place with the adjectives that point at it. */
export interface BodyEntry {
  entry: GazetteerEntry;
  demonyms: string[];
}

/** The records of one file (organisations.yaml or places.yaml) as entries of one type. */
export function compileBodies(file: string, type: EntityType): BodyEntry[] {
  return readGazetteer<BodyRecord[]>(file, []).map((record) => {
    const entry: GazetteerEntry = { key: record.id, type, name: record.name, aliases: record.aliases ?? [] };
    if (record.country) entry.country = record.country.toUpperCase();
    if (record.partOf) entry.partOf = record.partOf;
    if (record.kind) entry.kind = record.kind;
    return { entry, demonyms: record.demonyms ?? [] };
  });
}
