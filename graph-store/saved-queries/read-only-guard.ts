/*
 * The read-only guard. Every user query runs in a READ session and transaction, where Neo4j refuses
 * writes to data and schema. Neo4j 5.26 still runs a few things in READ mode that change the
 * server, read outside the graph or reveal what others do (LOAD CSV, TERMINATE TRANSACTIONS,
 * SHOW SETTINGS, SHOW TRANSACTIONS, db.clearQueryCaches(), db.stats.clear(), tx.setMetaData(), ...),
 * so before a query runs, its plan (EXPLAIN, which
 * executes nothing) is checked: the query type must be read ('r'), no operator may be on the
 * refused list, and every procedure it calls must be on the read-only allowlist.
 */
import type { QueryRunner } from '../db/graph-database.ts';
import { WriteRefusedError } from '#model/errors.ts';

/** Operators that are refused although Neo4j plans them as reads. */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files and URLs outside the graph',
  TerminateTransactions: 'TERMINATE TRANSACTIONS stops other users\u2019 work',
  TransactionApply: 'CALL { } IN TRANSACTIONS commits in batches of its own',
  TransactionForeach: 'CALL { } IN TRANSACTIONS commits in batches of its own',
  AdministrationCommand: 'administration commands manage users and databases',
  ShowSettings: 'SHOW SETTINGS reveals the server\u2019s configuration and paths',
  ShowTransactions: 'SHOW TRANSACTIONS reveals other users\u2019 queries, parameters and addresses',
};

/** Procedures that only read the graph or describe the server. Every other procedure is refused. */
export const READ_ONLY_PROCEDURES = new Set([
  'db.labels',
  'db.propertyKeys',
  'db.relationshipTypes',
  'db.info',
  'db.ping',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.awaitIndex',
  'db.awaitIndexes',
  'db.index.fulltext.awaitEventuallyConsistentIndexRefresh',
  'db.stats.retrieve',
  'db.stats.status',
  'dbms.components',
  'dbms.info',
  'dbms.showCurrentUser',
  'dbms.listCapabilities',
  'tx.getMetaData',
]);

const QUERY_TYPE_NAMES: Record<string, string> = {
  w: 'writes',
  rw: 'reads and writes',
  s: 'changes the schema or runs an administration command',
};

/** The part of a driver plan (EXPLAIN's Plan) the guard reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

function operatorName(operatorType: string): string {
  // "NodeUniqueIndexSeek(Locking)@neo4j" → "NodeUniqueIndexSeek"
  return operatorType.replace(/@.*$/, '').replace(/\(.*\)$/, '');
}

/** The procedure a ProcedureCall operator calls, from its Details ("db.labels() :: (label :: STRING)"). */
function procedureName(plan: PlanNode): string {
  const details = String(plan.arguments?.Details ?? plan.arguments?.details ?? '');
  return details.split('(')[0]!.trim();
}

/**
 * Why the plan of a query is refused, or null when it only reads. Pure: takes EXPLAIN's query type
 * ('r', 'w', 'rw', 's') and plan.
 */
export function refusalReason(queryType: string, plan: PlanNode | false | null | undefined): string | null {
  const operators: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    operators.push(node);
    node.children.forEach(walk);
  };
  if (plan) walk(plan);
  for (const node of operators) {
    const name = operatorName(node.operatorType);
    if (REFUSED_OPERATORS[name]) return REFUSED_OPERATORS[name];
  }
  if (queryType !== 'r') return `the query ${QUERY_TYPE_NAMES[queryType] ?? `is of type "${queryType}"`}`;
  for (const node of operators) {
    if (operatorName(node.operatorType) !== 'ProcedureCall') continue;
    const procedure = procedureName(node);
    if (!READ_ONLY_PROCEDURES.has(procedure))
      return `the procedure ${procedure || '(unknown)'} is not on the read-only list`;
  }
  if (!plan) return 'Neo4j gave no plan for it';
  return null;
}

/** Leading comments, then optional `CYPHER <options>`, then the EXPLAIN or PROFILE keyword. */
const LEADING_MODE =
  /^((?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(?:CYPHER\b(?:\s+(?:\d+(?:\.\d+)?|[\w.]+\s*=\s*[\w.]+))*\s+)?)(?:EXPLAIN|PROFILE)\b/i;

/**
 * The text to EXPLAIN for a query: the query itself, without an EXPLAIN or PROFILE keyword of its own
 * (Neo4j refuses two modes). Should a form slip past this, EXPLAIN fails and the query does not run.
 */
export function explainText(cypher: string): string {
  return `EXPLAIN ${cypher.replace(LEADING_MODE, '$1')}`;
}

/** Throws WriteRefusedError unless the query only reads. Runs EXPLAIN, which executes nothing. */
export async function assertReadOnly(tx: QueryRunner, cypher: string, params: Record<string, unknown>): Promise<void> {
  const { summary } = await tx.run(explainText(cypher), params);
  const reason = refusalReason(summary.queryType, summary.plan);
  if (reason)
    throw new WriteRefusedError(`Refused: user queries are read-only, and ${reason}. The database is unchanged.`);
}
