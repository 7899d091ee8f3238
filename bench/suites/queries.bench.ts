/*
 * The explorer's queries as the server runs them (the functions of web/server/explorer-queries.ts, so
 * the same cypher/api files, transactions and post-processing): search, neighbourhood at depth 1 and 2
 * (limit 100), a node's evidence (first page of 20), the timeline of a node, and expanding a hub. p50 and
 * p95 over every call of a round (many keys), one value per round; on the sample database (data/articles
 * through the loader) and on generated graphs in the real schema (bench/generate/schema-graph.ts) of
 * BENCH_QUERY_ENTITIES entities. Each query's statements are PROFILEd once per graph (db hits, rows, the
 * indexes used, any scan) and written into the notes. BENCH_QUERY_GENERATE_S caps each graph's writing;
 * BENCH_QUERY_BULK=1 writes them through neo4j-admin instead (minutes for 1M entities, not hours).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCount, type BenchDefinition } from '../lib/bench.ts';
import { percentile, type Recorder, type Target } from '../lib/report.ts';
import { openBenchNeo4j, type BenchNeo4j } from '../lib/bench-neo4j.ts';
import { describePlan, profileStatement, recordingReads, type Statement } from '../lib/query-profile.ts';
import {
  describeSchemaGraph,
  GenerationStopped,
  writeSchemaGraph,
  type SchemaGraphSummary,
} from '../generate/schema-graph.ts';
import { loadArticles } from '../../graph-loader/src/load-articles.ts';
import { dataPath } from '../../graph-store/paths.ts';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import {
  neighbourhood,
  nodeEvidence,
  overview,
  searchEntities,
  stats,
  timelineEvents,
} from '../../web/server/explorer-queries.ts';
import { DEFAULT_FILTERS } from '#model/filters.ts';

const SIZES = (process.env.BENCH_QUERY_ENTITIES ?? '100000,1000000').split(',').filter(Boolean).map(Number);
const PORT = Number(process.env.NEWSGRAPH_BENCH_PORT ?? 7734) + 1;
/** Seconds a generated graph may take to write before its size is given up (noted, not measured). */
const GENERATE_S = Number(process.env.BENCH_QUERY_GENERATE_S ?? 3600);
const API_FILES = [
  'search-entities',
  'nodes-by-key',
  'neighbourhood',
  'co-mentions',
  'article-dates',
  'evidence-node',
  'evidence-page',
  'timeline-events',
  'timeline-events-of',
  'overview-total',
  'overview-nodes',
  'overview-nodes-stored',
  'induced-relationships',
];

type Call = (db: GraphDatabase, key: string) => Promise<unknown>;

/** The product's queries, each as the server calls it for one key (a node id, or a search text). */
const QUERIES: { name: string; call: Call; onTerms?: boolean; keys?: number }[] = [
  { name: 'search', call: (db, text) => searchEntities(db, text, [], 10), onTerms: true },
  { name: 'neighbourhood d1', call: (db, key) => expand(db, key, 1) },
  { name: 'neighbourhood d2', call: (db, key) => expand(db, key, 2), keys: 20 },
  { name: 'evidence', call: (db, key) => nodeEvidence(db, key, 0, 20) },
  {
    name: 'timeline',
    call: (db, key) => timelineEvents(db, { keys: [key], from: null, to: null, limit: 500 }),
    keys: 20,
  },
  { name: 'overview', call: (db) => overview(db, 60), keys: 10 },
];

function expand(db: GraphDatabase, key: string, depth: 1 | 2) {
  return neighbourhood(db, { key, depth, limit: 100, skip: 0, filters: DEFAULT_FILTERS });
}

/** Targets of issue #11: neighbourhood d1 p95 <= 20 ms on the sample, <= 50 ms at 1M; search <= 30 ms at 1M. */
function targetFor(graph: string, query: string, entities: number): Target | undefined {
  if (query === 'neighbourhood d1') return { op: '<=', value: graph === 'sample' ? 20 : 50 };
  if (query === 'search' && entities >= 1_000_000) return { op: '<=', value: 30 };
  if (query === 'hub expansion') return { op: '<=', value: 100 };
  return undefined;
}

async function timeCalls(db: GraphDatabase, call: Call, keys: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const key of keys) {
    const started = performance.now();
    await call(db, key);
    times.push(performance.now() - started);
  }
  return times;
}

interface Graph {
  name: string;
  entities: number;
  keys: string[];
  terms: string[];
  hub: string | null;
}

async function profileQuery(
  db: GraphDatabase,
  recorder: Recorder,
  graph: Graph,
  name: string,
  call: Call,
  key: string,
) {
  const statements: Statement[] = [];
  await call(recordingReads(db, statements), key);
  for (const statement of statements)
    recorder.note(
      `${graph.name} · ${name} (${key}) · ${describePlan(await profileStatement(db, statement, API_FILES))}`,
    );
}

async function measureGraph(db: GraphDatabase, recorder: Recorder, graph: Graph): Promise<void> {
  const all = [
    ...QUERIES,
    ...(graph.hub
      ? [
          { name: 'hub expansion', call: (d: GraphDatabase) => expand(d, graph.hub!, 1), onHub: true },
          { name: 'hub evidence', call: (d: GraphDatabase) => nodeEvidence(d, graph.hub!, 0, 20), onHub: true },
        ]
      : []),
  ];
  const keysOf = (q: (typeof all)[number]) =>
    'onHub' in q ? Array(10).fill(graph.hub) : (q.onTerms ? graph.terms : graph.keys).slice(0, q.keys ?? 50);
  for (const q of all) await timeCalls(db, q.call, keysOf(q).slice(0, 5)); // Warm-up: plans cached, pages in memory.
  for (let round = 0; round < runCount(3); round++) {
    for (const q of all) {
      const times = await timeCalls(db, q.call, keysOf(q));
      const label = `${graph.name}: ${q.name}`;
      recorder.add(`${label} p50`, 'ms', percentile(times, 50));
      const target = targetFor(graph.name, q.name, graph.entities);
      recorder.add(`${label} p95`, 'ms', percentile(times, 95), target ? { target } : {});
    }
  }
  for (const q of all) await profileQuery(db, recorder, graph, q.name, q.call, keysOf(q)[0]!);
}

async function sampleGraph(db: GraphDatabase): Promise<Graph> {
  await loadArticles(db, [dataPath('articles')]);
  const rows = await db.read<{ key: string; name: string }>(
    'MATCH (e:Entity) RETURN e.id AS key, e.name AS name ORDER BY e.mentionCount DESC, e.id',
  );
  return {
    name: 'sample',
    entities: rows.length,
    keys: rows.map((r) => r.key),
    terms: rows.map((r) => r.name),
    hub: null,
  };
}

/** BENCH_QUERY_BULK=1: generated graphs go in through neo4j-admin (CSV files in a temporary folder), not transactions. */
const BULK = process.env.BENCH_QUERY_BULK === '1';

/** Writes the generated graph, recording its time and rate; null when it ran past BENCH_QUERY_GENERATE_S. */
async function generate(
  recorder: Recorder,
  neo4j: BenchNeo4j,
  entities: number,
  label: string,
): Promise<SchemaGraphSummary | null> {
  const log = (line: string) => process.stdout.write(`  ${label}: ${line}\n`);
  const csvDir = BULK ? mkdtempSync(path.join(tmpdir(), 'newsgraph-bulk-')) : undefined;
  try {
    const summary = await writeSchemaGraph(neo4j.db, {
      entities,
      log,
      deadline: Date.now() + GENERATE_S * 1000,
      ...(csvDir && { csvDir, bulk: (files) => neo4j.bulkImport(files) }),
    });
    if (BULK) recorder.note(`${label}: written through neo4j-admin database import (BENCH_QUERY_BULK=1)`);
    recorder.add(`generate ${label} entities`, 's', summary.seconds);
    recorder.add(
      `generate ${label} entities, rate`,
      'rows/s',
      (summary.nodes + summary.relationships) / summary.seconds,
    );
    return summary;
  } catch (error) {
    if (!(error instanceof GenerationStopped)) throw error;
    recorder.add(`generate ${label} entities`, 's', NaN);
    recorder.add(`generate ${label} entities, rate`, 'rows/s', (error.nodes + error.relationships) / error.seconds);
    recorder.note(`${label}: not measured: ${error.message} (BENCH_QUERY_GENERATE_S=${GENERATE_S})`);
    return null;
  } finally {
    if (csvDir) rmSync(csvDir, { recursive: true, force: true });
  }
}

/** Entity count of a generated graph left in the bench store by an earlier run (BENCH_QUERY_KEEP=1), to measure as it is. */
const EXISTING = Number(process.env.BENCH_QUERY_EXISTING ?? 0);

/** Measures the graph an earlier run left in the store (possibly cut short at its deadline), saying what it holds. */
async function measureExisting(db: GraphDatabase, recorder: Recorder): Promise<void> {
  const label = `${EXISTING / 1000}k store`;
  const counts = await stats(db);
  recorder.note(`${label}: the store left by an earlier run holds ${JSON.stringify(counts)}`);
  const { hubs, sampleEntities, searchTerms } = describeSchemaGraph({ entities: EXISTING });
  await measureGraph(db, recorder, {
    name: label,
    entities: EXISTING,
    keys: sampleEntities,
    terms: searchTerms,
    hub: hubs[0]!,
  });
}

export const bench: BenchDefinition = {
  name: EXISTING > 0 ? `queries-${EXISTING / 1000}k-store` : 'queries',
  title:
    EXISTING > 0
      ? `The explorer's queries on the ${EXISTING / 1000}k-entity graph left in the bench store by an earlier run`
      : `The explorer's queries (search, neighbourhood d1/d2 limit 100, evidence, timeline, hub expansion and evidence) on the sample and on ${SIZES.map((s) => `${s / 1000}k`).join(' / ')} generated entities`,
  async run(recorder) {
    const neo4j = await openBenchNeo4j('bench-queries', PORT, { keepStore: EXISTING > 0 });
    try {
      if (EXISTING > 0) await measureExisting(neo4j.db, recorder);
      else await measureAll(neo4j, recorder);
      recorder.note(
        `Neo4j 5.26 embedded, heap ${process.env.NEWSGRAPH_NEO4J_HEAP ?? '1g'}, page cache 256 MB (the product's launcher)`,
      );
    } finally {
      // BENCH_QUERY_KEEP=1 keeps the last graph's store (stopped) for BENCH_QUERY_EXISTING or a look with PROFILE.
      await neo4j.close({ keep: process.env.BENCH_QUERY_KEEP === '1' || EXISTING > 0 });
    }
  },
};

async function measureAll(neo4j: BenchNeo4j, recorder: Recorder): Promise<void> {
  const sample = await sampleGraph(neo4j.db);
  recorder.note(`sample: ${sample.entities} entities (data/articles through the loader)`);
  await measureGraph(neo4j.db, recorder, sample);
  for (const entities of SIZES) {
    await neo4j.reset();
    const label = `${entities / 1000}k`;
    const summary = await generate(recorder, neo4j, entities, label);
    if (!summary) continue;
    recorder.note(
      `${label}: ${summary.nodes.toLocaleString('en-GB')} nodes, ${summary.relationships.toLocaleString('en-GB')} relationships written in ${summary.seconds.toFixed(0)} s; hubs ${summary.hubs.join(', ')}`,
    );
    await measureGraph(neo4j.db, recorder, {
      name: label,
      entities,
      keys: summary.sampleEntities,
      terms: summary.searchTerms,
      hub: summary.hubs[0]!,
    });
  }
}
