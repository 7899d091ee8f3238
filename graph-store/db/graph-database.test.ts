/*
 * How driver errors become newsgraph's error kinds, and how the retry policy treats them: a time
 * limit is a QueryTimeout (504) wherever it happens, and a Neo4j that answers while its database is
 * still starting is DatabaseUnavailable (503) after a short retry, not a minute of waiting.
 */
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, QueryTimeoutError } from '#model/errors.ts';
import { translateDriverError } from './graph-database.ts';
import { retryKind, STARTING_CODE, withRetry } from './retry-policy.ts';
import type { Neo4jTarget } from './neo4j-target.ts';

const target: Neo4jTarget = {
  uri: 'bolt://127.0.0.1:7999',
  username: 'neo4j',
  password: 'x',
  database: undefined,
  embedded: undefined,
};
const driverError = (code: string, message = 'from the driver'): Error => Object.assign(new Error(message), { code });

describe('translateDriverError', () => {
  it('should make every time-limit code a QueryTimeout with the limit in its message', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    ]) {
      const error = translateDriverError(driverError(code), target, 10_000);
      expect(error).toBeInstanceOf(QueryTimeoutError);
      expect((error as QueryTimeoutError).httpStatus).toBe(504);
      expect((error as Error).message).toContain('time limit of 10 s');
    }
  });

  it('should make a database still starting a DatabaseUnavailable (503) that says so', () => {
    const error = translateDriverError(driverError(STARTING_CODE), target);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).httpStatus).toBe(503);
    expect((error as Error).message).toMatch(/127\.0\.0\.1:7999.*still be starting/);
  });

  it('should leave an error about the query itself as it is', () => {
    const error = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(translateDriverError(error, target)).toBe(error);
  });
});

describe('the retry policy', () => {
  it('should retry a starting database only briefly, and a deadlock for long', () => {
    expect(retryKind(driverError(STARTING_CODE))).toBe('unavailable');
    expect(retryKind(driverError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe('transient');
    expect(retryKind(driverError('Neo.TransientError.Transaction.TransactionTimedOut'))).toBe('final');
  });

  it('should give up on a database that stays unavailable within its short budget', async () => {
    let attempts = 0;
    const started = Date.now();
    const policy = { transientMs: 60_000, unavailableMs: 300, initialDelayMs: 20, maxDelayMs: 100 };
    await expect(
      withRetry(async () => {
        attempts++;
        throw driverError(STARTING_CODE);
      }, policy),
    ).rejects.toMatchObject({ code: STARTING_CODE });
    expect(attempts).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
