/* A small seeded random source (mulberry32), so generated corpora and graphs are the same on every run. */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An index in [0, n) skewed towards 0 (a few items get most of the picks, as in news). */
  skewed(n: number, power?: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** A seeded random source. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    skewed: (n: number, power = 2.2): number => Math.min(n - 1, Math.floor(next() ** power * n)),
    chance: (p: number): boolean => next() < p,
  };
}
