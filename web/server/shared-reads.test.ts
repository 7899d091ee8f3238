import { describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { sharedRead } from './shared-reads.ts';

/** A database whose reads answer when `settle` is called, counting the queries sent. */
function slowDatabase() {
  const pending: (() => void)[] = [];
  const db = {
    sent: 0,
    read(_cypher: string, params: Record<string, unknown>) {
      db.sent++;
      return new Promise((resolve) => pending.push(() => resolve([{ params, list: [1, 2] }])));
    },
  };
  return { db, asDatabase: db as unknown as GraphDatabase, settle: () => pending.splice(0).forEach((f) => f()) };
}

describe('sharedRead', () => {
  it('should send one query for identical reads in flight, and one per distinct parameters', async () => {
    const { db, asDatabase, settle } = slowDatabase();
    const reads = [
      sharedRead(asDatabase, 'RETURN 1', { a: 1 }),
      sharedRead(asDatabase, 'RETURN 1', { a: 1 }),
      sharedRead(asDatabase, 'RETURN 1', { a: 2 }),
      sharedRead(asDatabase, 'RETURN 2', { a: 1 }),
    ];
    expect(db.sent).toBe(3);
    settle();
    const rows = await Promise.all(reads);
    expect(rows.map((r) => (r as { params: { a: number } }[])[0]!.params.a)).toEqual([1, 1, 2, 1]);
    // Once answered, the same read is sent again: nothing is kept.
    const again = sharedRead(asDatabase, 'RETURN 1', { a: 1 });
    expect(db.sent).toBe(4);
    settle();
    await again;
  });

  it('should give each caller rows of its own, whatever the first one does with its rows', async () => {
    const { asDatabase, settle } = slowDatabase();
    type Row = { list: number[] };
    const first = sharedRead<Row>(asDatabase, 'RETURN 1', {}).then((rows) => {
      rows[0]!.list.push(3);
      return rows;
    });
    const second = sharedRead<Row>(asDatabase, 'RETURN 1', {});
    settle();
    expect((await first)[0]!.list).toEqual([1, 2, 3]);
    expect((await second)[0]!.list).toEqual([1, 2]);
  });
});
