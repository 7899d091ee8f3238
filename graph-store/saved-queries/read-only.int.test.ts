/*
 * The proof that user queries cannot write: each attempt below goes through the same runner as the
 * UI, the API and the CLI, against the tests' real Neo4j 5.26, must be refused with a
 * WriteRefusedError, and must leave the content checksum (every node, relationship, token, index,
 * constraint and user) exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../db/graph-database.ts';
import { WriteRefusedError } from '#model/errors.ts';
import { loadSampleCorpus, testTarget } from '../../testing/test-database.ts';
import { contentChecksum } from '../db/content-checksum.ts';
import { findQuery, loadLibrary } from './query-library.ts';
import { runCypher, runQuery } from './run-query.ts';

const WRITES: [string, string, Record<string, unknown>?][] = [
  ['CREATE a node', 'CREATE (n:Intruder {x: 1}) RETURN n'],
  [
    'CREATE a relationship',
    "MATCH (a:Entity {id: 'state:ru'}), (b:Entity {id: 'state:kp'}) CREATE (a)-[:INTRUDES]->(b)",
  ],
  ['MERGE a node', 'MERGE (n:Intruder {x: 1})'],
  ['MERGE with ON CREATE SET', "MERGE (n:Entity {id: 'state:ru'}) ON CREATE SET n.x = 1 ON MATCH SET n.x = 2"],
  ['SET a property', "MATCH (n:Entity {id: 'state:ru'}) SET n.name = 'Intruded'"],
  ['SET a label', "MATCH (n:Entity {id: 'state:ru'}) SET n:Intruder"],
  ['SET += a map', 'MATCH (n:Article) SET n += {title: $title}', { title: 'x' }],
  ['SET a relationship property', 'MATCH ()-[r:MENTIONS]->() SET r.surface = null'],
  ['REMOVE a property', "MATCH (n:Entity {id: 'state:ru'}) REMOVE n.aliases"],
  ['REMOVE a label', 'MATCH (n:Actor) REMOVE n:Actor'],
  ['DELETE a relationship', 'MATCH ()-[r:HAS_SENTENCE]->() DELETE r'],
  ['DETACH DELETE one node', "MATCH (n:Entity {id: 'state:sy'}) DETACH DELETE n"],
  ['DETACH DELETE everything', 'MATCH (n) DETACH DELETE n'],
  ['FOREACH with CREATE', 'FOREACH (i IN range(1, 3) | CREATE (:Intruder {i: i}))'],
  ['a write in a CALL subquery', 'MATCH (n:Entity) CALL (n) { SET n.touched = true } RETURN count(n)'],
  ['a write in one branch of a UNION', 'MATCH (n:Entity) RETURN n.id AS x UNION CREATE (m:Intruder) RETURN m.id AS x'],
  ['a write behind a CYPHER option', 'CYPHER runtime=slotted CREATE (:Intruder)'],
  ['PROFILE of a write', 'PROFILE CREATE (:Intruder)'],
  ['a write with a dynamic label from a parameter', 'CREATE (n:$($label)) RETURN n', { label: 'Intruder' }],
  ['LOAD CSV that only reads a file', "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line"],
  ['LOAD CSV that creates', "LOAD CSV FROM 'file:///etc/hostname' AS line CREATE (:Intruder {line: line[0]})"],
  [
    'CALL { } IN TRANSACTIONS that only reads',
    'MATCH (n:Entity) CALL (n) { RETURN n.id AS id } IN TRANSACTIONS RETURN id',
  ],
  ['CALL { } IN TRANSACTIONS that writes', 'MATCH (n:Entity) CALL (n) { SET n.batched = true } IN TRANSACTIONS'],
  ['CREATE INDEX', 'CREATE INDEX intruder_x IF NOT EXISTS FOR (n:Intruder) ON (n.x)'],
  ['CREATE FULLTEXT INDEX', 'CREATE FULLTEXT INDEX intruder_text FOR (n:Intruder) ON EACH [n.text]'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT intruder_key FOR (n:Intruder) REQUIRE n.x IS UNIQUE'],
  ['DROP INDEX', 'DROP INDEX entity_first_seen'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id'],
  ['CREATE USER', "CREATE USER intruder SET PASSWORD 'intruder-password' CHANGE NOT REQUIRED"],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'changed-password-1'"],
  ['DROP USER', 'DROP USER neo4j'],
  ['CREATE DATABASE', 'CREATE DATABASE intruder'],
  ['STOP DATABASE', 'STOP DATABASE neo4j'],
  ['ALTER DATABASE', 'ALTER DATABASE neo4j SET ACCESS READ ONLY'],
  ['CREATE ROLE', 'CREATE ROLE intruder'],
  ['GRANT', 'GRANT ROLE admin TO neo4j'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['db.createLabel', "CALL db.createLabel('Intruder')"],
  ['db.createProperty', "CALL db.createProperty('intruderKey')"],
  ['db.createRelationshipType', "CALL db.createRelationshipType('INTRUDES')"],
  [
    'db.create.setNodeVectorProperty',
    "MATCH (n:Entity {id: 'state:ru'}) CALL db.create.setNodeVectorProperty(n, 'v', [1.0, 2.0])",
  ],
  [
    'db.index.vector.createNodeIndex',
    "CALL db.index.vector.createNodeIndex('intruder_vec', 'Intruder', 'v', 2, 'cosine')",
  ],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
  ['db.stats.clear', "CALL db.stats.clear('QUERIES')"],
  ['db.stats.collect', "CALL db.stats.collect('QUERIES')"],
  ['tx.setMetaData', 'CALL tx.setMetaData({intruder: true})'],
  ['dbms.killConnections', "CALL dbms.killConnections(['bolt-1'])"],
];

describe('user queries are read-only', () => {
  const db = GraphDatabase.open(testTarget());

  beforeAll(async () => {
    await loadSampleCorpus(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('should try at least 30 kinds of write', () => {
    expect(WRITES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(WRITES)('should refuse %s and leave the database unchanged', async (_what, cypher, params = {}) => {
    const before = await contentChecksum(db);
    expect(before.nodes).toBeGreaterThan(0);
    const attempt = runCypher(db, cypher, params);
    await expect(attempt).rejects.toBeInstanceOf(WriteRefusedError);
    await expect(attempt).rejects.toThrow(
      /^Refused: user queries are read-only, and .+\. The database is unchanged\.$/,
    );
    expect(await contentChecksum(db)).toEqual(before);
  });

  it('should pass user values only as parameters, so a value cannot become Cypher', async () => {
    const before = await contentChecksum(db);
    const evil = "state:ru'}) DETACH DELETE n //";
    const result = await runCypher(db, 'MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: evil });
    expect(result.rows).toEqual([]);
    const outlets = findQuery('outlet-allegations', loadLibrary());
    expect((await runQuery(db, outlets, { outlet: evil })).rows).toEqual([]);
    const coMentioned = findQuery('co-mentioned-entities', loadLibrary());
    await expect(runQuery(db, coMentioned, { actor: evil })).rejects.toThrow(/no entity is called/);
    expect(await contentChecksum(db)).toEqual(before);
  });

  it('should still run reads, SHOW commands and listed procedures', async () => {
    expect((await runCypher(db, "MATCH (n:Entity {id: 'state:ru'}) RETURN n.name AS name", {})).rows).toEqual([
      ['Russia'],
    ]);
    expect((await runCypher(db, 'SHOW INDEXES YIELD name RETURN name', {})).rows.flat()).toContain('entity_names');
    expect((await runCypher(db, 'CALL db.labels() YIELD label RETURN label', {})).rows.flat()).toContain('Entity');
    const found = await runCypher(
      db,
      "CALL db.index.fulltext.queryNodes('entity_names', 'Korea') YIELD node RETURN node.id AS id",
      {},
    );
    expect(found.rows.flat()).toContain('state:kp');
  });
});
