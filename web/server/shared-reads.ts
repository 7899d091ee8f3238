/*
 * Identical reads in flight share one query. Under load many people ask for the same thing at once
 * (the suggestions for "rus", the neighbourhood of the most mentioned actor): while one query for a
 * given file and parameters runs, the same request waits for its answer instead of sending another.
 * Nothing is kept once the query ends, so no answer is older than the request that asked for it.
 * Each caller gets its own copy of the rows, free to change them.
 */
import type { GraphDatabase, ReadQueryOptions } from '../../graph-store/db/graph-database.ts';

const inFlight = new WeakMap<GraphDatabase, Map<string, Promise<unknown[]>>>();

/** Runs `cypher` with `params` on `db` as a read, or joins the identical read already running. */
export function sharedRead<T>(
  db: GraphDatabase,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadQueryOptions = {},
): Promise<T[]> {
  let running = inFlight.get(db);
  if (!running) inFlight.set(db, (running = new Map()));
  const key = `${cypher}\u0000${JSON.stringify(params)}`;
  let read = running.get(key);
  if (!read) {
    const reads = running;
    read = db.read<unknown>(cypher, params, options).finally(() => reads.delete(key));
    running.set(key, read);
  }
  return read.then((rows) => structuredClone(rows) as T[]);
}
