/*
 * Write stage: puts one batch (articles with their sentences, and the resolved ExtractionDocument)
 * into Neo4j in one write transaction. Unchanged articles (same content hash) are skipped; an article
 * whose source was loaded before with other text replaces its old facts in the same transaction,
 * so no stale evidence is left. What may exist already (entities, facts, relations between them) is
 * MERGEd, so a rerun changes nothing; the articles written are new to the graph (the rest are skipped
 * or retracted first), so their sentences, mentions and evidence links are CREATEd. The transaction
 * first locks its articles, so two loads of the same article at once write it once and count it once;
 * a deadlock between them is retried (graph-store/db/retry-policy.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type ExtractionDocument,
  type SplitArticle,
  type WriteBatch,
} from '../contract.ts';
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import * as Q from './write-queries.ts';
import { noChanges, type LoadChanges } from './record-load.ts';
import {
  ChangedNeighbours,
  rankAfterAdditions,
  rankAfterRemovals,
  type RankingOptions,
} from '../../../graph-store/db/neighbour-ranking.ts';
import { allegationName, eventName, type NamedParty } from '#model/display-names.ts';

export type ArticleOutcome = 'loaded' | 'unchanged' | 'replaced';

export interface BatchResult {
  outcomes: Map<string, ArticleOutcome>;
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  /** The entities, events and allegations this batch's load added or changed that no earlier batch of it had. */
  changes: LoadChanges;
}

/** The key that identifies where an article came from: its file (its origin when known), and its record for multi-article files. */
export function sourceKey(article: Pick<SplitArticle, 'file' | 'record' | 'origin'>): string {
  const where = article.origin ?? article.file;
  return article.record === undefined ? where : `${where}#${article.record}`;
}

interface Counters {
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

async function run(tx: ManagedTransaction, counters: Counters, cypher: string, params: Record<string, unknown>) {
  const result = await tx.run(cypher, params);
  const updates = result.summary.counters.updates();
  counters.nodesCreated += updates.nodesCreated;
  counters.relationshipsCreated += updates.relationshipsCreated;
  counters.nodesDeleted += updates.nodesDeleted;
  counters.relationshipsDeleted += updates.relationshipsDeleted;
  return result;
}

/** Runs a write that returns each relationship it wrote as (a, b, score): the hubs among a and b rank b and a by it. */
async function runScored(
  tx: ManagedTransaction,
  counters: Counters,
  changed: ChangedNeighbours,
  cypher: string,
  params: Record<string, unknown>,
): Promise<void> {
  const result = await run(tx, counters, cypher, params);
  for (const record of result.records)
    changed.addScored(record.get('a') as string, record.get('b') as string, Number(record.get('score')));
}

function sentenceId(articleId: string, index: number): string {
  return `${articleId}:${index}`;
}

function provenance(evidence: { article: string; sentence: number }[], keep: Set<string>) {
  const kept = evidence.filter((e) => keep.has(e.article));
  return {
    articleIds: [...new Set(kept.map((e) => e.article))],
    sentenceIds: [...new Set(kept.map((e) => sentenceId(e.article, e.sentence)))],
  };
}

/** The entities of a document by id, as display names need them (model/display-names.ts). */
function partiesById(document: ExtractionDocument): Map<string, NamedParty> {
  return new Map(document.entities.map((e) => [e.id, { name: e.name, kind: e.type, aliases: e.aliases }]));
}

/** The parties of a fact, those the document knows, with their role. */
function namedParties(ids: { entity: string; role?: string }[], known: Map<string, NamedParty>): NamedParty[] {
  return ids.flatMap(({ entity, role }) => {
    const party = known.get(entity);
    return party ? [{ ...party, ...(role !== undefined && { role }) }] : [];
  });
}

type MentionRow = {
  sentenceId: string;
  entityId: string;
  articleId: string;
  start: number;
  end: number;
  surface: string;
};

/** One row per MENTIONS relationship to write: per sentence, entity and start, as the MERGE keys them. */
function mentionRows(entities: ExtractionDocument['entities'], keep: Set<string>): MentionRow[] {
  const rows = new Map<string, MentionRow>();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!keep.has(m.article)) continue;
      const row = {
        sentenceId: sentenceId(m.article, m.sentence),
        entityId: e.id,
        articleId: m.article,
        start: m.start,
        end: m.end,
        surface: m.text,
      };
      rows.set(`${row.sentenceId}|${row.entityId}|${row.start}`, row);
    }
  }
  return [...rows.values()];
}

/**
 * What the new articles add to each entity's counts: its new mentions, the new articles that mention
 * it and the earliest of their dates. The articles are new to the graph, so adding these gives the
 * counts a full recount would.
 */
function entityCounts(mentions: MentionRow[], articles: SplitArticle[]) {
  const dateOf = new Map(articles.map((a) => [a.id, a.publishedAt]));
  const counts = new Map<string, { id: string; mentions: number; articleIds: Set<string>; firstSeen: string | null }>();
  for (const m of mentions) {
    const c = counts.get(m.entityId) ?? { id: m.entityId, mentions: 0, articleIds: new Set<string>(), firstSeen: null };
    c.mentions++;
    c.articleIds.add(m.articleId);
    const date = dateOf.get(m.articleId) ?? null;
    if (date !== null && (c.firstSeen === null || date < c.firstSeen)) c.firstSeen = date;
    counts.set(m.entityId, c);
  }
  return [...counts.values()].map((c) => ({
    id: c.id,
    mentions: c.mentions,
    articles: c.articleIds.size,
    firstSeen: c.firstSeen,
  }));
}

/** The entities, events and allegations a retraction touched, with the load that first wrote each. */
type Touched = { id: string; firstLoad: string | null; entity: boolean }[];

/** The nodes a batch wrote that record their loads: entities, and facts (events and allegations). */
interface Written {
  entityIds: string[];
  factIds: string[];
}

/** Removes everything the given articles contributed (see docs/graph-model.md); returns what it touched. */
async function retractArticles(
  tx: ManagedTransaction,
  counters: Counters,
  articleIds: string[],
  ranking: RankingOptions,
): Promise<Touched> {
  if (articleIds.length === 0) return [];
  const affected = await tx.run(Q.AFFECTED_BY_ARTICLES, { articleIds });
  const entityIds = (affected.records[0]?.get('entityIds') as string[] | undefined) ?? [];
  const factIds = (affected.records[0]?.get('factIds') as string[] | undefined) ?? [];
  const touched = await tx.run(Q.FIRST_LOADS, { ids: [...entityIds, ...factIds] });
  const entities = new Set(entityIds);
  // Every relationship that lost provenance or went, by its ends: the hubs among them may rank their neighbours anew.
  const changed = new ChangedNeighbours();
  const stripped = await run(tx, counters, Q.STRIP_PROVENANCE, { nodeIds: [...entityIds, ...factIds], articleIds });
  for (const r of stripped.records) changed.add(r.get('a') as string, r.get('b') as string);
  await run(tx, counters, Q.DELETE_ARTICLES, { articleIds });
  for (const [query, params] of [
    [Q.DELETE_UNSUPPORTED_FACTS, { factIds }],
    [Q.DELETE_UNMENTIONED_ENTITIES, { entityIds }],
  ] as const) {
    const deleted = await run(tx, counters, query, params);
    for (const r of deleted.records) changed.addAll(r.get('id') as string, r.get('neighbours') as string[]);
  }
  await run(tx, counters, Q.RECOMPUTE_ENTITIES, { entityIds });
  await run(tx, counters, Q.RECOMPUTE_FACTS, { factIds });
  await rankAfterRemovals(tx, changed, ranking);
  return touched.records.map((r) => ({
    id: r.get('id') as string,
    firstLoad: (r.get('firstLoad') as string | null) ?? null,
    entity: entities.has(r.get('id') as string),
  }));
}

/**
 * How many of the latest loads a node lists in `loads`. What's new since a load needs only the latest, and a
 * load's own summary only itself: a load overlapping this many others could miss a node it touched in its counts.
 */
export const LOADS_KEPT = 16;

/**
 * Records that load `loadId` wrote the nodes `written`; nodes a replaced article deleted and this load wrote again
 * keep their first load. Returns how many of them the load had not stamped before, added or changed.
 */
async function stampLoad(
  tx: ManagedTransaction,
  loadId: string,
  written: Written,
  touched: Touched,
): Promise<LoadChanges> {
  const touchedIds = (entity: boolean) => touched.filter((t) => t.entity === entity).map((t) => t.id);
  await tx.run(Q.KEEP_FIRST_LOAD, { rows: touched });
  const result = await tx.run(Q.STAMP_LOAD, {
    loadId,
    kept: LOADS_KEPT,
    entityIds: [...new Set([...written.entityIds, ...touchedIds(true)])],
    factIds: [...new Set([...written.factIds, ...touchedIds(false)])],
  });
  const counts = result.records[0]!.toObject() as Record<keyof LoadChanges, unknown>;
  const changes = noChanges();
  for (const key of Object.keys(changes) as (keyof LoadChanges)[]) changes[key] = Number(counts[key]);
  return changes;
}

async function writeNewArticles(
  tx: ManagedTransaction,
  counters: Counters,
  articles: SplitArticle[],
  document: ExtractionDocument,
  loadId: string | null,
  ranking: RankingOptions,
): Promise<Written> {
  const keep = new Set(articles.map((a) => a.id));
  // The ends of every relationship written: the hubs among them take the new scores into their rankings.
  const changed = new ChangedNeighbours();
  const extractor = document.extractor;
  const loadedAt = new Date().toISOString();
  await run(tx, counters, Q.WRITE_ARTICLES, {
    rows: articles.map((a) => ({
      id: a.id,
      title: a.title,
      source: a.source,
      url: a.url,
      publishedAt: a.publishedAt,
      file: a.file,
      sourceKey: sourceKey(a),
      sentenceCount: a.sentences.length,
      extractor: extractor.name,
      extractorVersion: extractor.version,
      loadedAt,
    })),
  });
  await run(tx, counters, Q.WRITE_SENTENCES, {
    rows: articles.flatMap((a) =>
      a.sentences.map((s) => ({
        id: sentenceId(a.id, s.index),
        articleId: a.id,
        index: s.index,
        text: s.text,
        start: s.start,
        end: s.end,
      })),
    ),
  });

  const entities = document.entities.filter((e) => e.mentions.some((m) => keep.has(m.article)));
  const known = partiesById(document);
  for (const type of ENTITY_TYPES) {
    const rows = entities
      .filter((e) => e.type === type)
      .map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, roles: e.roles ?? [], country: e.country ?? null }));
    if (rows.length > 0) await run(tx, counters, Q.writeEntitiesQuery(type), { rows, loadId });
  }
  const mentions = mentionRows(entities, keep);
  await run(tx, counters, Q.WRITE_MENTIONS, { rows: mentions });

  const events = document.events
    .map((event) => ({ event, prov: provenance(event.evidence, keep) }))
    .filter(({ prov }) => prov.articleIds.length > 0);
  await run(tx, counters, Q.WRITE_EVENTS, {
    loadId,
    rows: events.map(({ event, prov }) => ({
      id: event.id,
      type: event.type,
      category: event.category,
      plover: event.plover ?? null,
      cameo: event.cameo ?? null,
      date: event.date,
      datePrecision: event.datePrecision,
      label: eventName(event, namedParties(event.participants, known)),
      extractor: `${extractor.name}@${extractor.version}`,
      sentenceIds: prov.sentenceIds,
      articleIds: prov.articleIds,
    })),
  });
  const participants = events.flatMap(({ event, prov }) =>
    event.participants.map((p) => ({
      entityId: p.entity,
      eventId: event.id,
      role: p.role,
      articleIds: prov.articleIds,
      sentenceIds: prov.sentenceIds,
    })),
  );
  await runScored(tx, counters, changed, Q.WRITE_PARTICIPANTS, { rows: participants });
  const places = events.flatMap(({ event, prov }) =>
    event.place === null
      ? []
      : [{ eventId: event.id, entityId: event.place, articleIds: prov.articleIds, sentenceIds: prov.sentenceIds }],
  );
  await runScored(tx, counters, changed, Q.WRITE_EVENT_PLACES, { rows: places });

  const allegations = document.allegations
    .map((allegation) => ({ allegation, prov: provenance(allegation.evidence, keep) }))
    .filter(({ prov }) => prov.articleIds.length > 0);
  await run(tx, counters, Q.WRITE_ALLEGATIONS, {
    loadId,
    rows: allegations.map(({ allegation, prov }) => ({
      id: allegation.id,
      claim: allegation.claim,
      category: allegation.category,
      status: allegation.status,
      allegerDescription: allegation.allegerDescription ?? null,
      label: allegationName(
        allegation.category,
        namedParties(
          allegation.accused.map((entity) => ({ entity })),
          known,
        ),
        namedParties(
          allegation.allegers.map((entity) => ({ entity })),
          known,
        ),
      ),
      extractor: `${extractor.name}@${extractor.version}`,
      sentenceIds: prov.sentenceIds,
      articleIds: prov.articleIds,
    })),
  });
  const parties: Record<Q.AllegationPartyType, (a: ExtractionDocument['allegations'][number]) => string[]> = {
    ALLEGES: (a) => a.allegers,
    TARGETS: (a) => a.accused,
    DENIES: (a) => a.deniedBy,
    CONFIRMS: (a) => a.confirmedBy,
  };
  const stanceOf: Partial<Record<Q.AllegationPartyType, 'alleges' | 'denies' | 'confirms'>> = {
    ALLEGES: 'alleges',
    DENIES: 'denies',
    CONFIRMS: 'confirms',
  };
  for (const type of Q.ALLEGATION_PARTY_TYPES) {
    const rows = allegations.flatMap(({ allegation, prov }) =>
      parties[type](allegation).map((entityId) => {
        // A party's edge cites the sentences where that party takes that stance, when the extractor says so.
        const stance = stanceOf[type];
        const own = stance
          ? provenance(
              allegation.evidence.filter((e) => e.stance === stance && (e.by === undefined || e.by.includes(entityId))),
              keep,
            )
          : prov;
        const cited = own.articleIds.length > 0 ? own : prov;
        return { entityId, allegationId: allegation.id, articleIds: cited.articleIds, sentenceIds: cited.sentenceIds };
      }),
    );
    if (rows.length > 0) await runScored(tx, counters, changed, Q.writeAllegationPartiesQuery(type), { rows });
  }

  for (const type of RELATION_TYPES) {
    const rows = document.relations
      .filter((r) => r.type === type)
      .map((r) => ({ relation: r, prov: provenance(r.evidence, keep) }))
      .filter(({ prov }) => prov.articleIds.length > 0)
      .map(({ relation, prov }) => ({
        id: relation.id,
        source: relation.source,
        target: relation.target,
        detail: relation.detail ?? null,
        articleIds: prov.articleIds,
        sentenceIds: prov.sentenceIds,
      }));
    if (rows.length > 0) await runScored(tx, counters, changed, Q.writeRelationsQuery(type), { rows });
  }

  const factIds = [...events.map(({ event }) => event.id), ...allegations.map(({ allegation }) => allegation.id)];
  await run(tx, counters, Q.ADD_ENTITY_COUNTS, { rows: entityCounts(mentions, articles) });
  await run(tx, counters, Q.RECOMPUTE_FACTS, { factIds });
  await rankAfterAdditions(tx, changed, ranking);
  return { entityIds: entities.map((e) => e.id), factIds };
}

/**
 * Write stage: one transaction for the whole batch; with `loadId`, the nodes it writes record that
 * load. Hubs keep their ranking of neighbours up to date in the same transaction (`ranking` lowers
 * where a hub starts, for tests).
 */
export async function writeBatch(
  db: GraphDatabase,
  batch: WriteBatch,
  loadId: string | null = null,
  ranking: RankingOptions = {},
): Promise<BatchResult> {
  const counters: Counters = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  const outcomes = new Map<string, ArticleOutcome>();
  let changes = noChanges();
  await db.executeWrite(async (tx) => {
    counters.nodesCreated = counters.relationshipsCreated = counters.nodesDeleted = counters.relationshipsDeleted = 0;
    outcomes.clear();
    // A load of the same articles at the same time waits here for this one (or this one for it).
    await run(tx, counters, Q.LOCK_ARTICLES, { ids: [...new Set(batch.articles.map((a) => a.id))].sort() });
    const existing = await tx.run(Q.FIND_EXISTING_ARTICLES, {
      articles: batch.articles.map((a) => ({ id: a.id, sourceKey: sourceKey(a) })),
      extractor: batch.document.extractor.name,
      extractorVersion: batch.document.extractor.version,
    });
    const replaced = new Set<string>();
    for (const record of existing.records) {
      const id = record.get('id') as string;
      if (record.get('unchanged') as boolean) outcomes.set(id, 'unchanged');
      else {
        const olds = record.get('replaces') as string[];
        olds.forEach((old) => replaced.add(old));
        outcomes.set(id, olds.length > 0 ? 'replaced' : 'loaded');
      }
    }
    const touched = await retractArticles(tx, counters, [...replaced], ranking);
    const fresh = batch.articles.filter((a) => outcomes.get(a.id) !== 'unchanged');
    // Two inputs with the same text in one batch: write it once.
    const unique = [...new Map(fresh.map((a) => [a.id, a])).values()];
    const written =
      unique.length > 0
        ? await writeNewArticles(tx, counters, unique, batch.document, loadId, ranking)
        : { entityIds: [], factIds: [] };
    changes = loadId !== null ? await stampLoad(tx, loadId, written, touched) : noChanges();
  });
  return { outcomes, ...counters, changes };
}

/** Removes articles and everything only they contributed, in one transaction (what replacing an article does first). */
export async function removeArticles(
  db: GraphDatabase,
  articleIds: string[],
  ranking: RankingOptions = {},
): Promise<void> {
  const counters: Counters = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  await db.executeWrite((tx) => retractArticles(tx, counters, articleIds, ranking));
}
