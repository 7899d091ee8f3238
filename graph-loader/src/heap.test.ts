import { describe, expect, it } from 'vitest';
import { collectAbove } from './heap.ts';

/** Fills the heap with about 16 MB that nothing holds once it returns; the heap used at its peak. */
function allocateAndDrop(): number {
  const held = Array.from({ length: 200 }, () => Array.from({ length: 10_000 }, (_, i) => i));
  return held.length > 0 ? process.memoryUsage().heapUsed : 0;
}

describe('collectAbove', () => {
  it('should leave a heap under its bound alone', () => {
    expect(collectAbove(64 * 1024)).toBe(false);
  });

  it('should collect a heap over its bound, freeing what is no longer held', () => {
    const before = process.memoryUsage().heapUsed;
    expect(allocateAndDrop()).toBeGreaterThan(before + 8 * 1024 * 1024);
    expect(collectAbove(1)).toBe(true);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + 4 * 1024 * 1024);
  });
});
