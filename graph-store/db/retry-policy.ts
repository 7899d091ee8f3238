/*
 * When to run a unit of database work again. Transient errors (a deadlock between two loaders, a
 * lock wait that timed out) are retried with exponential back-off and jitter for up to a minute: they
 * pass. A lost connection, or a database not yet started, is retried only for a few seconds, so that
 * a dead or starting Neo4j is reported within 5 s instead of the driver's 30 s of retries. Anything else (a
 * constraint, a syntax error, a terminated or timed-out transaction) fails at once.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  /** How long transient errors are retried, in total. */
  transientMs: number;
  /** How long a lost connection is retried, in total. */
  unavailableMs: number;
  /** The first back-off; each next one doubles, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  transientMs: 60_000,
  unavailableMs: 3_000,
  initialDelayMs: 100,
  maxDelayMs: 4_000,
};

/** Neo4j answers on its port, but its database is not up yet (starting, or stopping). */
export const STARTING_CODE = 'Neo.TransientError.General.DatabaseUnavailable';
/** Not reachable, or not ready: retried only briefly, so a person waiting on a page hears of it fast. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', STARTING_CODE]);
/** Transient by code, yet not worth another try: the transaction was ended on purpose. */
const FINAL_TRANSIENT = /TransactionTimedOut|Terminated|TransactionMarkedAsFailed/;

export type RetryKind = 'transient' | 'unavailable' | 'final';

/** How the policy treats an error. */
export function retryKind(error: unknown): RetryKind {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error)?.message ?? '';
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|ECONNRESET|EPIPE/.test(message)) return 'unavailable';
  if (code.startsWith('Neo.TransientError.') && !FINAL_TRANSIENT.test(code)) return 'transient';
  return 'final';
}

/** Runs `work`, again after a back-off while it fails in a way the policy retries. */
export async function withRetry<T>(work: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY_POLICY): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const kind = retryKind(error);
      const budget = kind === 'transient' ? policy.transientMs : kind === 'unavailable' ? policy.unavailableMs : 0;
      const delay = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** attempt) * (0.5 + Math.random());
      if (Date.now() - started + delay > budget) throw error;
      await sleep(delay);
    }
  }
}
