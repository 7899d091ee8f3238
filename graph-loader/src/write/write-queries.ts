/*
 * The loader's write queries, as named constants. All take rows as `$rows` and MERGE, so running
 * them twice changes nothing. Relationship types cannot be parameters in Cypher, so queries that
 * need a type are built from the closed lists in contract.ts, never from input text.
 */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../contract.ts';

/** Per article: unchanged (same text, same extractor version), or the ids of the articles it replaces (older text of the same source, or the same text extracted by another extractor version). */
export const FIND_EXISTING_ARTICLES = `
UNWIND $articles AS row
OPTIONAL MATCH (same:Article {id: row.id})
OPTIONAL MATCH (old:Article {sourceKey: row.sourceKey}) WHERE old.id <> row.id
WITH row, same, collect(old.id) AS olds
RETURN row.id AS id,
       same IS NOT NULL AND same.extractor = $extractor AND same.extractorVersion = $extractorVersion AS unchanged,
       CASE WHEN same IS NOT NULL THEN olds + same.id ELSE olds END AS replaces`;

export const AFFECTED_BY_ARTICLES = `
MATCH (s:Sentence) WHERE s.articleId IN $articleIds
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
OPTIONAL MATCH (f)-[:SUPPORTED_BY]->(s)
RETURN collect(DISTINCT e.id) AS entityIds, collect(DISTINCT f.id) AS factIds`;

export const STRIP_PROVENANCE = `
UNWIND $nodeIds AS nodeId
MATCH (n {id: nodeId})-[r]-()
WHERE r.articleIds IS NOT NULL AND any(a IN r.articleIds WHERE a IN $articleIds)
WITH DISTINCT r
SET r.articleIds = [a IN r.articleIds WHERE NOT a IN $articleIds],
    r.sentenceIds = [s IN r.sentenceIds WHERE NOT split(s, ':')[0] IN $articleIds]
WITH r WHERE size(r.articleIds) = 0
DELETE r`;

export const DELETE_ARTICLES = `
MATCH (a:Article) WHERE a.id IN $articleIds
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s, a`;

export const DELETE_UNSUPPORTED_FACTS = `
UNWIND $factIds AS factId
MATCH (f {id: factId}) WHERE (f:Event OR f:Allegation) AND NOT (f)-[:SUPPORTED_BY]->()
DETACH DELETE f`;

export const DELETE_UNMENTIONED_ENTITIES = `
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId}) WHERE NOT ()-[:MENTIONS]->(e)
DETACH DELETE e`;

export const WRITE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.source = row.source, a.url = row.url, a.publishedAt = row.publishedAt,
    a.file = row.file, a.sourceKey = row.sourceKey, a.sentenceCount = row.sentenceCount,
    a.extractor = row.extractor, a.extractorVersion = row.extractorVersion, a.loadedAt = row.loadedAt`;

export const WRITE_SENTENCES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s.articleId = row.articleId, s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end
MERGE (a)-[:HAS_SENTENCE]->(s)`;

const ENTITY_LABELS: Record<EntityType, string> = {
  Person: 'Entity:Person:Actor',
  State: 'Entity:State:Actor',
  Organisation: 'Entity:Organisation',
  Place: 'Entity:Place',
};

/** MERGE entities of one type; aliases and roles are unions over all loads. */
export function writeEntitiesQuery(type: EntityType): string {
  if (!ENTITY_TYPES.includes(type)) throw new Error(`writeEntitiesQuery: unknown entity type ${type}`);
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name
SET e:${ENTITY_LABELS[type]},
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END),
    e.roles = reduce(acc = coalesce(e.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.country = coalesce(row.country, e.country)
SET e.aliasText = reduce(text = '', x IN e.aliases | text + ' ' + x)`;
}

export const WRITE_MENTIONS = `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start}]->(e)
SET m.end = row.end, m.surface = row.surface`;

/** Adds provenance (article and sentence ids) to relationship `r`, keeping the lists duplicate-free. */
const ADD_PROVENANCE = `
SET r.articleIds = reduce(acc = coalesce(r.articleIds, []), x IN row.articleIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    r.sentenceIds = reduce(acc = coalesce(r.sentenceIds, []), x IN row.sentenceIds | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET r.articleCount = size(r.articleIds)`;

/** Links `fact` (an Event or Allegation) to the sentences and articles in `row.evidence`. */
const LINK_EVIDENCE = `
UNWIND row.evidence AS evidence
MATCH (s:Sentence {id: evidence.sentenceId})
MATCH (a:Article {id: evidence.articleId})
MERGE (fact)-[:SUPPORTED_BY]->(s)
MERGE (fact)-[:REPORTED_IN]->(a)`;

export const WRITE_EVENTS = `
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
SET ev.type = row.type, ev.category = row.category, ev.plover = row.plover, ev.cameo = row.cameo,
    ev.date = coalesce(ev.date, row.date), ev.datePrecision = coalesce(ev.datePrecision, row.datePrecision),
    ev.label = row.label, ev.extractor = row.extractor
WITH ev AS fact, row
${LINK_EVIDENCE}`;

export const WRITE_PARTICIPANTS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (ev:Event {id: row.eventId})
MERGE (e)-[r:PARTICIPATED_IN {role: row.role}]->(ev)
${ADD_PROVENANCE}`;

export const WRITE_EVENT_PLACES = `
UNWIND $rows AS row
MATCH (ev:Event {id: row.eventId})
MATCH (p:Entity {id: row.entityId})
MERGE (ev)-[r:TOOK_PLACE_IN]->(p)
${ADD_PROVENANCE}`;

export const WRITE_ALLEGATIONS = `
UNWIND $rows AS row
MERGE (al:Allegation {id: row.id})
SET al.claim = coalesce(al.claim, row.claim), al.category = row.category,
    al.extractedStatus = row.status, al.allegerDescription = coalesce(al.allegerDescription, row.allegerDescription),
    al.label = coalesce(al.label, row.label), al.extractor = row.extractor
WITH al AS fact, row
${LINK_EVIDENCE}`;

export const ALLEGATION_PARTY_TYPES = ['ALLEGES', 'DENIES', 'CONFIRMS', 'ACCUSES'] as const;
export type AllegationPartyType = (typeof ALLEGATION_PARTY_TYPES)[number];

/** MERGE one kind of allegation party: ALLEGES/DENIES/CONFIRMS go entity -> allegation, ACCUSES allegation -> entity. */
export function writeAllegationPartiesQuery(type: AllegationPartyType): string {
  if (!ALLEGATION_PARTY_TYPES.includes(type)) throw new Error(`writeAllegationPartiesQuery: unknown type ${type}`);
  const pattern = type === 'ACCUSES' ? `(al)-[r:ACCUSES]->(e)` : `(e)-[r:${type}]->(al)`;
  return `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (al:Allegation {id: row.allegationId})
MERGE ${pattern}
${ADD_PROVENANCE}`;
}

/** MERGE entity-to-entity relations of one type. */
export function writeRelationsQuery(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`writeRelationsQuery: unknown relation type ${type}`);
  return `
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (source)-[r:${type}]->(target)
SET r.detail = coalesce(r.detail, row.detail), r.id = row.id
${ADD_PROVENANCE}`;
}

/** Recomputes counts and derived values for the given entities, events and allegations. */
export const RECOMPUTE_ENTITIES = `
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(e)
OPTIONAL MATCH (a:Article {id: s.articleId})
WITH e, count(s) AS mentions, count(DISTINCT a) AS articles, min(a.publishedAt) AS firstSeen
SET e.mentionCount = mentions, e.articleCount = articles, e.firstSeen = firstSeen`;

export const RECOMPUTE_FACTS = `
UNWIND $factIds AS factId
MATCH (f {id: factId}) WHERE f:Event OR f:Allegation
OPTIONAL MATCH (f)-[:REPORTED_IN]->(a:Article)
WITH f, count(DISTINCT a) AS articles, count(DISTINCT a.source) AS outlets
SET f.articleCount = articles, f.outletCount = outlets
WITH f WHERE f:Allegation
SET f.status = CASE
  WHEN EXISTS { ()-[:DENIES]->(f) } AND EXISTS { ()-[:CONFIRMS]->(f) } THEN 'disputed'
  WHEN EXISTS { ()-[:DENIES]->(f) } THEN 'denied'
  WHEN EXISTS { ()-[:CONFIRMS]->(f) } THEN 'confirmed'
  ELSE coalesce(f.extractedStatus, 'alleged') END`;
