/* A seeded random source over model/random.ts, so generated corpora and graphs are the same on every run. */
import { seededRandom as floats } from '../../model/random.ts';

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
  const next = floats(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    skewed: (n: number, power = 2.2): number => Math.min(n - 1, Math.floor(next() ** power * n)),
    chance: (p: number): boolean => next() < p,
  };
}
