/*
 * The one module that owns the neo4j-driver. Everything that talks to Neo4j goes through a
 * GraphDatabase: one driver per process, one session per unit of work, closed in `finally`.
 * User-typed Cypher runs only through `executeReadOnce`, in a READ transaction that is never run
 * twice. Other work is retried by the policy in retry-policy.ts (the driver's own retries are off):
 * transient errors (deadlocks, lock waits) with back-off, a lost connection only for a few seconds,
 * so that a dead Neo4j is reported within 5 s. Connection problems become a DatabaseUnavailableError
 * with one clear line.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { retryKind, STARTING_CODE, withRetry } from './retry-policy.ts';
import { DatabaseUnavailableError, QueryTimeoutError, WriteRefusedError } from '#model/errors.ts';
import { resolveNeo4jTarget, type Neo4jTarget } from './neo4j-target.ts';
import { cypherQuery } from './cypher-files.ts';
import { toPlain } from './to-plain.ts';

/** How to start a database, for the "not reachable" message. */
function startHint(target: Neo4jTarget): string {
  return target.embedded
    ? 'Start the embedded Neo4j with "npx newsgraph db start", or set NEO4J_URI to use another server.'
    : 'Check that the server at NEO4J_URI is running, or unset NEO4J_URI to use the embedded Neo4j ("npx newsgraph db start").';
}

/** The driver's codes for a transaction stopped at its time limit. */
export const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
]);

/**
 * Turns a driver error into one of newsgraph's kinds when it is about reaching the server (down,
 * still starting, refusing the login), a read-only refusal, or a time limit (`timeoutMs`, when known).
 */
export function translateDriverError(error: unknown, target: Neo4jTarget, timeoutMs?: number): unknown {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (TIMEOUT_CODES.has(code)) {
    const limit = timeoutMs ? ` of ${timeoutMs / 1000} s` : '';
    return new QueryTimeoutError(
      `Neo4j stopped the query at its time limit${limit} (${code}); the server may be busy. Try again.`,
      timeoutMs ?? 0,
    );
  }
  if (code === STARTING_CODE) {
    return new DatabaseUnavailableError(
      `Neo4j at ${target.uri} answers, but its database is not available yet (${code}): it may still be starting. Try again shortly.`,
      target.uri,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseUnavailableError(
      `Neo4j at ${target.uri} has no database "${target.database ?? 'neo4j'}" (${code}). Check NEO4J_DATABASE.`,
      target.uri,
    );
  }
  if (retryKind(error) === 'unavailable' || /ETIMEDOUT|EHOSTUNREACH|getaddrinfo/.test(message)) {
    const cause = /ECONNREFUSED/.test(message) ? 'connection refused' : message.split('\n')[0];
    return new DatabaseUnavailableError(
      `Neo4j is not reachable at ${target.uri} (${cause}). ${startHint(target)}`,
      target.uri,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    const which = target.embedded
      ? `the password in ${target.embedded.passwordFile}`
      : 'NEO4J_USERNAME and NEO4J_PASSWORD';
    return new DatabaseUnavailableError(
      `Neo4j at ${target.uri} refused the credentials (${code}). Check ${which}.`,
      target.uri,
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Statement.NotAllowed') {
    return new WriteRefusedError(
      `Refused: this query would change the database, and user queries are read-only (${code}).`,
    );
  }
  return error;
}

/** What a query needs of a transaction: `run` (both the driver's managed and explicit transactions have it). */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

export interface ReadQueryOptions {
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
}

/** A connection to one Neo4j database. */
export class GraphDatabase {
  private constructor(
    readonly target: Neo4jTarget,
    private readonly driver: Driver,
  ) {}

  /** Opens the driver for `target` (from the environment by default); it connects on first use. */
  static open(target: Neo4jTarget = resolveNeo4jTarget()): GraphDatabase {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      disableLosslessIntegers: false,
      connectionTimeout: 4_000,
      connectionAcquisitionTimeout: 10_000,
      maxConnectionPoolSize: 20,
      // Retries are newsgraph's (retry-policy.ts): the driver's would rerun a query for 30 s.
      maxTransactionRetryTime: 0,
      logging: { level: 'error', logger: () => {} },
    });
    return new GraphDatabase(target, driver);
  }

  /** Checks that the server answers; throws DatabaseUnavailableError otherwise. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.target.database ? { database: this.target.database } : {});
      await this.read(cypherQuery('store', 'ping'));
    } catch (error) {
      throw translateDriverError(error, this.target);
    }
  }

  /** Runs `work` in a read transaction, retried on transient errors (retry-policy.ts). */
  async executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>, options: ReadQueryOptions = {}): Promise<T> {
    return withRetry(async () => {
      const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, database: this.target.database });
      try {
        return await session.executeRead(work, options.timeoutMs ? { timeout: options.timeoutMs } : undefined);
      } finally {
        await session.close();
      }
    }).catch((error: unknown) => {
      throw translateDriverError(error, this.target, options.timeoutMs);
    });
  }

  /**
   * Runs `work` in one read transaction that is never retried: for queries a user typed, which may
   * have ended by their time limit and must not run again (nor after a lost connection).
   */
  async executeReadOnce<T>(work: (tx: QueryRunner) => Promise<T>, options: ReadQueryOptions = {}): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, database: this.target.database });
    try {
      const tx = session.beginTransaction(options.timeoutMs ? { timeout: options.timeoutMs } : undefined);
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
    } catch (error) {
      throw translateDriverError(error, this.target, options.timeoutMs);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** Runs `work` in a write transaction, retried on transient errors (retry-policy.ts). Loader use only. */
  async executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return withRetry(async () => {
      const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE, database: this.target.database });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    }).catch((error: unknown) => {
      throw translateDriverError(error, this.target);
    });
  }

  /** Runs one query in a read transaction and returns its records as plain objects. */
  async read<T = Record<string, unknown>>(
    cypher: string,
    params: Record<string, unknown> = {},
    options: ReadQueryOptions = {},
  ): Promise<T[]> {
    const result = await this.readResult(cypher, params, options);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /**
   * Runs one query in a read transaction of its own and returns the driver's full result (keys,
   * summary). An auto-commit transaction: one round trip to Neo4j instead of two (BEGIN and RUN,
   * then COMMIT), retried like executeRead.
   */
  async readResult(
    cypher: string,
    params: Record<string, unknown> = {},
    options: ReadQueryOptions = {},
  ): Promise<QueryResult<RecordShape>> {
    return withRetry(async () => {
      const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, database: this.target.database });
      try {
        return await session.run(cypher, params, options.timeoutMs ? { timeout: options.timeoutMs } : undefined);
      } finally {
        await session.close();
      }
    }).catch((error: unknown) => {
      throw translateDriverError(error, this.target, options.timeoutMs);
    });
  }

  /** Runs one query in a write transaction. Loader and maintenance use only, never user-typed text. */
  async write<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const result = await this.executeWrite((tx) => tx.run(cypher, params));
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Opens a database, runs `work`, and closes it whatever happens. */
export async function withGraphDatabase<T>(work: (db: GraphDatabase) => Promise<T>, target?: Neo4jTarget): Promise<T> {
  const db = GraphDatabase.open(target);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
