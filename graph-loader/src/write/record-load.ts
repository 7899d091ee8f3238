/*
 * Each load is recorded: a (:Load) node with when it ran, what it was given and read, the
 * extractor and its version, its article counts, and how many entities, events and allegations
 * it added or changed (the nodes it wrote carry its id in `loads`, and `firstLoad` when it made
 * them; each batch counts those it stamps first, so recording reads nothing however large the
 * graph). Load ids sort by time, so "since load X" is a comparison of ids.
 */
import { randomBytes } from 'node:crypto';
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import { cypherQuery } from '../../../graph-store/db/cypher-files.ts';

/** Files listed on a load record; the counts cover the rest. */
const MAX_FILES = 200;

/** How many entities, events and allegations a load (or one of its batches) added or changed. */
export interface LoadChanges {
  entitiesAdded: number;
  entitiesChanged: number;
  eventsAdded: number;
  eventsChanged: number;
  allegationsAdded: number;
  allegationsChanged: number;
}

export function noChanges(): LoadChanges {
  return {
    entitiesAdded: 0,
    entitiesChanged: 0,
    eventsAdded: 0,
    eventsChanged: 0,
    allegationsAdded: 0,
    allegationsChanged: 0,
  };
}

/** Adds a batch's changes to the load's. */
export function addChanges(total: LoadChanges, batch: LoadChanges): void {
  for (const key of Object.keys(total) as (keyof LoadChanges)[]) total[key] += batch[key];
}

export interface LoadFacts {
  id: string;
  startedAt: string;
  paths: string[];
  files: string[];
  extractor: { name: string; version: string };
  articles: { loaded: number; replaced: number; unchanged: number; failed: number };
  changes: LoadChanges;
}

/** A new load id from its start time: `load-20240625T101500123Z-1a2b`, sortable by time. */
export function newLoadId(startedAt: string): string {
  return `load-${startedAt.replace(/[-:.]/g, '')}-${randomBytes(2).toString('hex')}`;
}

/** Writes the load's record. */
export async function recordLoad(db: GraphDatabase, facts: LoadFacts): Promise<void> {
  await db.write(cypherQuery('write', 'record-load'), {
    load: {
      id: facts.id,
      startedAt: facts.startedAt,
      finishedAt: new Date().toISOString(),
      paths: facts.paths,
      files: facts.files.slice(0, MAX_FILES),
      fileCount: facts.files.length,
      extractor: facts.extractor.name,
      extractorVersion: facts.extractor.version,
      articlesLoaded: facts.articles.loaded,
      articlesReplaced: facts.articles.replaced,
      articlesUnchanged: facts.articles.unchanged,
      articlesFailed: facts.articles.failed,
      ...facts.changes,
    },
  });
}
