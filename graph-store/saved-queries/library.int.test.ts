/*
 * Every shipped query, run against the sample corpus in the tests' Neo4j, with assertions on what
 * the five articles say (Putin and Kim Jong Un, Russia and North Korea, the arms-transfer allegations).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../db/graph-database.ts';
import { loadSampleCorpus, testTarget } from '../../testing/test-database.ts';
import { findQuery, loadLibrary } from './query-library.ts';
import { runQuery } from './run-query.ts';
import type { QueryRunResult } from '#model/saved-queries/types.ts';

const library = loadLibrary();
const db = GraphDatabase.open(testTarget());

async function run(name: string, params: Record<string, unknown> = {}): Promise<QueryRunResult> {
  return runQuery(db, findQuery(name, library), params);
}

/** The rows as objects keyed by column. */
function records(result: QueryRunResult): Record<string, unknown>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
}

const keys = (result: QueryRunResult) => result.subgraph.nodes.map((n) => n.key);

const TESTED = new Set<string>();
function query(name: string, test: () => Promise<void>): void {
  TESTED.add(name);
  it(`${name} should give what the sample corpus says`, test);
}

describe('the shipped queries on the sample corpus', () => {
  beforeAll(async () => {
    await loadSampleCorpus(db);
  });
  afterAll(async () => {
    await db.close();
  });

  query('ego-network', async () => {
    const putin = await run('ego-network', { actor: 'person:vladimir-putin', depth: 2 });
    expect(putin.result).toBe('graph');
    expect(keys(putin)).toContain('person:vladimir-putin');
    expect(keys(putin)).toContain('person:kim-jong-un');
    const russia = await run('ego-network', { actor: 'state:ru', depth: '1' });
    expect(keys(russia)).toContain('state:ru');
    expect(
      russia.subgraph.nodes.every((n) => ['Entity', 'Event', 'Allegation'].some((l) => n.labels.includes(l))),
    ).toBe(true);
    const russiaDeeper = await run('ego-network', { actor: 'state:ru', depth: 2 });
    expect(keys(russiaDeeper)).toContain('state:kp');
    expect(russiaDeeper.subgraph.nodes.length).toBeGreaterThan(russia.subgraph.nodes.length);
    const present = new Set(keys(russiaDeeper));
    expect(russiaDeeper.subgraph.edges.length).toBeGreaterThan(0);
    expect(russiaDeeper.subgraph.edges.every((e) => present.has(e.source) && present.has(e.target))).toBe(true);
    const small = await run('ego-network', { actor: 'state:ru', depth: 2, limit: 5 });
    expect(small.subgraph.nodes).toHaveLength(6);
  });

  query('shortest-paths', async () => {
    const result = await run('shortest-paths', { from: 'person:vladimir-putin', to: 'person:kim-jong-un' });
    expect(result.rows.length).toBeGreaterThan(0);
    for (const [path] of result.rows as [{ nodes: { properties: { id: string } }[] }][]) {
      const ids = path.nodes.map((n) => n.properties.id);
      expect(ids).toContain('person:vladimir-putin');
      expect(ids).toContain('person:kim-jong-un');
    }
    expect(result.subgraph.nodes.some((n) => n.labels.includes('Sentence'))).toBe(false);
    const viaSentences = await run('shortest-paths', { from: 'state:sy', to: 'state:kp', viaSentences: 'true' });
    expect(viaSentences.subgraph.nodes.some((n) => n.labels.includes('Sentence'))).toBe(true);
    expect(keys(viaSentences)).toEqual(expect.arrayContaining(['state:sy', 'state:kp']));
  });

  query('allegations-against', async () => {
    const rows = records(await run('allegations-against', { actor: 'state:ru' }));
    expect(rows.length).toBeGreaterThan(0);
    const arms = rows.filter((r) => r.category === 'arms transfer');
    expect(arms.length).toBeGreaterThan(0);
    expect(arms.flatMap((r) => r.allegedBy as string[])).toContain('United States');
    expect(rows.every((r) => ['alleged', 'denied', 'confirmed', 'disputed'].includes(r.status as string))).toBe(true);
  });

  query('who-accuses-whom', async () => {
    const rows = records(await run('who-accuses-whom'));
    expect(
      rows.some((r) => r.accuser === 'United States' && (r.accused === 'Russia' || r.accused === 'North Korea')),
    ).toBe(true);
    const counts = rows.map((r) => r.allegations as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect((await run('who-accuses-whom', { minAllegations: 99 })).rows).toEqual([]);
  });

  query('actor-events', async () => {
    const all = records(
      await run('actor-events', { actor: 'person:vladimir-putin', from: '2023-01-01', to: '2024-12-31' }),
    );
    expect(all.length).toBeGreaterThan(0);
    const dates = all.map((r) => r.date as string);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d >= '2023' && d.slice(0, 10) <= '2024-12-31')).toBe(true);
    expect(
      all.flatMap((r) => r.others as string[]).some((o) => o.startsWith('Kim Jong Un') || o.startsWith('North Korea')),
    ).toBe(true);
    const later = records(await run('actor-events', { actor: 'person:vladimir-putin', from: '2024-01-01' }));
    expect(later.length).toBeLessThan(all.length + 1);
    expect(later.every((r) => (r.date as string) >= '2024')).toBe(true);
  });

  query('event-co-participation', async () => {
    const result = await run('event-co-participation');
    expect(result.result).toBe('graph');
    expect(keys(result)).toEqual(expect.arrayContaining(['person:vladimir-putin', 'person:kim-jong-un']));
    const participants = new Map<string, Set<string>>();
    for (const edge of result.subgraph.edges)
      participants.set(edge.target, (participants.get(edge.target) ?? new Set()).add(edge.source));
    expect([...participants.values()].every((set) => set.size >= 2)).toBe(true);
    expect(
      [...participants.values()].some((set) => set.has('person:vladimir-putin') && set.has('person:kim-jong-un')),
    ).toBe(true);
  });

  query('most-mentioned-actors', async () => {
    const rows = records(await run('most-mentioned-actors', { limit: 3 }));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['state:ru', 'state:kp']));
    const mentions = rows.map((r) => r.mentions as number);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    const people = records(await run('most-mentioned-actors', { kind: 'Person', limit: 2 }));
    expect(people.map((r) => r.id).sort()).toEqual(['person:kim-jong-un', 'person:vladimir-putin']);
  });

  query('most-corroborated-relations', async () => {
    const rows = records(await run('most-corroborated-relations'));
    expect(rows.length).toBeGreaterThan(0);
    const articles = rows.map((r) => r.articles as number);
    expect(articles).toEqual([...articles].sort((a, b) => b - a));
    expect(articles[0]).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => [r.sourceId, r.targetId].sort().join() === 'state:kp,state:ru')).toBe(true);
    expect(
      records(await run('most-corroborated-relations', { minArticles: 2 })).every((r) => (r.articles as number) >= 2),
    ).toBe(true);
  });

  query('relation-evidence', async () => {
    const rows = records(await run('relation-evidence', { source: 'state:ru', target: 'state:kp' }));
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.some(
        (r) => /Pyongyang|North Korea/.test(r.sentence as string) && /Moscow|Russia|Putin/.test(r.sentence as string),
      ),
    ).toBe(true);
    expect(rows.every((r) => typeof r.article === 'string' && typeof r.published === 'string')).toBe(true);
  });

  query('fact-evidence', async () => {
    const events = records(await run('actor-events', { actor: 'person:vladimir-putin' }));
    const event = events.find((e) => (e.articles as number) >= 1)!;
    const rows = records(await run('fact-evidence', { fact: event.event }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => /Putin|Russia|Moscow|Kremlin/.test(r.sentence as string))).toBe(true);
    const allegation = records(await run('allegations-against', { actor: 'state:ru' }))[0]!;
    const support = records(await run('fact-evidence', { fact: allegation.allegation }));
    expect(support.length).toBeGreaterThan(0);
    expect(support[0]!.fact).toBe(allegation.claim);
    expect((await run('fact-evidence', { fact: 'event:none' })).rows).toEqual([]);
  });

  query('contested-allegations', async () => {
    const rows = records(await run('contested-allegations'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => (r.deniedBy as string[]).length > 0 && (r.allegedBy as string[]).length > 0)).toBe(true);
    expect(
      rows.some(
        (r) =>
          /arms/.test(r.claim as string) && (r.deniedBy as string[]).some((d) => d === 'Russia' || d === 'North Korea'),
      ),
    ).toBe(true);
  });

  query('actors-first-seen-after', async () => {
    const rows = records(await run('actors-first-seen-after', { since: '2024-01-01' }));
    expect(rows.map((r) => r.id)).toContain('person:pak-jong-chon');
    expect(rows.map((r) => r.id)).not.toContain('state:ru');
    expect(rows.every((r) => (r.firstSeen as string) >= '2024-01-01')).toBe(true);
    const everyone = records(await run('actors-first-seen-after', { since: '2000-01-01', limit: 100 }));
    expect(everyone.map((r) => r.id)).toEqual(expect.arrayContaining(['state:ru', 'person:vladimir-putin']));
  });

  query('outlet-allegations', async () => {
    const rows = records(await run('outlet-allegations'));
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (r) => (r.articleCount as number) === (r.articles as string[]).length && (r.articleCount as number) > 0,
      ),
    ).toBe(true);
    expect(rows.some((r) => /arms/.test(r.claim as string))).toBe(true);
    const outlet = rows[0]!.outlet as string;
    expect(records(await run('outlet-allegations', { outlet })).every((r) => r.outlet === outlet)).toBe(true);
  });

  query('co-mentioned-entities', async () => {
    const rows = records(await run('co-mentioned-entities', { actor: 'state:ru' }));
    expect(rows[0]!.id).toBe('state:kp');
    expect(rows[0]!.sentences as number).toBeGreaterThanOrEqual(20);
  });

  query('sentences-mentioning-both', async () => {
    const rows = records(
      await run('sentences-mentioning-both', { first: 'person:vladimir-putin', second: 'person:kim-jong-un' }),
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.some((r) => /Putin/.test(r.sentence as string) && /Kim/.test(r.sentence as string))).toBe(true);
    const published = rows.map((r) => r.published as string);
    expect(published).toEqual([...published].sort());
  });

  query('mentions-by-month', async () => {
    const rows = records(await run('mentions-by-month', { actor: 'state:kp' }));
    expect(rows.map((r) => r.month)).toEqual(['2023-06', '2023-08', '2024-06', '2024-10']);
    expect(rows.find((r) => r.month === '2023-08')!.articles).toBe(2);
  });

  it('should test every shipped query', () => {
    expect([...TESTED].sort()).toEqual(library.map((q) => q.name).sort());
  });
});
