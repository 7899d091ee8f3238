/* A sentence with its article, the Events and Allegations it supports and the Entities it mentions. */
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import type { PlainNode } from '../../../graph-store/db/to-plain.ts';
import type { SentenceContext, SentenceFact } from '#model/analyst-api.ts';
import { NotFoundError } from '#model/errors.ts';
import { kindOf, nameOf } from '#model/kinds.ts';
import { nodeKey } from '#model/subgraph.ts';
import { withReads } from '../explorer-queries.ts';
import { factDetail } from './search-all.ts';

function factOf(node: PlainNode, detail: string | null): SentenceFact {
  return { key: nodeKey(node), kind: kindOf(node.labels), name: nameOf(node.properties, nodeKey(node)), detail };
}

/** The sentence `id` in context; NotFoundError when there is none. */
export function sentenceContext(db: GraphDatabase, id: string): Promise<SentenceContext> {
  return withReads(db, async (read) => {
    const [row] = await read<{
      sentence: SentenceContext['sentence'];
      article: SentenceContext['article'];
      facts: PlainNode[];
      entities: { node: PlainNode; surfaces: string[] }[];
    }>('sentence-context', { id });
    if (!row) throw new NotFoundError(`sentenceContext: no Sentence has the id "${id}"`);
    return {
      sentence: row.sentence,
      article: row.article,
      facts: row.facts
        .map((f) => factOf(f, factDetail(f)))
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)),
      entities: row.entities
        .map((e) => factOf(e.node, e.surfaces.join(', ') || null))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
}
