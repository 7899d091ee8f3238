/*
 * The analyst's API against the tests' own Neo4j with the sample corpus (and, for loads and
 * decisions, one small article of the test's own, taken out again at the end): search over
 * everything, a sentence's facts, paths, contested claims, what a load added, and merge and split
 * decisions that the loader keeps on reload and that undo restores. Expectations come from the
 * database and the extractor's own output, not from fixed counts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { loadSampleCorpus, testTarget, unloadArticles } from '../../testing/test-database.ts';
import { loadArticles } from '../../graph-loader/src/load-articles.ts';
import { extractDocument, prepareArticles } from '../../graph-loader/src/pipeline.ts';
import type {
  ChangesResponse,
  ClaimsResponse,
  ContestedOverviewResponse,
  LoadsResponse,
  PathsResponse,
  SearchAllResponse,
  SentenceContext,
} from '#model/analyst-api.ts';
import type { DecisionsResponse, EntityRule } from '#model/decisions.ts';
import type { NodeDetails } from '#model/api-types.ts';
import { ALLEGATION_PARTY_TYPES, RELATION_TYPES } from '#model/graph-model.ts';
import { buildApp } from './app.ts';
import { ANALYST_TEST_ARTICLE } from '../../testing/analyst-article.ts';

let db: GraphDatabase;
let app: FastifyInstance;
let scratch: string;
const previousRules = process.env.NEWSGRAPH_DECISIONS_FILE;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'newsgraph-analyst-'));
  process.env.NEWSGRAPH_DECISIONS_FILE = path.join(scratch, 'entity-rules.yaml');
  db = GraphDatabase.open(testTarget());
  await loadSampleCorpus(db);
  app = await buildApp({ db });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(scratch, { recursive: true, force: true });
  if (previousRules === undefined) delete process.env.NEWSGRAPH_DECISIONS_FILE;
  else process.env.NEWSGRAPH_DECISIONS_FILE = previousRules;
});

async function call<T>(method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, status = 200): Promise<T> {
  const response = await app.inject({ method, url, ...(payload && { payload }) });
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
}
const get = <T>(url: string, status = 200) => call<T>('GET', url, undefined, status);

const ids = async (cypher: string, params: Record<string, unknown> = {}): Promise<string[]> =>
  (await db.read<{ id: string }>(cypher, params)).map((r) => r.id).sort();

describe('GET /api/search/all', () => {
  it('should find the sanctions allegation and the sentences that say "sanctions", grouped with counts', async () => {
    const answer = await get<SearchAllResponse>('/api/search/all?q=sanctions&limit=50');
    const expected = await ids(
      "MATCH (a:Allegation) WHERE toLower(a.category + ' ' + a.claim) CONTAINS 'sanction' RETURN a.id AS id",
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.allegations.hits.map((h) => h.key)).toEqual(expect.arrayContaining(expected));
    expect(answer.allegations.hits[0]!.name.toLowerCase()).toContain('sanction');
    const sentences = await ids("MATCH (s:Sentence) WHERE toLower(s.text) CONTAINS 'sanctions' RETURN s.id AS id");
    expect(answer.sentences.total).toBe(sentences.length);
    expect(answer.sentences.hits.map((h) => h.id).sort()).toEqual(sentences);
    for (const hit of answer.sentences.hits) expect(hit.article.id).toBe(hit.id.split(':')[0]);
  });

  it('should search one kind only, and find events by their date', async () => {
    const only = await get<SearchAllResponse>('/api/search/all?q=sanctions&kinds=Sentence');
    expect(only.sentences.total).toBeGreaterThan(0);
    expect([only.entities.total, only.events.total, only.allegations.total]).toEqual([0, 0, 0]);
    const [month] = await db.read<{ month: string }>(
      'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN left(e.date, 7) AS month ORDER BY e.id LIMIT 1',
    );
    const byDate = await get<SearchAllResponse>(`/api/search/all?q=${month!.month}&limit=50`);
    const dated = await ids('MATCH (e:Event) WHERE e.date STARTS WITH $month RETURN e.id AS id', {
      month: month!.month,
    });
    expect(byDate.events.hits.map((h) => h.key).sort()).toEqual(dated);
  });

  it('should find events through their parties, and treat Lucene syntax as text', async () => {
    const answer = await get<SearchAllResponse>('/api/search/all?q=Putin&kinds=Event&limit=50');
    const expected = await ids(
      "MATCH (:Entity {id: 'person:vladimir-putin'})-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e.id AS id",
    );
    expect(answer.events.hits.map((h) => h.key)).toEqual(expect.arrayContaining(expected.slice(0, 50)));
    await get<SearchAllResponse>(`/api/search/all?q=${encodeURIComponent('sanctions) OR (*')}`);
  });
});

describe('GET /api/sentences/:id', () => {
  it('should give a sentence its article, the facts it supports and the entities it mentions', async () => {
    const [row] = await db.read<{ id: string; facts: string[]; entities: string[] }>(
      `MATCH (f)-[:SUPPORTED_BY]->(s:Sentence) WITH s, collect(DISTINCT f.id) AS facts
       OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
       RETURN s.id AS id, facts, collect(DISTINCT e.id) AS entities ORDER BY size(facts) DESC, s.id LIMIT 1`,
    );
    const context = await get<SentenceContext>(`/api/sentences/${encodeURIComponent(row!.id)}`);
    expect(context.sentence.id).toBe(row!.id);
    expect(context.article.id).toBe(row!.id.split(':')[0]);
    expect(context.facts.map((f) => f.key).sort()).toEqual([...row!.facts].sort());
    expect(context.entities.map((f) => f.key).sort()).toEqual([...row!.entities].sort());
    await get('/api/sentences/nope:1', 404);
  });
});

describe('GET /api/paths', () => {
  it('should find the shortest paths between two entities that share no edge, with evidence for each step', async () => {
    const [pair] = await db.read<{ a: string; b: string; hops: number }>(
      `MATCH (a:Entity), (b:Entity)
       WHERE a.id < b.id AND NOT (a)--(b) AND NOT EXISTS { (a)<-[:MENTIONS]-(:Sentence)-[:MENTIONS]->(b) }
       MATCH p = shortestPath((a)-[:${[...RELATION_TYPES, 'PARTICIPATED_IN', 'TOOK_PLACE_IN', ...ALLEGATION_PARTY_TYPES].join('|')}*..8]-(b))
       RETURN a.id AS a, b.id AS b, length(p) AS hops ORDER BY hops, a.id, b.id LIMIT 1`,
    );
    expect(pair).toBeDefined();
    const answer = await get<PathsResponse>(`/api/paths?from=${pair!.a}&to=${pair!.b}`);
    expect(answer.hops).toBe(pair!.hops);
    for (const p of answer.paths) {
      expect(p[0]).toBe(pair!.a);
      expect(p.at(-1)).toBe(pair!.b);
    }
    expect(answer.subgraph.nodes.every((n) => !n.labels.includes('Sentence') && !n.labels.includes('Article'))).toBe(
      true,
    );
    expect(answer.steps.length).toBe(answer.subgraph.edges.length);
    for (const step of answer.steps) {
      expect(step.evidence.length).toBeGreaterThan(0);
      expect(step.evidence[0]!.text.length).toBeGreaterThan(10);
    }
  });

  it('should follow every relation type, such as a meeting or a sanction', async () => {
    const [pair] = await db.read<{ a: string; b: string; type: string }>(
      `MATCH (a:Entity)-[r:MEETS|SANCTIONS|ATTACKS|CONDEMNS|SIGNS_TREATY_WITH|DETAINS|SPOKESPERSON_OF]-(b:Entity)
       WHERE a.id < b.id RETURN a.id AS a, b.id AS b, type(r) AS type ORDER BY a, b LIMIT 1`,
    );
    expect(pair).toBeDefined();
    const answer = await get<PathsResponse>(`/api/paths?from=${pair!.a}&to=${pair!.b}`);
    expect(answer.hops).toBe(1);
    expect(answer.subgraph.edges.map((e) => e.type)).toContain(pair!.type);
  });

  it('should refuse ids that are not entities', async () => {
    await get('/api/paths?from=state:ru&to=nope:x', 404);
  });
});

describe('GET /api/claims and the most contested', () => {
  it('should list the arms-transfer allegation with its alleger and deniers and what each said', async () => {
    const [arms] = await db.read<{ id: string; allegers: string[]; deniers: string[] }>(
      `MATCH (al:Allegation) WHERE al.category = 'arms transfer'
       WITH al, COLLECT { MATCH (e:Entity)-[:ALLEGES]->(al) RETURN e.name } AS allegers,
            COLLECT { MATCH (e:Entity)-[:DENIES]->(al) RETURN e.name } AS deniers
       WHERE size(allegers) > 0 AND size(deniers) > 0
       RETURN al.id AS id, allegers, deniers ORDER BY al.id LIMIT 1`,
    );
    const answer = await get<ClaimsResponse>(`/api/claims/${arms!.id}`);
    const claim = answer.claims[0]!;
    const names = (stance: string) =>
      claim.parties
        .filter((p) => p.stance === stance)
        .map((p) => p.name)
        .sort();
    expect(names('alleges')).toEqual([...arms!.allegers].sort());
    expect(names('denies')).toEqual([...arms!.deniers].sort());
    for (const party of claim.parties.filter((p) => p.stance === 'denies')) {
      expect(party.statements.length).toBeGreaterThan(0);
      expect(party.statements[0]!.sentence.article.id).toBeTruthy();
    }
    const contested = await get<ContestedOverviewResponse>('/api/overview/contested');
    expect(contested.ranked.map((r) => r.key)).toContain(arms!.id);
    expect(contested.ranked.every((r) => r.allegers > 0 && r.deniers > 0)).toBe(true);
    expect(contested.subgraph.nodes.map((n) => n.key)).toContain(arms!.id);
  });

  it("should list an entity's allegations", async () => {
    const answer = await get<ClaimsResponse>('/api/claims/state:kp');
    const expected = await ids(
      `MATCH (al:Allegation) WHERE EXISTS { (:Entity {id: 'state:kp'})-[:ALLEGES|DENIES|CONFIRMS]->(al) } OR EXISTS { (al)-[:TARGETS]->(:Entity {id: 'state:kp'}) } RETURN al.id AS id`,
    );
    expect(answer.claims.map((c) => c.key).sort()).toEqual(expected);
  });
});

describe('loads, what is new, and decisions', () => {
  let file: string;
  let articleId: string;
  let loadId: string;

  afterAll(async () => {
    if (articleId) await unloadArticles(db, [articleId]);
  });

  it('should record a load and say exactly what it added', async () => {
    file = path.join(scratch, 'fisheries.txt');
    writeFileSync(file, ANALYST_TEST_ARTICLE);
    const prepared = [];
    for await (const batch of prepareArticles([file])) prepared.push(...batch.articles);
    const doc = extractDocument(prepared);
    articleId = prepared[0]!.id;
    const extracted = [...doc.entities, ...doc.events, ...doc.allegations].map((n) => n.id);
    const before = new Set(await ids('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id', { ids: extracted }));
    const summary = await loadArticles(db, [file]);
    loadId = summary.loadId;
    expect(summary.loaded).toBe(1);

    const loads = await get<LoadsResponse>('/api/loads');
    expect(loads.loads[0]).toMatchObject({ id: loadId, articlesLoaded: 1, extractorVersion: doc.extractor.version });
    // Files are named within their corpus: a single file by its own name.
    expect(loads.loads[0]!.files).toEqual([path.basename(file)]);
    const changes = await get<ChangesResponse>(`/api/loads/${loadId}/changes`);
    const added = changes.nodes
      .filter((n) => n.change === 'added')
      .map((n) => n.key)
      .sort();
    const changed = changes.nodes
      .filter((n) => n.change === 'changed')
      .map((n) => n.key)
      .sort();
    expect(added).toEqual(extracted.filter((id) => !before.has(id)).sort());
    expect(changed).toEqual(extracted.filter((id) => before.has(id)).sort());
    expect(loads.loads[0]!.added.entities).toBe(
      changes.nodes.filter((n) => n.change === 'added' && ['Person', 'State', 'Organisation', 'Place'].includes(n.kind))
        .length,
    );
    await get('/api/loads/load-nope/changes', 404);
  });

  it('should merge two entities at once, keep the merge when the article is loaded again, and undo it', async () => {
    const [from, into] = ['person:ingrid-solvang-berg', 'person:ingrid-solvang'];
    const mentions = async (id: string) =>
      (
        await db.read<{ n: number }>('MATCH (:Sentence)-[m:MENTIONS]->(:Entity {id: $id}) RETURN count(m) AS n', { id })
      )[0]!.n;
    const [fromMentions, intoMentions] = [await mentions(from), await mentions(into)];
    expect(fromMentions).toBeGreaterThan(0);

    await call('POST', '/api/decisions', { action: 'merge', from }, 400);
    const merge = await call<EntityRule>(
      'POST',
      '/api/decisions',
      { action: 'merge', from, into, by: 'the tests' },
      201,
    );
    expect(merge).toMatchObject({
      action: 'merge',
      decidedBy: 'the tests',
      from: { id: from },
      into: { id: into, type: 'Person' },
    });
    await get(`/api/nodes/${from}`, 404);
    const merged = await get<NodeDetails>(`/api/nodes/${into}`);
    expect(merged.node.properties.aliases).toContain('Ingrid Solvang-Berg');
    expect(await mentions(into)).toBe(fromMentions + intoMentions);
    const listed = await get<DecisionsResponse>('/api/decisions');
    expect(listed.rules.map((r) => r.id)).toEqual([merge.id]);

    // Loaded again with other text: the article is extracted anew, and the rule still applies.
    writeFileSync(
      file,
      `${ANALYST_TEST_ARTICLE}Ingrid Solvang-Berg added that the agreement would be signed in Santiago.\n`,
    );
    const reload = await loadArticles(db, [file]);
    expect(reload.replaced).toBe(1);
    // Files are named within their corpus (here the file's own name), so the new text's article is found by that name.
    articleId = (await ids('MATCH (a:Article {file: $file}) RETURN a.id AS id', { file: path.basename(file) }))[0]!;
    expect(articleId).toBeDefined();
    await get(`/api/nodes/${from}`, 404);
    expect(await mentions(into)).toBeGreaterThan(fromMentions + intoMentions);

    const undone = await call<{ rule: EntityRule; exact: boolean }>('DELETE', `/api/decisions/${merge.id}`, {
      by: 'the tests',
    });
    expect(undone.exact).toBe(false); // the reload re-extracted the article: undone by the words
    expect(await mentions(from)).toBeGreaterThan(0);
    expect(await mentions(into)).toBe(intoMentions);
    const after = await get<DecisionsResponse>('/api/decisions');
    expect(after.rules).toEqual([]);
    expect(after.undone.map((r) => [r.id, r.undoneBy])).toEqual([[merge.id, 'the tests']]);
  });

  it('should undo a merge exactly when nothing was loaded meanwhile, and split an alias off and back', async () => {
    /** Every entity, event and allegation with its labels, aliases, mentions and relationships, in order. */
    const snapshot = async () =>
      (
        await db.read<{
          id: string;
          labels: string[];
          aliases: string[] | null;
          mentions: number | null;
          rels: string[];
        }>(
          `MATCH (n) WHERE n:Entity OR n:Event OR n:Allegation
           OPTIONAL MATCH (n)-[r]-(x)
           RETURN n.id AS id, labels(n) AS labels, n.aliases AS aliases, n.mentionCount AS mentions,
             collect(type(r) + '|' + coalesce(x.id, '') + '|' + toString(startNode(r) = n) + '|' + coalesce(r.role, '') + '|' + toString(size(coalesce(r.sentenceIds, [])))) AS rels`,
        )
      )
        .map((r) => JSON.stringify([r.id, [...r.labels].sort(), r.aliases, r.mentions, [...r.rels].sort()]))
        .sort();
    const before = await snapshot();
    const merge = await call<EntityRule>(
      'POST',
      '/api/decisions',
      { action: 'merge', from: 'state:ar', into: 'state:cl' },
      201,
    );
    expect((await get<NodeDetails>('/api/nodes/state:cl')).node.properties.aliases).toContain('Argentina');
    const undone = await call<{ exact: boolean }>('DELETE', `/api/decisions/${merge.id}`, {});
    expect(undone.exact).toBe(true);
    expect(await snapshot()).toEqual(before);

    const split = await call<EntityRule>(
      'POST',
      '/api/decisions',
      { action: 'split', entity: 'person:ingrid-solvang', alias: 'Solvang', name: 'Odd Solvang' },
      201,
    );
    expect(split).toMatchObject({
      action: 'split',
      alias: 'Solvang',
      into: { id: 'person:odd-solvang', type: 'Person' },
    });
    const odd = await get<NodeDetails>('/api/nodes/person:odd-solvang');
    expect(odd.sentenceCount).toBeGreaterThan(0);
    expect((await get<NodeDetails>('/api/nodes/person:ingrid-solvang')).node.properties.aliases).not.toContain(
      'Solvang',
    );
    await call('DELETE', `/api/decisions/${split.id}`, {});
    await get('/api/nodes/person:odd-solvang', 404);
    expect(await snapshot()).toEqual(before);
    await call('POST', '/api/decisions', { action: 'split', entity: 'person:ingrid-solvang', alias: 'nobody' }, 400);
  });
});
