/*
 * What the product's own query functions send to Neo4j, and their plans: a view of a GraphDatabase
 * that records every statement its read transactions run, and PROFILE of a recorded statement with
 * the same parameters summed up as db hits, rows, the indexes it seeks and the scans it makes.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { cypherQuery } from '../../graph-store/db/cypher-files.ts';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * A view of `db` whose reads append every statement they run to `into`: auto-commit reads (readResult,
 * which db.read and the explorer's queries use) and read transactions alike.
 */
export function recordingReads(db: GraphDatabase, into: Statement[]): GraphDatabase {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'readResult')
        return (cypher: string, params: Record<string, unknown> = {}, options = {}) => {
          into.push({ cypher, params });
          return target.readResult(cypher, params, options);
        };
      if (prop !== 'executeRead') return Reflect.get(target, prop, receiver) as unknown;
      return <T>(work: (tx: ManagedTransaction) => Promise<T>, options?: { timeoutMs?: number }): Promise<T> =>
        target.executeRead((tx) => {
          const run = (cypher: string, params: Record<string, unknown> = {}) => {
            into.push({ cypher, params });
            return tx.run(cypher, params);
          };
          return work(new Proxy(tx, { get: (t, p, r) => (p === 'run' ? run : (Reflect.get(t, p, r) as unknown)) }));
        }, options);
    },
  });
}

/** The plan of one statement, summed up. */
export interface PlanSummary {
  /** The cypher/api file the statement comes from, when it is one of `names`. */
  file: string;
  dbHits: number;
  rows: number;
  /** Index seeks and scans, e.g. `NodeUniqueIndexSeek(entity_id)`, `NodeByLabelScan(Event)`. */
  access: string[];
}

const ACCESS = /(Seek|Scan|fulltext|ProcedureCall)/i;

function walk(plan: ProfiledPlan, visit: (p: ProfiledPlan) => void): void {
  visit(plan);
  plan.children.forEach((child) => walk(child, visit));
}

/** PROFILEs `statement` and sums its plan; `names` are cypher/api files to name it by. */
export async function profileStatement(db: GraphDatabase, statement: Statement, names: string[]): Promise<PlanSummary> {
  const result = await db.readResult(`PROFILE ${statement.cypher}`, statement.params);
  const plan = result.summary.profile;
  const file = names.find((n) => cypherQuery('api', n) === statement.cypher) ?? 'unnamed';
  if (!plan) return { file, dbHits: NaN, rows: NaN, access: [] };
  let dbHits = 0;
  const access = new Set<string>();
  walk(plan, (p) => {
    dbHits += p.dbHits;
    const operator = p.operatorType.replace(/@.*$/, '');
    if (!ACCESS.test(operator)) return;
    const details = String(p.arguments.Details ?? '');
    const index = /(?:UNIQUE|RANGE|TEXT|POINT|FULLTEXT)?\s*(\w+):(\w+)\((\w+)\)/.exec(details);
    access.add(
      index
        ? `${operator}(${index[2]}.${index[3]})`
        : operator === 'ProcedureCall'
          ? `ProcedureCall(${details.slice(0, 40)})`
          : `${operator}(${details.slice(0, 40)})`,
    );
  });
  return { file, dbHits, rows: result.records.length, access: [...access] };
}

/** One line for a report: file, db hits, rows and access paths. */
export function describePlan(plan: PlanSummary): string {
  return `${plan.file}: ${plan.dbHits.toLocaleString('en-GB')} db hits, ${plan.rows} rows, ${plan.access.join(', ') || 'no index or scan'}`;
}
