/**
 * The quantile function (inverse CDF) of every distribution kind a model uncertainty can take
 * (src/model/parameters.ts `Dist`). For a yearly normal shock it is the quantile of one year's shock. Pure; the
 * switch is exhaustive, so a new kind in `Dist` fails the type check here until its quantile is written.
 */
import type { Dist } from '../model/parameters.ts';
import { normalQuantile } from './rng.ts';

/** The p-quantile, 0 ≤ p ≤ 1, of `d`. */
export function distQuantile(d: Dist, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p = ${p} is outside 0–1`);
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.lo + p * (d.hi - d.lo);
    case 'triangular': {
      const { lo, mode, hi } = d;
      if (hi <= lo) return lo;
      const f = (mode - lo) / (hi - lo);
      return p < f
        ? lo + Math.sqrt(p * (hi - lo) * (mode - lo))
        : hi - Math.sqrt((1 - p) * (hi - lo) * (hi - mode));
    }
    case 'normal':
      return d.sd === 0 ? d.mean : d.mean + d.sd * normalQuantile(p);
    default: {
      const never: never = d;
      throw new Error(`quantile: unknown distribution ${JSON.stringify(never)}`);
    }
  }
}
