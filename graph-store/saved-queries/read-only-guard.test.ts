import { describe, expect, it } from 'vitest';
import { explainText, refusalReason } from './read-only-guard.ts';

type Node = { operatorType: string; arguments: Record<string, unknown>; children: Node[] };
const op = (operatorType: string, children: Node[] = [], details = ''): Node => ({
  operatorType,
  arguments: { Details: details },
  children,
});

describe('refusalReason', () => {
  it('should pass a plan that only reads', () => {
    expect(
      refusalReason('r', op('ProduceResults@neo4j', [op('Filter@neo4j', [op('NodeByLabelScan@neo4j')])])),
    ).toBeNull();
  });

  it('should refuse writes, read-writes and schema or admin commands by query type', () => {
    expect(refusalReason('w', op('ProduceResults@neo4j', [op('Create@neo4j')]))).toMatch(/writes/);
    expect(refusalReason('rw', op('ProduceResults@neo4j'))).toMatch(/reads and writes/);
    expect(refusalReason('s', op('CreateIndex@neo4j'))).toMatch(/schema/);
  });

  it('should refuse operators Neo4j plans as reads', () => {
    expect(refusalReason('r', op('ProduceResults@neo4j', [op('LoadCSV@neo4j')]))).toMatch(/LOAD CSV/);
    expect(refusalReason('r', op('ProduceResults@neo4j', [op('TerminateTransactions@neo4j')]))).toMatch(/TERMINATE/);
    expect(
      refusalReason('r', op('ProduceResults@neo4j', [op('EagerAggregation@neo4j', [op('TransactionApply@neo4j')])])),
    ).toMatch(/IN TRANSACTIONS/);
  });

  it('should allow listed procedures and refuse others, wherever they sit in the plan', () => {
    expect(
      refusalReason(
        'r',
        op('ProduceResults@neo4j', [op('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)')]),
      ),
    ).toBeNull();
    expect(
      refusalReason(
        'r',
        op('ProduceResults@neo4j', [
          op('Apply@neo4j', [
            op('Argument@neo4j'),
            op('ProcedureCall@neo4j', [], 'db.stats.clear($autostring_0) :: (section :: STRING)'),
          ]),
        ]),
      ),
    ).toMatch(/db\.stats\.clear is not on the read-only list/);
  });

  it('should refuse a query without a plan', () => {
    expect(refusalReason('r', false)).toMatch(/no plan/);
  });
});

describe('explainText', () => {
  it('should put EXPLAIN before the query, replacing its own EXPLAIN or PROFILE', () => {
    expect(explainText('MATCH (n) RETURN n')).toBe('EXPLAIN MATCH (n) RETURN n');
    expect(explainText('PROFILE CREATE (n)')).toBe('EXPLAIN  CREATE (n)');
    expect(explainText('// why\n  explain MATCH (n) RETURN n')).toBe('EXPLAIN // why\n   MATCH (n) RETURN n');
    expect(explainText('CYPHER runtime=slotted PROFILE CREATE (n)')).toBe('EXPLAIN CYPHER runtime=slotted  CREATE (n)');
    expect(explainText("MATCH (n {name: 'PROFILE'}) RETURN n")).toBe("EXPLAIN MATCH (n {name: 'PROFILE'}) RETURN n");
  });
});
