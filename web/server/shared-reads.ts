/*
 * Identical reads in flight share one query. Under load many people ask for the same thing at once
 * (the suggestions for "rus", the neighbourhood of the most mentioned actor): while one query for a
 * given file and parameters runs, the same request waits for its answer instead of sending another.
 * Nothing is kept once the query ends, so no answer is older than the request that asked for it.
 * Each caller may change the rows it gets: the first gets them as read, each one that joined a copy.
 */
import type { GraphDatabase, ReadQueryOptions } from '../../graph-store/db/graph-database.ts';

/** The reads in flight of each database: by query text, then by parameters. */
const inFlight = new WeakMap<GraphDatabase, Map<string, Map<string, Promise<unknown[]>>>>();

/** Runs `cypher` with `params` on `db` as a read, or joins the identical read already running. */
export function sharedRead<T>(
  db: GraphDatabase,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadQueryOptions = {},
): Promise<T[]> {
  let running = inFlight.get(db);
  if (!running) inFlight.set(db, (running = new Map()));
  let ofQuery = running.get(cypher);
  if (!ofQuery) running.set(cypher, (ofQuery = new Map()));
  const key = JSON.stringify(params);
  const joined = ofQuery.get(key);
  // A copy for each caller that joined, made as the read settles: its reaction runs before the
  // first caller's code resumes (below), so no copy sees the first caller's changes.
  if (joined) return joined.then((rows) => structuredClone(rows) as T[]);
  const reads = ofQuery;
  const read = db.read<unknown>(cypher, params, options).finally(() => {
    reads.delete(key);
    if (reads.size === 0) running.delete(cypher);
  });
  ofQuery.set(key, read);
  return read.then((rows) => rows as T[]);
}
