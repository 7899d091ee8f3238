/* What's new: the recorded loads, and what a load (and every later one) added or changed. */
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import type { PlainNode } from '../../../graph-store/db/to-plain.ts';
import type { ChangedNode, ChangesResponse, LoadRecord, LoadsResponse } from '#model/analyst-api.ts';
import { NotFoundError } from '#model/errors.ts';
import { kindOf, nameOf } from '#model/kinds.ts';
import { nodeKey } from '#model/subgraph.ts';
import { withReads } from '../explorer-queries.ts';

/** Nodes listed as changed since a load, at most. */
const MAX_CHANGES = 2000;

const count = (value: unknown): number => Number(value ?? 0);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A (:Load) node as the API answers it. */
export function loadRecordOf(node: PlainNode): LoadRecord {
  const p = node.properties;
  return {
    id: String(p.id),
    startedAt: String(p.startedAt ?? ''),
    finishedAt: String(p.finishedAt ?? ''),
    paths: strings(p.paths),
    files: strings(p.files),
    extractor: String(p.extractor ?? ''),
    extractorVersion: String(p.extractorVersion ?? ''),
    articlesLoaded: count(p.articlesLoaded),
    articlesReplaced: count(p.articlesReplaced),
    articlesUnchanged: count(p.articlesUnchanged),
    articlesFailed: count(p.articlesFailed),
    added: { entities: count(p.entitiesAdded), events: count(p.eventsAdded), allegations: count(p.allegationsAdded) },
    changed: {
      entities: count(p.entitiesChanged),
      events: count(p.eventsChanged),
      allegations: count(p.allegationsChanged),
    },
  };
}

/** The recorded loads, newest first. */
export function loads(db: GraphDatabase, limit: number): Promise<LoadsResponse> {
  return withReads(db, async (read) => ({
    loads: (await read<{ l: PlainNode }>('loads', { limit })).map((r) => loadRecordOf(r.l)),
  }));
}

/** What the load `id` and every later one added or changed; NotFoundError for an unknown load. */
export function changesSince(db: GraphDatabase, id: string): Promise<ChangesResponse> {
  return withReads(db, async (read) => {
    const [since] = await read<{ n: PlainNode }>('load-by-id', { id });
    if (!since) throw new NotFoundError(`changesSince: no load has the id "${id}"`);
    const rows = await read<{ n: PlainNode; change: 'added' | 'changed'; load: string }>('changes-since', {
      load: id,
      limit: MAX_CHANGES,
    });
    const nodes: ChangedNode[] = rows.map(({ n, change, load }) => ({
      key: nodeKey(n),
      kind: kindOf(n.labels),
      name: nameOf(n.properties, nodeKey(n)),
      change,
      load,
    }));
    return { since: loadRecordOf(since.n), nodes };
  });
}
