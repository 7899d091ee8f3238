/*
 * The explorer API against the tests' own Neo4j loaded with the sample corpus: real searches,
 * neighbourhoods, evidence and errors, through Fastify's inject (no port needed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { loadSampleCorpus, testTarget } from '../../testing/test-database.ts';
import type {
  ArticleResponse,
  SavedViewResponse,
  EvidenceResponse,
  NeighbourhoodResponse,
  NodeDetails,
  OverviewResponse,
  SearchResponse,
  StatsResponse,
  Subgraph,
} from '#model/api-types.ts';
import { buildApp } from './app.ts';
import { neighbourhood, overview } from './explorer-queries.ts';
import { DEFAULT_FILTERS } from '#model/filters.ts';
import { DatabaseGuard } from './db-guard.ts';
import { rankHubs } from '../../graph-store/db/neighbour-ranking.ts';

let db: GraphDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = GraphDatabase.open(testTarget());
  await loadSampleCorpus(db);
  app = await buildApp({ db });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function get<T>(url: string, status = 200): Promise<T> {
  const response = await app.inject(url);
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
}

describe('GET /api/search', () => {
  it('should find an actor despite a typo', async () => {
    const answer = await get<SearchResponse>('/api/search?q=Rusia');
    expect(answer.hits[0]).toMatchObject({ key: 'state:ru', name: 'Russia', kind: 'State' });
  });

  it('should suggest while typing (prefix) and filter by type', async () => {
    const answer = await get<SearchResponse>('/api/search?q=korea&kinds=State');
    expect(answer.hits.map((h) => h.key)).toEqual(expect.arrayContaining(['state:kp', 'state:kr']));
    expect(answer.hits.every((h) => h.kind === 'State')).toBe(true);
    const none = await get<SearchResponse>('/api/search?q=korea&kinds=Person');
    expect(none.hits.every((h) => h.kind === 'Person')).toBe(true);
  });

  it('should treat Lucene syntax as plain text', async () => {
    for (const q of ['Russia) OR (*', 'name:"x', '~~~', 'AND', '\\']) {
      const answer = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(Array.isArray(answer.hits)).toBe(true);
    }
  });

  it('should reject a missing query with a JSON 400', async () => {
    const body = await get<{ error: string; message: string }>('/api/search', 400);
    expect(body.error).toBe('BadRequest');
    expect(body.message).toMatch(/q/);
  });
});

describe('GET /api/nodes/:key', () => {
  it('should describe a node with its counts, and not the loads that wrote it', async () => {
    const details = await get<NodeDetails>('/api/nodes/state%3Aru');
    expect(details.kind).toBe('State');
    expect(details.node.properties.name).toBe('Russia');
    const [stored] = await db.read<{ loads: unknown }>("MATCH (n:Entity {id: 'state:ru'}) RETURN n.loads AS loads");
    expect(stored!.loads).toBeTruthy();
    expect(details.node.properties).not.toHaveProperty('loads');
    expect(details.articleCount).toBeGreaterThanOrEqual(4);
    expect(details.sentenceCount).toBeGreaterThan(10);
  });

  it('should answer 404 with a message for an unknown key', async () => {
    const body = await get<{ error: string; message: string }>('/api/nodes/state%3Azz', 404);
    expect(body).toMatchObject({ error: 'NotFound' });
    expect(body.message).toContain('state:zz');
  });
});

describe('GET /api/nodes/:key/neighbourhood', () => {
  it('should link Russia to North Korea, with the shared sentences as provenance', async () => {
    const answer = await get<NeighbourhoodResponse>('/api/nodes/state%3Aru/neighbourhood');
    const keys = answer.subgraph.nodes.map((n) => n.key);
    expect(keys[0]).toBe('state:ru');
    expect(keys).toContain('state:kp');
    // North Korea is reached directly (relation or co-mention) or through an event both take part in.
    const touchingKp = answer.subgraph.edges.filter((e) => e.source === 'state:kp' || e.target === 'state:kp');
    expect(touchingKp.length).toBeGreaterThan(0);
    const coMention = answer.subgraph.edges.find(
      (e) => e.type === 'CO_MENTIONED' && [e.source, e.target].sort().join() === 'state:kp,state:ru',
    );
    expect(coMention?.properties.sentenceIds).toEqual(expect.arrayContaining([expect.stringMatching(/:\d+$/)]));
    expect(coMention?.properties.articleCount).toBeGreaterThanOrEqual(4);
    expect(answer.total).toBe(answer.returned + answer.leftOut);
  });

  it('should cap the answer and say how many were left out, then page on', async () => {
    const all = await get<NeighbourhoodResponse>('/api/nodes/state%3Aru/neighbourhood?limit=500');
    expect(all.total).toBeGreaterThanOrEqual(3);
    const first = await get<NeighbourhoodResponse>('/api/nodes/state%3Aru/neighbourhood?limit=2');
    expect(first.returned).toBe(2);
    expect(first.leftOut).toBe(all.total - 2);
    const next = await get<NeighbourhoodResponse>('/api/nodes/state%3Aru/neighbourhood?limit=2&skip=2');
    const firstKeys = first.subgraph.nodes.slice(1).map((n) => n.key);
    expect(next.subgraph.nodes.slice(1).some((n) => firstKeys.includes(n.key))).toBe(false);
  });

  it('should give a small page the same edges to the centre as a large one, co-mentions read in detail or not', async () => {
    const request = { key: 'state:ru', depth: 1 as const, skip: 0, filters: DEFAULT_FILTERS };
    const whole = await neighbourhood(db, { ...request, limit: 500 });
    // A page reads only the best co-mentioned pair in detail (by default twice skip + limit); the page's
    // other co-mention edges are read afterwards, from the page's side.
    const toRussia = (answer: NeighbourhoodResponse, key: string) =>
      answer.subgraph.edges
        .filter((e) => [e.source, e.target].includes(key) && [e.source, e.target].includes('state:ru'))
        .map((e) => JSON.stringify(e))
        .sort();
    // The edges among the centre and the page: to the centre, and between an event on the page and its parties.
    const among = (answer: NeighbourhoodResponse, keys: string[]) =>
      answer.subgraph.edges
        .filter((e) => [e.source, e.target].every((k) => k === 'state:ru' || keys.includes(k)))
        .map((e) => JSON.stringify(e))
        .sort();
    for (const skip of [0, 8, 16, 24, 32]) {
      const page = await neighbourhood(db, { ...request, skip, limit: 2, inDetail: 1 });
      expect(page.total).toBe(whole.total);
      const keys = page.subgraph.nodes.slice(1).map((n) => n.key);
      expect(keys).toEqual(whole.subgraph.nodes.slice(1 + skip, 3 + skip).map((n) => n.key));
      for (const key of keys) expect(toRussia(page, key)).toEqual(toRussia(whole, key));
      expect(among(page, keys)).toEqual(among(whole, keys));
    }
    // Wider pages, each reading only its best neighbours in full, give the same nodes and edges among them.
    for (const limit of [5, 12, 30]) {
      const page = await neighbourhood(db, { ...request, limit });
      const keys = page.subgraph.nodes.slice(1).map((n) => n.key);
      expect(page.total).toBe(whole.total);
      expect(keys).toEqual(whole.subgraph.nodes.slice(1, 1 + limit).map((n) => n.key));
      expect(among(page, keys)).toEqual(among(whole, keys));
    }
  });

  it('should give every entity small pages that match its whole neighbourhood: nodes, edges among them, total', async () => {
    const entities = await db.read<{ key: string }>(
      'MATCH (e:Entity) RETURN e.id AS key ORDER BY e.mentionCount DESC, e.id',
    );
    const request = { depth: 1 as const, filters: DEFAULT_FILTERS };
    const among = (answer: NeighbourhoodResponse, keys: string[]) =>
      answer.subgraph.edges
        .filter((e) => [e.source, e.target].every((k) => keys.includes(k)))
        .map((e) => JSON.stringify(e))
        .sort();
    for (const { key } of entities.slice(0, 40)) {
      const whole = await neighbourhood(db, { ...request, key, skip: 0, limit: 1000 });
      for (const skip of [0, 3, 9]) {
        if (skip >= whole.total) break;
        const page = await neighbourhood(db, { ...request, key, skip, limit: 3 });
        const keys = page.subgraph.nodes.map((n) => n.key);
        const at = `${key}, skip ${skip}`;
        expect(page.total, at).toBe(whole.total);
        expect(keys.slice(1), at).toEqual(whole.subgraph.nodes.slice(1 + skip, 4 + skip).map((n) => n.key));
        expect(among(page, keys), at).toEqual(among(whole, keys));
      }
    }
  });

  it('should rank a hub from its best relationships: the page, the edges to it and an estimated total', async () => {
    const request = { key: 'state:ru', depth: 1 as const, skip: 0, filters: DEFAULT_FILTERS };
    const whole = await neighbourhood(db, { ...request, limit: 500 });
    expect(whole.totalExact).toBe(true);
    const stored = (key: string) =>
      whole.subgraph.edges.filter((e) => e.type !== 'CO_MENTIONED' && [e.source, e.target].includes(key));
    // With a threshold of 3 relationships, Russia is a hub: only its best 4 are read, then ranked.
    const hub = await neighbourhood(db, { ...request, limit: 4, dense: 3 });
    expect(hub).toMatchObject({ totalExact: false, returned: 4 });
    expect(hub.leftOut).toBe(hub.total - 4);
    expect(hub.total).toBeGreaterThanOrEqual(stored('state:ru').length - 4);
    const nodes = hub.subgraph.nodes.slice(1).map((n) => n.key);
    // Every neighbour shown is one of the whole answer's stored neighbours, with the same edges to Russia,
    // the co-mention edge included (asked from the neighbour's side).
    for (const key of nodes) {
      const wholeEdges = whole.subgraph.edges.filter((e) => [e.source, e.target].includes(key));
      const toRussia = (edges: typeof wholeEdges) =>
        edges
          .filter((e) => [e.source, e.target].includes('state:ru'))
          .map((e) => JSON.stringify(e))
          .sort();
      expect(stored(key).length).toBeGreaterThan(0);
      expect(toRussia(hub.subgraph.edges.filter((e) => [e.source, e.target].includes(key)))).toEqual(
        toRussia(wholeEdges),
      );
    }
    expect(hub.subgraph.edges.some((e) => e.type === 'CO_MENTIONED')).toBe(true);
    // Filtered to stored relationship types, a hub shows no co-mention edge either.
    const storedOnly = await neighbourhood(db, {
      ...request,
      limit: 4,
      dense: 3,
      filters: { ...DEFAULT_FILTERS, relTypes: ['PARTICIPATED_IN', 'ALLEGES', 'TARGETS', 'DENIES'] },
    });
    expect(storedOnly.returned).toBeGreaterThan(0);
    expect(storedOnly.subgraph.edges.some((e) => e.type === 'CO_MENTIONED')).toBe(false);
  });

  it('should page through a hub from the ranking it stores as from all its relationships', async () => {
    // With a threshold of 3 relationships these are hubs; their stored rankings hold their 8 best neighbours.
    const requests = ['state:ru', 'state:kp', 'person:kim-jong-un'].flatMap((key) =>
      [
        { skip: 0, limit: 2, filters: DEFAULT_FILTERS },
        { skip: 2, limit: 2, filters: DEFAULT_FILTERS },
        { skip: 0, limit: 4, filters: DEFAULT_FILTERS },
        { skip: 4, limit: 4, filters: DEFAULT_FILTERS },
        { skip: 0, limit: 3, filters: { ...DEFAULT_FILTERS, kinds: ['Event'] } },
        { skip: 0, limit: 3, filters: { ...DEFAULT_FILTERS, kinds: ['State', 'Person'] } },
        { skip: 0, limit: 2, filters: { ...DEFAULT_FILTERS, relTypes: ['PARTICIPATED_IN', 'CO_MENTIONED'] } },
        { skip: 0, limit: 2, filters: { ...DEFAULT_FILTERS, minArticles: 2 } },
        { skip: 0, limit: 3, filters: { ...DEFAULT_FILTERS, from: '2024-01-01', keepUndated: false } },
      ].map((page) => ({ key, depth: 1 as const, dense: 3, ...page })),
    );
    // Without stored rankings, every hub is ranked from all its relationships.
    const expected = [];
    for (const request of requests) expected.push(await neighbourhood(db, request));
    expect(expected.filter((answer) => !answer.totalExact).length).toBeGreaterThan(20);
    await rankHubs(db, { hubDegree: 3, top: 8 });
    try {
      for (const [i, request] of requests.entries())
        expect(await neighbourhood(db, request), JSON.stringify(request)).toEqual(expected[i]);
      // The pages do come from the ranking: a neighbour taken out of it is no longer on the first page.
      const best = expected[0]!.subgraph.nodes[1]!.key;
      await db.write(
        `MATCH (n:Entity {id: 'state:ru'})
         WITH n, [i IN range(0, size(n.topNeighbours) - 1) WHERE n.topNeighbours[i] <> $best] AS kept
         SET n.topNeighbours = [i IN kept | n.topNeighbours[i]], n.topScores = [i IN kept | n.topScores[i]]`,
        { best },
      );
      const without = await neighbourhood(db, requests[0]!);
      expect(without.subgraph.nodes.map((n) => n.key)).not.toContain(best);
    } finally {
      await db.write('MATCH (n) WHERE n.topNeighbours IS NOT NULL REMOVE n.topNeighbours, n.topScores');
    }
  });

  it('should apply the filters: types, relationship types, dates and corroboration', async () => {
    const persons = await get<NeighbourhoodResponse>('/api/nodes/state%3Aru/neighbourhood?kinds=Person');
    expect(persons.subgraph.nodes.slice(1).every((n) => n.labels.includes('Person'))).toBe(true);
    const noCo = await get<NeighbourhoodResponse>('/api/nodes/state%3Aru/neighbourhood?types=ALLIED_WITH,LEADER_OF');
    expect(noCo.subgraph.edges.some((e) => e.type === 'CO_MENTIONED')).toBe(false);
    const future = await get<NeighbourhoodResponse>(
      '/api/nodes/state%3Aru/neighbourhood?from=2099-01-01&types=CO_MENTIONED',
    );
    expect(future.total).toBe(0);
    const strong = await get<NeighbourhoodResponse>(
      '/api/nodes/state%3Aru/neighbourhood?minArticles=4&types=CO_MENTIONED',
    );
    expect(strong.subgraph.edges.every((e) => Number(e.properties.articleCount) >= 4)).toBe(true);
    expect(strong.subgraph.nodes.map((n) => n.key)).toContain('state:kp');
  });

  it('should reach the other parties of an event in the same expansion, the event between them', async () => {
    const [pair] = await db.read<{ event: string; other: string }>(
      `MATCH (:Entity {id: 'state:ru'})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Entity)
       RETURN e.id AS event, o.id AS other ORDER BY e.id, o.id LIMIT 1`,
    );
    expect(pair, 'the sample corpus has an event with Russia and another party').toBeDefined();
    const answer = await get<NeighbourhoodResponse>('/api/nodes/state%3Aru/neighbourhood?limit=500');
    const keys = answer.subgraph.nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining([pair!.event, pair!.other]));
    const types = answer.subgraph.edges.filter((e) => e.target === pair!.event).map((e) => `${e.source} ${e.type}`);
    expect(types).toEqual(expect.arrayContaining([`state:ru PARTICIPATED_IN`, `${pair!.other} PARTICIPATED_IN`]));
  });

  it('should leave events out of a date range that excludes them', async () => {
    const answer = await get<NeighbourhoodResponse>(
      '/api/nodes/state%3Aru/neighbourhood?limit=500&from=1990-01-01&to=1990-12-31',
    );
    expect(answer.subgraph.nodes.some((n) => n.labels.includes('Event'))).toBe(false);
  });

  it('should go two steps deep', async () => {
    const one = await get<NeighbourhoodResponse>('/api/nodes/state%3Asy/neighbourhood?limit=500');
    const two = await get<NeighbourhoodResponse>('/api/nodes/state%3Asy/neighbourhood?limit=500&depth=2');
    expect(two.total).toBeGreaterThanOrEqual(one.total);
  });

  it('should answer 404 for an unknown node, and give a node whose filters leave no neighbour alone', async () => {
    await get('/api/nodes/state%3Anowhere/neighbourhood', 404);
    const answer = await get<NeighbourhoodResponse>('/api/nodes/state%3Aru/neighbourhood?types=LEADER_OF&kinds=Place');
    expect(answer.subgraph.nodes.map((n) => n.key)).toEqual(['state:ru']);
    expect(answer.subgraph.nodes[0]!.properties.name).toBe('Russia');
    expect(answer.total).toBe(0);
  });

  it('should refuse depth 3', async () => {
    await get('/api/nodes/state%3Aru/neighbourhood?depth=3', 400);
  });
});

describe('evidence', () => {
  it('should give the sentences that mention a node, with the mention located and the article named', async () => {
    const evidence = await get<EvidenceResponse>('/api/nodes/state%3Akp/evidence?limit=5');
    expect(evidence.total).toBeGreaterThan(10);
    expect(evidence.articleCount).toBeGreaterThanOrEqual(4);
    for (const s of evidence.sentences) {
      // Named by its metadata: its file, and a title only when it has one (never a sentence posing as one).
      expect(s.article.file).toMatch(/\.txt$/);
      if (s.article.title !== null) expect(s.article.title).not.toMatch(/[.!?]$/);
      expect(s.article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.mentions.length).toBeGreaterThan(0);
      for (const m of s.mentions) expect(s.text.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(evidence.sentences.some((s) => /North Korea/.test(s.text))).toBe(true);
  });

  it('should give the sentences behind a co-mention edge, both ends highlighted', async () => {
    const evidence = await get<EvidenceResponse>(
      '/api/edges/evidence?source=state%3Akp&target=state%3Aru&type=CO_MENTIONED&limit=3',
    );
    expect(evidence.total).toBeGreaterThan(5);
    const [first] = evidence.sentences;
    expect(new Set(first!.mentions.map((m) => m.key))).toEqual(new Set(['state:kp', 'state:ru']));
  });

  it('should give the sentences behind a stored relationship, from its provenance', async () => {
    const [rel] = await db.read<{ source: string; type: string; target: string; ids: string[] }>(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.sentenceIds IS NOT NULL
       RETURN a.id AS source, type(r) AS type, b.id AS target, r.sentenceIds AS ids ORDER BY a.id, type(r), b.id LIMIT 1`,
    );
    expect(rel, 'the sample corpus has an entity relation').toBeDefined();
    const evidence = await get<EvidenceResponse>(
      `/api/edges/evidence?source=${encodeURIComponent(rel!.source)}&target=${encodeURIComponent(rel!.target)}&type=${rel!.type}`,
    );
    expect(evidence.total).toBe(rel!.ids.length);
    expect(evidence.sentences.map((s) => s.id).sort()).toEqual([...rel!.ids].sort().slice(0, 20));
  });

  it('should give the supporting sentences of an event', async () => {
    const [row] = await db.read<{ key: string; n: number }>(
      'MATCH (e:Event)-[:SUPPORTED_BY]->(s:Sentence) RETURN e.id AS key, count(s) AS n ORDER BY e.id LIMIT 1',
    );
    const evidence = await get<EvidenceResponse>(`/api/nodes/${encodeURIComponent(row!.key)}/evidence`);
    expect(evidence.total).toBe(row!.n);
    expect(evidence.sentences[0]!.text.length).toBeGreaterThan(10);
    const details = await get<NodeDetails>(`/api/nodes/${encodeURIComponent(row!.key)}`);
    expect(details.kind).toBe('Event');
    expect(details.parties.length).toBeGreaterThan(0);
  });

  it('should answer 404 for an edge that does not exist', async () => {
    await get('/api/edges/evidence?source=state%3Akp&target=state%3Aru&type=OPPOSES', 404);
  });
});

describe('views, timeline and stats', () => {
  it('should reopen a view: the nodes and every edge among them', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/subgraph',
      payload: { keys: ['state:ru', 'state:kp', 'state:ua', 'nope'] },
    });
    expect(response.statusCode).toBe(200);
    const subgraph = response.json<Subgraph>();
    expect(subgraph.nodes.map((n) => n.key).sort()).toEqual(['state:kp', 'state:ru', 'state:ua']);
    expect(subgraph.edges.length).toBeGreaterThanOrEqual(2);
    for (const e of subgraph.edges) expect(Array.isArray(e.properties.articleDates)).toBe(true);
  });

  it('should connect new nodes to a view without repeating the edges inside it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/subgraph',
      payload: { keys: ['state:kp'], edgesOnly: true, among: ['state:ru', 'state:ua'] },
    });
    const { nodes, edges } = response.json<Subgraph>();
    expect(nodes).toEqual([]);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect([e.source, e.target]).toContain('state:kp');
    expect(edges.some((e) => e.type === 'CO_MENTIONED' && [e.source, e.target].includes('state:ru'))).toBe(true);
  });

  it('should show the whole graph on the start screen when it is small', async () => {
    const overview = await get<OverviewResponse>('/api/overview?limit=200');
    expect(overview.whole).toBe(true);
    expect(overview.subgraph.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['state:ru', 'state:kp']));
  });

  it("should rank a large graph's start screen from stored measures, without visiting every node", async () => {
    // Treated as large (scanUpTo 0): the candidates come from the PageRank and mention-count indexes.
    const large = await overview(db, 8, 0);
    expect(large.whole).toBe(false);
    const [counted] = await db.read<{ total: number }>(
      'MATCH (n) WHERE n:Entity OR n:Event OR n:Allegation RETURN count(n) AS total',
    );
    expect(large.total).toBe(counted!.total);
    const stored = await db.read<{ id: string; actor: boolean; pagerank: number; degree: number; mentions: number }>(
      `MATCH (n:Entity) RETURN n.id AS id, n:Actor AS actor, coalesce(n.pagerank, -1.0) AS pagerank,
         coalesce(n.degree, 0) AS degree, coalesce(n.mentionCount, 0) AS mentions`,
    );
    const best = stored
      .sort(
        (a, b) =>
          Number(b.actor) - Number(a.actor) ||
          b.pagerank - a.pagerank ||
          b.degree - a.degree ||
          b.mentions - a.mentions ||
          (a.id < b.id ? -1 : 1),
      )
      .slice(0, 8)
      .map((r) => r.id);
    expect(large.subgraph.nodes.map((n) => n.key)).toEqual(best);
  });

  it('should list dated events oldest first, by party and date range', async () => {
    const { events } = await get<{ events: { key: string; date: string }[] }>('/api/events');
    expect(events.length).toBeGreaterThan(0);
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    const russian = await get<{ events: { key: string }[] }>('/api/events?keys=state%3Aru');
    const [row] = await db.read<{ n: number }>(
      "MATCH (e:Event) WHERE e.date IS NOT NULL AND EXISTS { (e)--(:Entity {id: 'state:ru'}) } RETURN count(e) AS n",
    );
    expect(russian.events.length).toBe(row!.n);
    // An event's own key and an entity's, together: each event once.
    const event = russian.events[0]!.key;
    const both = await get<{ events: { key: string }[] }>(`/api/events?keys=state%3Aru,${encodeURIComponent(event)}`);
    expect(both.events.map((e) => e.key)).toEqual(russian.events.map((e) => e.key));
    const own = await get<{ events: { key: string }[] }>(`/api/events?keys=${encodeURIComponent(event)}`);
    expect(own.events.map((e) => e.key)).toEqual([event]);
    const first = dates[0]!;
    const only = await get<{ events: { date: string }[] }>(`/api/events?from=${first}&to=${first}`);
    expect(only.events.every((e) => e.date === first)).toBe(true);
  });

  it('should serve an article as text for sources without a URL', async () => {
    const [row] = await db.read<{ id: string; first: string }>(
      'MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence {index: 0}) RETURN a.id AS id, s.text AS first ORDER BY a.id LIMIT 1',
    );
    const response = await app.inject(`/api/articles/${row!.id}/text`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/plain/);
    expect(response.body).toContain(row!.first);
    await get('/api/articles/0000000000000000/text', 404);
  });

  it("should give an article's sentences in order with their ids, for the source view", async () => {
    const [row] = await db.read<{ id: string; count: number }>(
      'MATCH (a:Article) RETURN a.id AS id, a.sentenceCount AS count ORDER BY a.id LIMIT 1',
    );
    const body = await get<ArticleResponse>(`/api/articles/${row!.id}`);
    expect(body.article.id).toBe(row!.id);
    expect(body.sentences).toHaveLength(row!.count);
    expect(body.sentences.map((s) => s.id)).toEqual(body.sentences.map((_, i) => `${row!.id}:${i}`));
    for (const [i, s] of body.sentences.entries())
      if (i > 0) expect(s.start).toBeGreaterThan(body.sentences[i - 1]!.end - 1);
  });

  it("should list an allegation's parties along its arrows, each with the sentences where it takes its part", async () => {
    const [row] = await db.read<{ key: string; denier: string; ids: string[] }>(
      `MATCH (e:Entity)-[d:DENIES]->(al:Allegation) RETURN al.id AS key, e.id AS denier, d.sentenceIds AS ids ORDER BY al.id, e.id LIMIT 1`,
    );
    const details = await get<NodeDetails>(`/api/nodes/${encodeURIComponent(row!.key)}`);
    const denial = details.parties.find((p) => p.type === 'DENIES' && p.key === row!.denier)!;
    expect(denial.sentences.length).toBeGreaterThan(0);
    for (const s of denial.sentences) expect(row!.ids).toContain(s.id);
    expect(details.parties.some((p) => p.type === 'TARGETS')).toBe(true);
    expect(details.parties.some((p) => p.type === 'ACCUSES')).toBe(false);
  });

  it('should keep a long view under a short id, and give it back', async () => {
    const search = `n=state%3Aru&pos=1,2&cam=0.5,0.5,1,0&test=${Date.now()}`;
    const saved = await app.inject({ method: 'POST', url: '/api/views', payload: { search } });
    expect(saved.statusCode).toBe(201);
    const { id } = saved.json<SavedViewResponse>();
    expect(id).toMatch(/^[a-z0-9]{10}$/);
    expect((await get<SavedViewResponse>(`/api/views/${id}`)).search).toBe(search);
    await get('/api/views/zzzzzz0000', 404);
    await get('/api/views/..%2Fsecret', 400);
  });

  it('should count nodes and relationships', async () => {
    const stats = await get<StatsResponse>('/api/stats');
    expect(stats.nodes.Article).toBe(5);
    expect(stats.nodes.Sentence).toBeGreaterThan(50);
    expect(stats.relationships.MENTIONS).toBeGreaterThan(50);
  });

  it('should answer unknown API routes with a JSON 404', async () => {
    const body = await get<{ error: string }>('/api/nothing-here', 404);
    expect(body.error).toBe('NotFound');
  });
});

describe('when Neo4j is unreachable', () => {
  it('should answer 503 quickly with a message, and recover when it is back', async () => {
    let up = false;
    const guard = new DatabaseGuard(db.target, async () => up);
    const guarded = await buildApp({ db, guard });
    try {
      const started = performance.now();
      const down = await guarded.inject('/api/search?q=russia');
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ error: 'DatabaseUnavailable' });
      expect(down.json<{ message: string }>().message).toMatch(/Neo4j is not reachable/);
      expect((await guarded.inject('/api/health')).statusCode).toBe(503);
      expect(performance.now() - started).toBeLessThan(2000);
      up = true;
      await new Promise((r) => setTimeout(r, 600));
      expect((await guarded.inject('/api/search?q=russia')).statusCode).toBe(200);
      expect((await guarded.inject('/api/health')).statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('should answer 503 at once for a server that is not there', async () => {
    const nowhere = GraphDatabase.open({ ...db.target, uri: 'bolt://127.0.0.1:1', embedded: undefined });
    const lonely = await buildApp({ db: nowhere });
    try {
      const started = performance.now();
      const response = await lonely.inject('/api/nodes/state%3Aru');
      expect(response.statusCode).toBe(503);
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      await lonely.close();
      await nowhere.close();
    }
  });
});
