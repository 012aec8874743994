/**
 * A small deterministic pseudo-random generator for the demo partnership, so the same seed
 * gives the same synthetic data on every machine. mulberry32: 32-bit state, period 2^32, good
 * enough for shaping fake data and never for anything secret.
 */

/** The constant the demo is seeded with. Change it and every synthetic record changes. */
export const DEMO_SEED = 0x11_2026_04;

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. @throws RangeError on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Standard normal variate (Box–Muller), mean 0, standard deviation 1. */
  normal(): number;
  /** A version-4-shaped UUID drawn from this generator (reproducible ids). */
  uuid(): string;
}

/** A generator seeded with `seed` (any 32-bit integer). */
export function createRandom(seed: number = DEMO_SEED): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');

  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    uuid: () => {
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
  };
  return random;
}

/**
 * `n` items in proportion to their weights (largest-remainder rounding), in random order: a
 * weighted draw without the chance wobble, for shares the demo should hit closely.
 */
export function quota<T>(rng: Random, items: readonly (readonly [T, number])[], n: number): T[] {
  const total = items.reduce((s, [, w]) => s + w, 0);
  const exact = items.map(([item, w]) => ({ item, share: (w / total) * n }));
  const counts = exact.map((e) => Math.floor(e.share));
  const byRemainder = exact.map((e, i) => ({ i, rest: e.share - counts[i]! })).sort((a, b) => b.rest - a.rest);
  const missing = n - counts.reduce((s, c) => s + c, 0);
  for (let k = 0; k < missing; k++) counts[byRemainder[k]!.i]!++;
  const out = exact.flatMap((e, i) => Array.from({ length: counts[i]! }, () => e.item));
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
