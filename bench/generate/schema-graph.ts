/*
 * A seeded graph written straight into the real schema (cypher/schema.cypher, the labels, properties and
 * relationship types of docs/graph-model.md), for query benchmarks at scale: `entities` entities (states,
 * people, organisations, places) with invented names, articles (one per 10 entities) of five sentences,
 * 2–3 MENTIONS per sentence, entity relations (1.5 per entity, targets skewed so popular entities emerge),
 * events (one per 5 entities) with participants, places and evidence, allegations (one per 20) with
 * their parties, statuses and evidence, and a few hub states with `hubNeighbours` related entities each
 * and a tenth of all sentences between them. About 5 stored relationships per entity. Writes with
 * batched `UNWIND … CREATE` (cypher/bench/) in large transactions, on an empty store only, or as CSV
 * files that neo4j-admin imports (bench/generate/admin-csv.ts; the same nodes, relationships and
 * properties, but for empty lists), then ranks the hubs' neighbours as the loader keeps them
 * (graph-store/db/neighbour-ranking.ts).
 */
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { cypherQuery, fillCypher } from '../../graph-store/db/cypher-files.ts';
import { applySchema } from '../../graph-store/db/schema.ts';
import { rankHubs } from '../../graph-store/db/neighbour-ranking.ts';
import { ENTITY_LABELS, type EntityType, type RelationType } from '#model/graph-model.ts';
import { seededRandom, type Random } from '../lib/random.ts';
import { buildWorld, capitalise, personName, syllable } from './news-world.ts';
import type { AdminImportFiles } from '../../graph-store/db/embedded-neo4j.ts';
import { AdminCsvWriter } from './admin-csv.ts';
import type { GraphSink, Link, Row } from './graph-sink.ts';

export interface SchemaGraphOptions {
  entities: number;
  seed?: number;
  /** How many hub states (the first ones), each related to `hubNeighbours` entities. */
  hubs?: number;
  hubNeighbours?: number;
  /** Rows per transaction. */
  batch?: number;
  /** Stop (GenerationStopped) once this time (ms since the epoch) has passed. */
  deadline?: number;
  /**
   * Bulk path: write CSV files into this folder instead of transactions, and hand them to `bulk`, which
   * replaces the (stopped) store with them through neo4j-admin and starts Neo4j again.
   */
  csvDir?: string;
  bulk?: (files: AdminImportFiles) => Promise<void>;
  log?: (line: string) => void;
}

export interface SchemaGraphSummary {
  nodes: number;
  relationships: number;
  /** Time to write everything and for the indexes to come online. */
  seconds: number;
  hubs: string[];
  /** Ids of 50 entities picked at random (seeded), hubs left out. */
  sampleEntities: string[];
  /** Names of sampled entities, as a user would type them (a last name, a full name, a place). */
  searchTerms: string[];
}

const SENTENCES_PER_ARTICLE = 5;
const START_DAY = Date.UTC(2024, 0, 1);
const DAYS = 730;
const ORG_WORDS = ['Institute', 'Front', 'Council', 'Group', 'Bank', 'Party', 'Union', 'Agency', 'Movement', 'Fund'];
const PLACE_WORDS = ['', '', ' Valley', ' Province', ' Bay', ' Heights', '-grad', ' District'];
const VERBS = [
  'met',
  'accused',
  'criticised',
  'visited',
  'praised',
  'called',
  'warned',
  'thanked',
  'sanctioned',
  'rejected',
];
const EVENT_TYPES = [
  'meeting',
  'visit',
  'sanction',
  'strike',
  'talks',
  'protest',
  'election',
  'summit',
  'arrest',
  'agreement',
];
const ALLEGATION_CATEGORIES = [
  'war crimes',
  'corruption',
  'election interference',
  'sanctions evasion',
  'human rights abuses',
  'cyberattack',
];
const EXTRACTOR = 'bench-generator';

/** The graph's layout: which entity index has which type, id and name. Kinds are a function of the index. */
class Layout {
  readonly ids: string[] = [];
  readonly names: string[] = [];
  readonly states: number;
  readonly articles: number;
  readonly sentences: number;
  readonly outlets: string[];

  constructor(
    readonly entities: number,
    seed: number,
  ) {
    const world = buildWorld(seed, 0);
    const random = seededRandom(seed + 1);
    this.states = Math.min(world.states.length, Math.floor(entities / 10));
    this.outlets = world.outlets;
    this.articles = Math.max(100, Math.floor(entities / 10));
    this.sentences = this.articles * SENTENCES_PER_ARTICLE;
    for (let i = 0; i < entities; i++) {
      const { id, name } = this.invent(i, random, world.states[i]?.name);
      this.ids.push(id);
      this.names.push(name);
    }
  }

  kind(i: number): EntityType {
    if (i < this.states) return 'State';
    const r = i % 20;
    return r < 3 ? 'Organisation' : r < 6 ? 'Place' : 'Person';
  }

  private invent(i: number, random: Random, stateName: string | undefined): { id: string; name: string } {
    const tag = i.toString(36);
    switch (this.kind(i)) {
      case 'State':
        return { id: `state:${slug(stateName!)}`, name: stateName! };
      case 'Organisation': {
        const name = `${capitalise(syllable(random) + syllable(random))} ${random.pick(ORG_WORDS)}`;
        return { id: `org:${slug(name)}-${tag}`, name };
      }
      case 'Place': {
        const name = capitalise(syllable(random) + syllable(random)) + random.pick(PLACE_WORDS);
        return { id: `place:${slug(name)}-${tag}`, name };
      }
      default: {
        const { first, last } = personName(random);
        return { id: `person:${slug(`${first} ${last}`)}-${tag}`, name: `${first} ${last}` };
      }
    }
  }

  /** A place near index i (the next Place in its block of 20), never a state. */
  placeNear(i: number): number {
    const j = i - (i % 20) + 3 + (i % 3);
    return j >= this.states && j < this.entities ? j : this.states + 3;
  }

  articleId(a: number): string {
    return (a * 2654435761 + 0x9e3779b9).toString(16).padStart(16, '0').slice(-16);
  }

  sentenceId(s: number): string {
    return `${this.articleId(Math.floor(s / SENTENCES_PER_ARTICLE))}:${s % SENTENCES_PER_ARTICLE}`;
  }

  /** The YYYY-MM-DD of article a (articles are spread evenly over two years, in order). */
  articleDate(a: number): string {
    return new Date(START_DAY + Math.floor((a * DAYS) / this.articles) * 86_400_000).toISOString().slice(0, 10);
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The entity relation type that fits a source and target type. */
function relationType(from: EntityType, to: EntityType, random: Random): RelationType {
  if (to === 'Place') return 'LOCATED_IN';
  if (from === 'Person' && to === 'State') return random.chance(0.02) ? 'LEADER_OF' : 'OFFICIAL_OF';
  if (from === 'Person' && to === 'Organisation') return random.chance(0.1) ? 'LEADER_OF' : 'MEMBER_OF';
  if (from === 'Place') return 'PART_OF';
  if (from === 'Organisation' && to === 'Organisation') return 'PART_OF';
  if (from === 'Organisation') return 'AFFILIATED_WITH';
  return random.pick(['ALLIED_WITH', 'COOPERATES_WITH', 'OPPOSES'] as const);
}

/** Who is mentioned in each sentence (up to 3 entity indexes, -1 for none) and the counts that follow. */
interface MentionPlan {
  mentioned: Int32Array;
  mentionCount: Int32Array;
  articleCount: Int32Array;
  firstArticle: Int32Array;
}

function planMentions(layout: Layout, hubs: number, random: Random): MentionPlan {
  const n = layout.entities;
  const plan: MentionPlan = {
    mentioned: new Int32Array(layout.sentences * 3).fill(-1),
    mentionCount: new Int32Array(n),
    articleCount: new Int32Array(n),
    firstArticle: new Int32Array(n).fill(-1),
  };
  const lastArticle = new Int32Array(n).fill(-1);
  for (let s = 0; s < layout.sentences; s++) {
    const a = Math.floor(s / SENTENCES_PER_ARTICLE);
    const count = random.chance(0.5) ? 3 : 2;
    for (let j = 0; j < count; j++) {
      let e = j === 0 && random.chance(0.1) ? random.int(hubs) : j === 0 ? random.skewed(n, 2.5) : random.int(n);
      if (j === 2) e = layout.placeNear(e);
      if (plan.mentioned.subarray(s * 3, s * 3 + j).includes(e)) continue;
      plan.mentioned[s * 3 + j] = e;
      plan.mentionCount[e]!++;
      if (lastArticle[e] !== a) {
        plan.articleCount[e]!++;
        lastArticle[e] = a;
      }
      if (plan.firstArticle[e] === -1) plan.firstArticle[e] = a;
    }
  }
  return plan;
}

/** Thrown when the generator passes its deadline: how far it got. */
export class GenerationStopped extends Error {
  constructor(
    readonly nodes: number,
    readonly relationships: number,
    readonly seconds: number,
  ) {
    super(
      `schema graph: stopped at its deadline after ${nodes} nodes and ${relationships} relationships (${seconds.toFixed(0)} s)`,
    );
  }
}

/** Writes batches of rows with one statement, preparing the next batch while Neo4j writes the last. */
class BatchWriter implements GraphSink {
  nodes = 0;
  relationships = 0;
  private readonly started = performance.now();
  constructor(
    private readonly db: GraphDatabase,
    private readonly batch: number,
    private readonly deadline = Infinity,
  ) {}

  async nodesOf(labels: readonly string[], rows: Iterable<Row>): Promise<void> {
    const cypher = fillCypher(cypherQuery('bench', 'create-nodes'), { labels });
    await this.stream(
      rows,
      (chunk) => [{ cypher, rows: chunk }],
      (n) => (this.nodes += n),
    );
  }

  /** Links of several types: `typed` yields [type, link]; each batch runs one statement per type. */
  async linksOf(from: string, to: string, typed: Iterable<[string, Link]>): Promise<void> {
    const body = cypherQuery('bench', 'create-links');
    const statements = new Map<string, string>();
    const cypherFor = (type: string) => {
      let cypher = statements.get(type);
      if (!cypher) statements.set(type, (cypher = fillCypher(body, { from: [from], to: [to], type: [type] })));
      return cypher;
    };
    const toStatements = (chunk: [string, Link][]) => {
      const byType = new Map<string, Link[]>();
      for (const [type, link] of chunk) {
        const rows = byType.get(type);
        if (rows) rows.push(link);
        else byType.set(type, [link]);
      }
      return [...byType].map(([type, rows]) => ({ cypher: cypherFor(type), rows }));
    };
    await this.stream(typed, toStatements, (n) => (this.relationships += n));
  }

  /** Writes `items` in transactions of `batch` rows; `written` counts each once it is committed. */
  private async stream<T>(
    items: Iterable<T>,
    toStatements: (chunk: T[]) => { cypher: string; rows: unknown[] }[],
    written: (rows: number) => void,
  ): Promise<void> {
    let pending: Promise<unknown> = Promise.resolve();
    let chunk: T[] = [];
    const flush = async () => {
      const statements = toStatements(chunk);
      const size = chunk.length;
      chunk = [];
      await pending;
      if (Date.now() > this.deadline)
        throw new GenerationStopped(this.nodes, this.relationships, (performance.now() - this.started) / 1000);
      pending = this.db
        .executeWrite(async (tx) => {
          for (const s of statements) await tx.run(s.cypher, { rows: s.rows });
        })
        .then(() => written(size));
    };
    for (const item of items) {
      chunk.push(item);
      if (chunk.length >= this.batch) await flush();
    }
    if (chunk.length > 0) await flush();
    await pending;
  }
}

function provenance(layout: Layout, random: Random, extra: Row = {}): Row {
  const count = 1 + random.skewed(4, 3);
  const sentenceIds: string[] = [];
  const articleIds: string[] = [];
  for (let k = 0; k < count; k++) {
    const s = random.int(layout.sentences);
    sentenceIds.push(layout.sentenceId(s));
    const a = layout.articleId(Math.floor(s / SENTENCES_PER_ARTICLE));
    if (!articleIds.includes(a)) articleIds.push(a);
  }
  return { ...extra, sentenceIds, articleIds, articleCount: articleIds.length, extractor: EXTRACTOR };
}

function* entityRows(layout: Layout, plan: MentionPlan, type: EntityType): Generator<Row> {
  for (let i = 0; i < layout.entities; i++) {
    if (layout.kind(i) !== type) continue;
    const name = layout.names[i]!;
    const aliases = type === 'Person' ? [name.split(' ').at(-1)!] : [];
    const first = plan.firstArticle[i]!;
    yield {
      id: layout.ids[i],
      name,
      aliases,
      aliasText: aliases.map((a) => ` ${a}`).join(''),
      roles: type === 'Person' ? ['official'] : [],
      country: type === 'State' ? layout.ids[i]!.slice(6, 8) : null,
      mentionCount: plan.mentionCount[i],
      articleCount: plan.articleCount[i],
      firstSeen: first >= 0 ? layout.articleDate(first) : null,
    };
  }
}

function* articleRows(layout: Layout, plan: MentionPlan): Generator<Row> {
  for (let a = 0; a < layout.articles; a++) {
    const lead = plan.mentioned[a * SENTENCES_PER_ARTICLE * 3]!;
    const id = layout.articleId(a);
    yield {
      id,
      title: `${layout.names[lead]} in the news`,
      source: layout.outlets[a % layout.outlets.length],
      url: `https://news.example/${id}`,
      publishedAt: layout.articleDate(a),
      file: `generated/${id}.txt`,
      sourceKey: `generated/${id}.txt`,
      sentenceCount: SENTENCES_PER_ARTICLE,
      extractor: EXTRACTOR,
      extractorVersion: '0',
      loadedAt: '2026-01-01T00:00:00.000Z',
    };
  }
}

/** A sentence's text and where each mentioned entity's name sits in it. */
function sentenceText(
  layout: Layout,
  plan: MentionPlan,
  s: number,
): { text: string; spans: [number, number, number][] } {
  const who = [...plan.mentioned.subarray(s * 3, s * 3 + 3)].filter((e) => e >= 0);
  const parts = [layout.names[who[0]!]!, ` ${VERBS[s % VERBS.length]} `, layout.names[who[1]!] ?? 'officials'];
  if (who[2] !== undefined) parts.push(' in ', layout.names[who[2]]!);
  const spans: [number, number, number][] = [];
  let offset = 0;
  parts.forEach((part, k) => {
    if (k % 2 === 0) spans.push([who[k / 2]!, offset, offset + part.length]);
    offset += part.length;
  });
  return { text: `${parts.join('')}.`, spans: spans.filter(([e]) => e !== undefined) };
}

function sentenceStart(s: number): number {
  return (s % SENTENCES_PER_ARTICLE) * 200;
}

function* sentenceRows(layout: Layout, plan: MentionPlan): Generator<Row> {
  for (let s = 0; s < layout.sentences; s++) {
    const { text } = sentenceText(layout, plan, s);
    const start = sentenceStart(s);
    yield {
      id: layout.sentenceId(s),
      articleId: layout.articleId(Math.floor(s / SENTENCES_PER_ARTICLE)),
      index: s % SENTENCES_PER_ARTICLE,
      text,
      start,
      end: start + text.length,
    };
  }
}

function* hasSentenceLinks(layout: Layout): Generator<[string, Link]> {
  for (let s = 0; s < layout.sentences; s++)
    yield [
      'HAS_SENTENCE',
      { from: layout.articleId(Math.floor(s / SENTENCES_PER_ARTICLE)), to: layout.sentenceId(s), props: {} },
    ];
}

function* mentionLinks(layout: Layout, plan: MentionPlan): Generator<[string, Link]> {
  for (let s = 0; s < layout.sentences; s++) {
    const base = sentenceStart(s);
    for (const [e, start, end] of sentenceText(layout, plan, s).spans) {
      const surface = layout.names[e]!;
      yield [
        'MENTIONS',
        { from: layout.sentenceId(s), to: layout.ids[e]!, props: { start: base + start, end: base + end, surface } },
      ];
    }
  }
}

function* relationLinks(
  layout: Layout,
  hubs: number,
  hubNeighbours: number,
  random: Random,
): Generator<[string, Link]> {
  const n = layout.entities;
  for (let h = 0; h < hubs; h++) {
    const count = Math.min(hubNeighbours, n - hubs);
    for (let t = 0; t < count; t++) {
      const j = hubs + ((h * 333_331 + t) % (n - hubs));
      const type = relationType(layout.kind(j), 'State', random);
      yield [
        type,
        { from: layout.ids[j]!, to: layout.ids[h]!, props: provenance(layout, random, { id: `rel:h${h}-${t}` }) },
      ];
    }
  }
  for (let k = 0; k < Math.floor(n * 1.5); k++) {
    const from = hubs + random.int(n - hubs);
    let to = hubs + random.skewed(n - hubs, 2.5);
    if (to === from) to = hubs + ((to + 1 - hubs) % (n - hubs));
    const type = relationType(layout.kind(from), layout.kind(to), random);
    yield [
      type,
      {
        from: layout.ids[from]!,
        to: layout.ids[to]!,
        props: provenance(layout, random, { id: `rel:${k}`, detail: null }),
      },
    ];
  }
}

interface Fact {
  id: string;
  parties: [string, number, Row][];
  place: number | null;
  evidence: number[];
}

function eventOf(layout: Layout, k: number, random: Random): { row: Row; fact: Fact } {
  const type = EVENT_TYPES[k % EVENT_TYPES.length]!;
  const parties: Fact['parties'] = [];
  for (let j = 0; j < (random.chance(0.3) ? 3 : 2); j++) {
    const e = random.skewed(layout.entities, 2);
    if (!parties.some((p) => p[1] === e))
      parties.push(['PARTICIPATED_IN', e, provenance(layout, random, { role: j === 0 ? 'actor' : 'recipient' })]);
  }
  const day = new Date(START_DAY + random.int(DAYS) * 86_400_000).toISOString();
  const precision = random.chance(0.05) ? null : random.chance(0.15) ? 'month' : 'day';
  const id = `event:${type}-${k.toString(36)}`;
  const evidence = [random.int(layout.sentences), ...(random.chance(0.4) ? [random.int(layout.sentences)] : [])];
  return {
    row: {
      id,
      type,
      category: type === 'strike' || type === 'arrest' ? 'fight' : 'engage',
      plover: type.toUpperCase(),
      cameo: String(10 + (k % 10)),
      date: precision === null ? null : day.slice(0, precision === 'day' ? 10 : 7),
      datePrecision: precision,
      label: `${capitalise(type)}: ${parties.map((p) => layout.names[p[1]]).join(', ')}`,
      articleCount: evidence.length,
      outletCount: evidence.length,
      extractor: EXTRACTOR,
    },
    fact: { id, parties, place: random.chance(0.7) ? layout.placeNear(random.int(layout.entities)) : null, evidence },
  };
}

function allegationOf(layout: Layout, k: number, random: Random): { row: Row; fact: Fact } {
  const category = ALLEGATION_CATEGORIES[k % ALLEGATION_CATEGORIES.length]!;
  const accuser = random.skewed(layout.entities, 2);
  let accused = random.skewed(layout.entities, 2);
  if (accused === accuser) accused = (accused + 1) % layout.entities;
  const parties: Fact['parties'] = [['ALLEGES', accuser, provenance(layout, random)]];
  const denied = random.chance(0.3);
  const confirmed = random.chance(0.05);
  if (denied) parties.push(['DENIES', accused, provenance(layout, random)]);
  if (confirmed) parties.push(['CONFIRMS', random.int(layout.entities), provenance(layout, random)]);
  const id = `allegation:${slug(category)}-${k.toString(36)}`;
  const evidence = [random.int(layout.sentences), ...(random.chance(0.4) ? [random.int(layout.sentences)] : [])];
  return {
    row: {
      id,
      claim: `${category} by ${layout.names[accused]}`,
      category,
      status: denied && confirmed ? 'disputed' : denied ? 'denied' : confirmed ? 'confirmed' : 'alleged',
      extractedStatus: 'alleged',
      label: `${capitalise(category)}: ${layout.names[accused]}`,
      articleCount: evidence.length,
      outletCount: evidence.length,
      extractor: EXTRACTOR,
    },
    // The accused is the one party reached by TARGETS (allegation → entity); the rest point at the allegation.
    fact: { id, parties: [...parties, ['TARGETS', accused, provenance(layout, random)]], place: null, evidence },
  };
}

/** Writes the facts (events or allegations), then their parties, places and evidence. */
async function writeFacts(
  writer: GraphSink,
  layout: Layout,
  label: 'Event' | 'Allegation',
  count: number,
  make: (k: number) => { row: Row; fact: Fact },
): Promise<void> {
  const facts: Fact[] = [];
  await writer.nodesOf(
    [label],
    (function* () {
      for (let k = 0; k < count; k++) {
        const { row, fact } = make(k);
        facts.push(fact);
        yield row;
      }
    })(),
  );
  const toFact = (type: string) =>
    type === 'PARTICIPATED_IN' || type === 'ALLEGES' || type === 'DENIES' || type === 'CONFIRMS';
  await writer.linksOf(
    'Entity',
    label,
    (function* (): Generator<[string, Link]> {
      for (const f of facts)
        for (const [type, e, props] of f.parties)
          if (toFact(type)) yield [type, { from: layout.ids[e]!, to: f.id, props }];
    })(),
  );
  await writer.linksOf(
    label,
    'Entity',
    (function* (): Generator<[string, Link]> {
      for (const f of facts) {
        for (const [type, e, props] of f.parties)
          if (!toFact(type)) yield [type, { from: f.id, to: layout.ids[e]!, props }];
        if (f.place !== null)
          yield ['TOOK_PLACE_IN', { from: f.id, to: layout.ids[f.place]!, props: { extractor: EXTRACTOR } }];
      }
    })(),
  );
  await writer.linksOf(
    label,
    'Sentence',
    (function* (): Generator<[string, Link]> {
      for (const f of facts)
        for (const s of f.evidence) yield ['SUPPORTED_BY', { from: f.id, to: layout.sentenceId(s), props: {} }];
    })(),
  );
  await writer.linksOf(
    label,
    'Article',
    (function* (): Generator<[string, Link]> {
      for (const f of facts) {
        const articles = new Set(f.evidence.map((s) => layout.articleId(Math.floor(s / SENTENCES_PER_ARTICLE))));
        for (const a of articles) yield ['REPORTED_IN', { from: f.id, to: a, props: {} }];
      }
    })(),
  );
}

/**
 * Writes the generated graph into `db` (which must be empty), in transactions or, with `csvDir` and
 * `bulk`, through neo4j-admin; then applies the schema, ranks the hubs and waits for the indexes.
 */
export async function writeSchemaGraph(db: GraphDatabase, options: SchemaGraphOptions): Promise<SchemaGraphSummary> {
  const seed = options.seed ?? 7;
  const hubs = options.hubs ?? 3;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const step = (what: string) => log(`${what} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  const layout = new Layout(options.entities, seed);
  const random = seededRandom(seed + 2);
  const plan = planMentions(layout, hubs, random);
  const csv = options.csvDir && options.bulk ? new AdminCsvWriter(options.csvDir) : null;
  const writer = csv ?? new BatchWriter(db, options.batch ?? 20_000, options.deadline);
  if (!csv) await applySchema(db);
  await writeRows(writer, layout, plan, hubs, options, random, step);
  if (csv) {
    await options.bulk!(csv.finish());
    step('imported by neo4j-admin');
    await applySchema(db);
  }
  // As the loader keeps them: each hub's best neighbours, stored on it.
  await rankHubs(db);
  step('hubs ranked');
  await db.read('CALL db.awaitIndexes(3600)');
  step('indexes online');
  return {
    nodes: writer.nodes,
    relationships: writer.relationships,
    seconds: (performance.now() - started) / 1000,
    ...sampleOf(layout, hubs, seed),
  };
}

async function writeRows(
  writer: GraphSink,
  layout: Layout,
  plan: MentionPlan,
  hubs: number,
  options: SchemaGraphOptions,
  random: Random,
  step: (what: string) => void,
): Promise<void> {
  for (const type of ['State', 'Organisation', 'Place', 'Person'] as const)
    await writer.nodesOf(ENTITY_LABELS[type], entityRows(layout, plan, type));
  step('entities');
  await writer.nodesOf(['Article'], articleRows(layout, plan));
  await writer.nodesOf(['Sentence'], sentenceRows(layout, plan));
  await writer.linksOf('Article', 'Sentence', hasSentenceLinks(layout));
  step('articles and sentences');
  await writer.linksOf('Sentence', 'Entity', mentionLinks(layout, plan));
  step('mentions');
  await writer.linksOf('Entity', 'Entity', relationLinks(layout, hubs, options.hubNeighbours ?? 100_000, random));
  step('entity relations');
  await writeFacts(writer, layout, 'Event', Math.floor(options.entities / 5), (k) => eventOf(layout, k, random));
  await writeFacts(writer, layout, 'Allegation', Math.floor(options.entities / 20), (k) =>
    allegationOf(layout, k, random),
  );
  step('events and allegations');
}

type GraphSample = Pick<SchemaGraphSummary, 'hubs' | 'sampleEntities' | 'searchTerms'>;

function sampleOf(layout: Layout, hubs: number, seed: number): GraphSample {
  const sample = seededRandom(seed + 3);
  const sampleEntities: string[] = [];
  const searchTerms: string[] = [];
  while (sampleEntities.length < 50) {
    const i = hubs + sample.int(layout.entities - hubs);
    sampleEntities.push(layout.ids[i]!);
    const name = layout.names[i]!;
    searchTerms.push(layout.kind(i) === 'Person' && sample.chance(0.5) ? name.split(' ').at(-1)! : name);
  }
  return { hubs: layout.ids.slice(0, hubs), sampleEntities, searchTerms };
}

/** The hubs, sampled entities and search terms of the graph `writeSchemaGraph` writes with these options, without writing. */
export function describeSchemaGraph(options: Pick<SchemaGraphOptions, 'entities' | 'seed' | 'hubs'>): GraphSample {
  const seed = options.seed ?? 7;
  return sampleOf(new Layout(options.entities, seed), options.hubs ?? 3, seed);
}
