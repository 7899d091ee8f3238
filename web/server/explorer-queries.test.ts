/*
 * The neighbourhood's assembly of rows into a page, over a database double that answers each query
 * file with rows of the shape Neo4j gives (the queries themselves are tested against the real Neo4j
 * in explorer-api.int.test.ts). For cases the sample corpus is too small to reach.
 */
import { describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { cypherQuery } from '../../graph-store/db/cypher-files.ts';
import { DEFAULT_FILTERS } from '#model/filters.ts';
import { neighbourhood } from './explorer-queries.ts';

const node = (id: string, label: string) => ({ elementId: `el:${id}`, labels: [label], properties: { id, name: id } });
const rel = (type: string, from: string, to: string) => ({
  elementId: `el:${from}-${to}`,
  type,
  startElementId: `el:${from}`,
  endElementId: `el:${to}`,
  properties: {},
});

/** A database that answers the query file `name` with `answer(params)`, and lists the files asked. */
function databaseOf(answers: Record<string, (params: Record<string, unknown>) => unknown[]>) {
  const nameOf = new Map(Object.keys(answers).map((name) => [cypherQuery('api', name), name]));
  const asked: string[] = [];
  const db = {
    read(cypher: string, params: Record<string, unknown>) {
      const name = nameOf.get(cypher);
      if (!name) throw new Error(`unexpected query: ${cypher.slice(0, 60)}`);
      asked.push(name);
      return Promise.resolve(answers[name]!(params));
    },
  };
  return { db: db as unknown as GraphDatabase, asked };
}

describe('neighbourhood (assembly)', () => {
  it('should read the co-mention edge of a party on the page whose pair came as an id only', async () => {
    // The centre c took part in event e with p; c and p are also named in one sentence, a pair ranked
    // too low for its entity to come back, but p reaches the page as the party behind e.
    const { db, asked } = databaseOf({
      neighbourhood: () => [
        {
          from: 'c',
          centre: node('c', 'Entity'),
          neighbours: 1,
          exact: true,
          m: node('e', 'Event'),
          rels: [{ rel: rel('PARTICIPATED_IN', 'c', 'e'), dates: [] }],
          through: [{ rel: rel('PARTICIPATED_IN', 'p', 'e'), node: node('p', 'Entity'), direct: [], dates: [] }],
          rest: ['x'],
        },
      ],
      'co-mentions': (params) =>
        params.others === null
          ? [
              {
                from: 'c',
                key: 'p',
                node: null,
                sentenceCount: 1,
                detailed: false,
                sentenceIds: [],
                articleIds: [],
                articleDates: [],
              },
            ]
          : [
              {
                from: 'p',
                key: 'c',
                node: node('c', 'Entity'),
                sentenceCount: 1,
                detailed: true,
                sentenceIds: ['a:1'],
                articleIds: ['a'],
                articleDates: ['2025-01-02'],
              },
            ],
      'article-dates': () => [],
    });
    const answer = await neighbourhood(db, { key: 'c', depth: 1, skip: 0, limit: 2, filters: DEFAULT_FILTERS });
    expect(answer.subgraph.nodes.map((n) => n.key)).toEqual(['c', 'e', 'p']);
    const coMention = answer.subgraph.edges.find((e) => e.type === 'CO_MENTIONED');
    expect([coMention?.source, coMention?.target]).toEqual(['c', 'p']);
    expect(coMention?.properties.sentenceIds).toEqual(['a:1']);
    // e, p, and x ranked past the page.
    expect(answer.total).toBe(3);
    expect(asked.filter((name) => name === 'co-mentions')).toHaveLength(2);
  });
});
