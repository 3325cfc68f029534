import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binIndex, type Binning } from '../../../src/stats/binning.ts';
import { logBin, logBinner } from '../../../src/stats/log-binner.ts';
import { summarySpec } from '../../../src/stats/summary-spec.ts';
import { PLAN } from '../../helpers.ts';

const below = (x: number) => {
  const f = new Float64Array([x]);
  const u = new BigUint64Array(f.buffer);
  u[0] -= 1n;
  return f[0];
};

describe('logBinner: the bin of a log axis without Math.log', () => {
  const axes = summarySpec(PLAN, 2020).binnings.filter((b): b is Binning => b !== null && b.scale === 'log');

  it('covers every log axis the summary uses', () => {
    expect(axes.length).toBeGreaterThan(0);
    for (const b of axes) expect(logBinner(b)).not.toBeNull();
  });

  it('gives binIndex on every edge, on the double just below it, and beyond both ends', () => {
    for (const b of axes) {
      const lb = logBinner(b)!;
      for (let k = 1; k < b.bins; k++) {
        const e = lb.edges[k];
        expect(logBin(lb, e)).toBe(binIndex(b, e));
        expect(logBin(lb, below(e))).toBe(binIndex(b, below(e)));
        expect(binIndex(b, e)).toBe(k);
        expect(binIndex(b, below(e))).toBe(k - 1);
      }
      for (const x of [-1, 0, b.lo / 10, b.lo, b.hi, b.hi * 10, Infinity]) {
        expect(logBin(lb, x)).toBe(binIndex(b, x));
      }
    }
  });

  it('gives binIndex on random values of random axes (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 2, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.double({ min: -0.2, max: 1.2, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (lo, ratio, bins, fractions) => {
          const b: Binning = { scale: 'log', lo, hi: lo * ratio, bins };
          const lb = logBinner(b);
          if (lb === null) return; // an axis too wide for the table: the summary uses Math.log
          for (const f of fractions) {
            const x = Math.exp(Math.log(lo) + f * Math.log(ratio));
            expect(logBin(lb, x)).toBe(binIndex(b, x));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('declines a linear axis and one too wide for a 31-bit table', () => {
    expect(logBinner({ scale: 'linear', lo: 1, hi: 10, bins: 10 })).toBeNull();
    expect(logBinner({ scale: 'log', lo: 1e-6, hi: 1e6, bins: 10 })).toBeNull();
  });
});
