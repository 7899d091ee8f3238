/*
 * The read queries the export scopes run, as named constants (all parameterised, all read-only).
 * Node lookups go through the labels that have a uniqueness constraint on `id`, so they use its index.
 */

/** One node by its `id` property, through the constrained labels. */
export const FIND_NODE_BY_ID = `
CALL {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION MATCH (n:Event {id: $id}) RETURN n
  UNION MATCH (n:Allegation {id: $id}) RETURN n
  UNION MATCH (n:Article {id: $id}) RETURN n
  UNION MATCH (n:Sentence {id: $id}) RETURN n
}
RETURN n LIMIT 1`;

/** Fallback for nodes of other labels, or keyed by elementId (a scan: only when the indexed lookup found nothing). */
export const FIND_NODE_ANY = `MATCH (n) WHERE n.id = $id OR elementId(n) = $id RETURN n LIMIT 1`;

/** Nodes by key (their `id`, else their elementId). */
export const NODES_BY_KEYS = `
CALL {
  MATCH (n:Entity) WHERE n.id IN $keys RETURN n
  UNION MATCH (n:Event) WHERE n.id IN $keys RETURN n
  UNION MATCH (n:Allegation) WHERE n.id IN $keys RETURN n
  UNION MATCH (n:Article) WHERE n.id IN $keys RETURN n
  UNION MATCH (n:Sentence) WHERE n.id IN $keys RETURN n
  UNION MATCH (n) WHERE elementId(n) IN $keys RETURN n
}
RETURN n`;

/** One breadth-first hop: the neighbours of the frontier, leaving out Articles and Sentences unless asked. */
export const NEIGHBOURS = `
MATCH (n)--(m) WHERE elementId(n) IN $frontier AND ($evidenceNodes OR NOT (m:Article OR m:Sentence))
RETURN DISTINCT m`;

/** Every relationship between the given nodes. */
export const INDUCED_RELATIONSHIPS = `
MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN a, r, b`;

/** Evidence of Events and Allegations: their supporting sentences and the articles that report them. */
export const FACT_EVIDENCE = `
MATCH (f)-[r:SUPPORTED_BY|REPORTED_IN]->(x) WHERE (f:Event OR f:Allegation) AND f.id IN $keys
RETURN f, r, x`;

/** Evidence of entities: the sentences that mention them. */
export const MENTION_EVIDENCE = `
MATCH (s:Sentence)-[r:MENTIONS]->(e:Entity) WHERE e.id IN $keys
RETURN s, r, e`;

/** Sentences (by id) with their articles. */
export const SENTENCES_WITH_ARTICLES = `
MATCH (a:Article)-[h:HAS_SENTENCE]->(s:Sentence) WHERE s.id IN $sentenceIds
RETURN a, h, s`;

/** Articles by id. */
export const ARTICLES_BY_ID = `MATCH (a:Article) WHERE a.id IN $articleIds RETURN a`;

/** What SOURCES lists about each cited article. */
export const ARTICLE_DETAILS = `
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.title AS title, a.source AS source, a.publishedAt AS publishedAt, a.url AS url`;

/** A page of nodes after a cursor (the internal node id), for the whole-graph export. */
export const ALL_NODES_PAGE = `
MATCH (n) WHERE id(n) > $after
WITH n ORDER BY id(n) LIMIT $limit
RETURN id(n) AS cursor, n`;

/** The outgoing relationships of a page of start nodes after a cursor, for the whole-graph export. */
export const ALL_RELATIONSHIPS_PAGE = `
MATCH (a) WHERE id(a) > $after
WITH a ORDER BY id(a) LIMIT $limit
OPTIONAL MATCH (a)-[r]->(b)
RETURN id(a) AS cursor, elementId(r) AS key, type(r) AS type, properties(r) AS properties,
       CASE WHEN a.id IS NULL THEN elementId(a) ELSE toString(a.id) END AS source, labels(a) AS sourceLabels,
       CASE WHEN b.id IS NULL THEN elementId(b) ELSE toString(b.id) END AS target, labels(b) AS targetLabels
ORDER BY cursor`;
