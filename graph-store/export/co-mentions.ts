/*
 * The derived co-mention edges (two entities mentioned in one sentence) an export includes when asked:
 * among the entities of a bounded scope, or over the whole graph a page of entities at a time. They
 * have the same keys and properties as the explorer's (coMentionEdge in model/subgraph.ts), so a view
 * exports exactly the co-mentions it draws.
 */
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../db/graph-database.ts';
import { cypherQuery } from '../db/cypher-files.ts';
import { coMentionEdge, type Subgraph, type SubgraphEdge } from '#model/subgraph.ts';
import type { ExportEdge } from '#model/export/types.ts';

interface CoMentionRow {
  from: string;
  to: string;
  sentenceIds: string[];
  articleIds: string[];
  articleDates: (string | null)[];
}

const BATCH = 1_000;
const query = (name: string): string => cypherQuery('export', name);

async function coMentionsFrom(db: GraphDatabase, keys: string[], others: string[] | null): Promise<SubgraphEdge[]> {
  const edges: SubgraphEdge[] = [];
  for (let i = 0; i < keys.length; i += BATCH) {
    const rows = await db.read<CoMentionRow>(query('co-mentions'), { keys: keys.slice(i, i + BATCH), others });
    for (const r of rows) edges.push(coMentionEdge(r.from, r.to, r.sentenceIds, r.articleIds, r.articleDates));
  }
  return edges;
}

/** The co-mention edges among the Entity nodes of a subgraph, each pair once. */
export async function coMentionsAmong(db: GraphDatabase, subgraph: Subgraph): Promise<SubgraphEdge[]> {
  const entities = subgraph.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.key);
  if (entities.length < 2) return [];
  return coMentionsFrom(db, entities, entities);
}

/** Every co-mention edge of the graph, read a page of entities at a time (never the whole graph at once). */
export async function* allCoMentions(db: GraphDatabase, pageSize = BATCH): AsyncIterable<ExportEdge> {
  const labels = ['Entity'];
  let after = '';
  for (;;) {
    const page = await db.read<{ id: string }>(query('entity-ids-page'), { after, limit: neo4j.int(pageSize) });
    if (page.length === 0) return;
    for (const edge of await coMentionsFrom(
      db,
      page.map((r) => r.id),
      null,
    ))
      yield { ...edge, sourceLabels: labels, targetLabels: labels };
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
