/*
 * Each load is recorded: a (:Load) node with when it ran, what it was given and read, the
 * extractor and its version, its article counts, and how many entities, events and allegations
 * it added or changed (the nodes it wrote carry its id in `loads`, and `firstLoad` when it made
 * them). Load ids sort by time, so "since load X" is a comparison of ids.
 */
import { randomBytes } from 'node:crypto';
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import { cypherQuery } from '../../../graph-store/db/cypher-files.ts';

/** Files listed on a load record; the counts cover the rest. */
const MAX_FILES = 200;

export interface LoadFacts {
  id: string;
  startedAt: string;
  paths: string[];
  files: string[];
  extractor: { name: string; version: string };
  articles: { loaded: number; replaced: number; unchanged: number; failed: number };
}

/** A new load id from its start time: `load-20240625T101500123Z-1a2b`, sortable by time. */
export function newLoadId(startedAt: string): string {
  return `load-${startedAt.replace(/[-:.]/g, '')}-${randomBytes(2).toString('hex')}`;
}

/** Writes the load's record (its added and changed counts are counted from the nodes it stamped). */
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
    },
  });
}
