/* The one owner of the driver against the tests' Neo4j: a read past its time limit is a QueryTimeout, whoever asked. */
import { afterAll, describe, expect, it } from 'vitest';
import { QueryTimeoutError } from '#model/errors.ts';
import { testTarget } from '../../testing/test-database.ts';
import { GraphDatabase } from './graph-database.ts';

describe('GraphDatabase reads', () => {
  const db = GraphDatabase.open(testTarget());
  afterAll(async () => {
    await db.close();
  });

  it('should end a read at its time limit with a QueryTimeout (504), not an unknown error', async () => {
    const slow = 'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i) AS n';
    const attempt = db.read(slow, {}, { timeoutMs: 500 });
    await expect(attempt).rejects.toBeInstanceOf(QueryTimeoutError);
    await expect(attempt).rejects.toThrow(/time limit of 0.5 s/);
    await expect(attempt).rejects.toMatchObject({ httpStatus: 504, code: 'QueryTimeout' });
  });
});
