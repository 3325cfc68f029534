import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binIndex, binLower, binUpper, checkBinning, type Binning } from '../../../src/stats/binning.ts';

const LIN: Binning = { scale: 'linear', lo: -2, hi: 8, bins: 10 };
const LOG: Binning = { scale: 'log', lo: 1, hi: 1000, bins: 3 };

describe('binning', () => {
  it('linear edges and indices', () => {
    expect(binLower(LIN, 0)).toBe(-2);
    expect(binUpper(LIN, 0)).toBe(-1);
    expect(binLower(LIN, 5)).toBe(3);
    expect(binUpper(LIN, 9)).toBe(8);
    expect(binIndex(LIN, -2)).toBe(0);
    expect(binIndex(LIN, -1.5)).toBe(0);
    expect(binIndex(LIN, 3.2)).toBe(5);
    expect(binIndex(LIN, 7.99)).toBe(9);
  });

  it('log edges are equally spaced in ln x', () => {
    expect(binLower(LOG, 0)).toBe(1);
    expect(binLower(LOG, 1)).toBeCloseTo(10, 12);
    expect(binLower(LOG, 2)).toBeCloseTo(100, 10);
    expect(binUpper(LOG, 2)).toBe(1000);
    expect(binIndex(LOG, 5)).toBe(0);
    expect(binIndex(LOG, 50)).toBe(1);
    expect(binIndex(LOG, 500)).toBe(2);
  });

  it('clamps out-of-range values, non-positive values on a log axis and NaN', () => {
    expect(binIndex(LIN, -100)).toBe(0);
    expect(binIndex(LIN, 8)).toBe(9);
    expect(binIndex(LIN, 1e300)).toBe(9);
    expect(binIndex(LIN, -Infinity)).toBe(0);
    expect(binIndex(LIN, Infinity)).toBe(9);
    expect(binIndex(LIN, NaN)).toBe(0);
    expect(binIndex(LOG, 0)).toBe(0);
    expect(binIndex(LOG, -5)).toBe(0);
    expect(binIndex(LOG, 0.5)).toBe(0);
    expect(binIndex(LOG, 1e6)).toBe(2);
  });

  it('rejects bad binnings', () => {
    expect(() => checkBinning({ scale: 'log', lo: 0, hi: 1, bins: 4 })).toThrow();
    expect(() => checkBinning({ scale: 'linear', lo: 1, hi: 1, bins: 4 })).toThrow();
    expect(() => checkBinning({ scale: 'linear', lo: 0, hi: 1, bins: 0 })).toThrow();
    expect(() => checkBinning({ scale: 'linear', lo: 0, hi: 1, bins: 2.5 })).toThrow();
    expect(() => checkBinning(LOG)).not.toThrow();
  });

  it('property: an in-range x lies in its bin (up to rounding); edges are non-decreasing', () => {
    const binning = fc
      .record({
        scale: fc.constantFrom('linear' as const, 'log' as const),
        lo: fc.double({ min: 0.001, max: 100, noNaN: true }),
        width: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        bins: fc.integer({ min: 1, max: 300 }),
      })
      .map(({ scale, lo, width, bins }): Binning => ({ scale, lo, hi: lo + width, bins }));
    fc.assert(
      fc.property(binning, fc.double({ min: 0, max: 1, noNaN: true }), (b, t) => {
        const x = b.lo + t * (b.hi - b.lo);
        const i = binIndex(b, x);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(b.bins);
        const tol = 1e-9 * (b.hi - b.lo);
        expect(binLower(b, i)).toBeLessThanOrEqual(x + tol);
        expect(binUpper(b, i)).toBeGreaterThanOrEqual(x - tol);
        for (let j = 0; j < b.bins; j++) expect(binUpper(b, j)).toBeGreaterThanOrEqual(binLower(b, j));
      }),
    );
  });
});
