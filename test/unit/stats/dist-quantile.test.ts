import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distQuantile } from '../../../src/stats/dist-quantile.ts';
import { PM } from '../../helpers.ts';

describe('distQuantile: the inverse CDF of every Dist kind', () => {
  it('fixed, uniform and normal at known points', () => {
    expect(distQuantile({ kind: 'fixed', value: 3 }, 0.05)).toBe(3);
    expect(distQuantile({ kind: 'uniform', lo: 2, hi: 6 }, 0.05)).toBeCloseTo(2.2, 12);
    expect(distQuantile({ kind: 'uniform', lo: 2, hi: 6 }, 0.95)).toBeCloseTo(5.8, 12);
    // Φ⁻¹(0.95) = 1.6448536269514722
    expect(distQuantile({ kind: 'normal', mean: 1, sd: 2 }, 0.95)).toBeCloseTo(1 + 2 * 1.6448536269514722, 8);
    expect(distQuantile({ kind: 'normal', mean: 1, sd: 2 }, 0.05)).toBeCloseTo(1 - 2 * 1.6448536269514722, 8);
    expect(distQuantile({ kind: 'normal', mean: 5, sd: 0 }, 0.05)).toBe(5);
  });

  it('triangular: the quantile inverts the CDF', () => {
    const cdf = (x: number, lo: number, mode: number, hi: number) =>
      x <= mode ? (x - lo) ** 2 / ((hi - lo) * (mode - lo)) : 1 - (hi - x) ** 2 / ((hi - lo) * (hi - mode));
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (lo, a, b, p) => {
          const d = { kind: 'triangular' as const, lo, mode: lo + a, hi: lo + a + b };
          const x = distQuantile(d, p);
          expect(x).toBeGreaterThanOrEqual(d.lo);
          expect(x).toBeLessThanOrEqual(d.hi);
          expect(cdf(x, d.lo, d.mode, d.hi)).toBeCloseTo(p, 9);
        },
      ),
    );
  });

  it('is non-decreasing in p for every default assumption, and refuses p outside 0–1', () => {
    for (const k of PM.uncertaintyKeys) {
      const d = PM.uncertainties[k].default;
      let last = -Infinity;
      for (let p = 0.01; p < 1; p += 0.01) {
        const x = distQuantile(d, p);
        expect(x).toBeGreaterThanOrEqual(last);
        last = x;
      }
    }
    expect(() => distQuantile({ kind: 'fixed', value: 1 }, 1.5)).toThrow(/outside 0–1/);
    expect(() => distQuantile({ kind: 'fixed', value: 1 }, NaN)).toThrow(/outside 0–1/);
  });
});
