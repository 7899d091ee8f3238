/*
 * Answering fast when Neo4j is down. A read whose connection was lost is retried for 3 s
 * (graph-store/db/retry-policy.ts), which is right for a blip and too long for a person waiting on a
 * page. So the API checks that the
 * Bolt port accepts a TCP connection (cached for half a second) before it queries, and while a
 * query runs it keeps checking: if the port closes, the request fails at once with a
 * DatabaseUnavailableError (the abandoned query ends on its own). When Neo4j is back, the next
 * check passes and the driver reconnects by itself.
 */
import net from 'node:net';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import type { Neo4jTarget } from '../../graph-store/db/neo4j-target.ts';
import { DatabaseUnavailableError } from '#model/errors.ts';

const CACHE_MS = 500;
const CONNECT_TIMEOUT_MS = 750;

/** Host and port of a Bolt or neo4j URI (default port 7687). */
export function boltAddress(uri: string): { host: string; port: number } {
  const url = new URL(uri.replace(/^[a-z0-9+]+:\/\//i, 'http://'));
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 7687 };
}

/** Whether a TCP connection to host:port opens within the timeout. */
export function portOpen(host: string, port: number, timeoutMs = CONNECT_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open: boolean): void => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Tracks whether Neo4j is reachable. */
export class DatabaseGuard {
  private checkedAt = 0;
  private reachable = true;
  private pending: Promise<boolean> | null = null;

  constructor(
    private readonly target: Neo4jTarget,
    private readonly probe: () => Promise<boolean> = () => {
      const { host, port } = boltAddress(target.uri);
      return portOpen(host, port);
    },
  ) {}

  /** The error to answer with while Neo4j is down. */
  unavailable(): DatabaseUnavailableError {
    const hint = this.target.embedded ? ' Start it with "npx newsgraph db start" (or "npm start").' : '';
    return new DatabaseUnavailableError(`Neo4j is not reachable at ${this.target.uri}.${hint}`, this.target.uri);
  }

  /** Whether Neo4j is reachable now (probes at most every half second). */
  async check(force = false): Promise<boolean> {
    if (!force && Date.now() - this.checkedAt < CACHE_MS) return this.reachable;
    this.pending ??= this.probe().then((open) => {
      this.reachable = open;
      this.checkedAt = Date.now();
      this.pending = null;
      return open;
    });
    return this.pending;
  }

  /** Marks Neo4j down (after a query failed to reach it). */
  markDown(): void {
    this.reachable = false;
    this.checkedAt = Date.now();
  }

  /** Throws DatabaseUnavailableError unless Neo4j is reachable. */
  async ensure(): Promise<void> {
    if (!(await this.check())) throw this.unavailable();
  }

  /** Runs `work`, failing fast with DatabaseUnavailableError if Neo4j goes away meanwhile. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.ensure();
    let timer: NodeJS.Timeout | undefined;
    const watch = new Promise<never>((_, reject) => {
      const tick = (): void => {
        timer = setTimeout(() => {
          void this.check(true).then((open) => (open ? tick() : reject(this.unavailable())));
        }, CACHE_MS);
      };
      tick();
    });
    const task = work();
    task.catch(() => {}); // An abandoned query may fail later; nobody waits for it.
    try {
      return await Promise.race([task, watch]);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) this.markDown();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * The database as the routes see it: the same GraphDatabase, whose read methods run under the
 * guard. Route plugins need not know about it.
 */
export function guardedDatabase(db: GraphDatabase, guard: DatabaseGuard): GraphDatabase {
  const guarded = new Set(['read', 'readResult', 'executeRead', 'executeReadOnce', 'executeWrite', 'verify']);
  return new Proxy(db, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (typeof property === 'string' && guarded.has(property)) {
        return (...args: unknown[]) =>
          guard.run(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
