/**
 * The charts' own line and band paths (src/charts/path.ts) are d3-shape's strings exactly, on random points with
 * gaps (undefined points), single-point runs, NaN and values that round at the third decimal.
 */
import fc from 'fast-check';
import { area, line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { areaPath, linePath } from '../../../src/charts/path.ts';

interface P {
  x: number;
  lo: number | null;
  hi: number | null;
}

const coord = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -500, max: 500 }).map((i) => i / 2000),
  fc.constant(NaN),
);
const px = (p: P) => p.x;
const plo = (p: P) => p.lo as number;
const phi = (p: P) => p.hi as number;

const point = fc.record({ x: coord, lo: fc.option(coord, { freq: 4 }), hi: fc.option(coord, { freq: 4 }) });

describe('the charts’ paths equal d3-shape’s', () => {
  it('line() and area(): defined runs, gaps, lone points; each band along its top and back along its bottom', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), (pts) => {
        const both = (p: P) => p.lo !== null && p.hi !== null;
        expect(linePath(pts, both, px, plo)).toBe(line<P>().defined(both).x(px).y(plo)(pts) ?? '');
        expect(areaPath(pts, both, px, plo, phi)).toBe(
          area<P>().defined(both).x(px).y0(plo).y1(phi)(pts) ?? '',
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('an example, written out', () => {
    const pts: P[] = [
      { x: 0, lo: 1, hi: 2 },
      { x: 1.23456, lo: 1.5, hi: 2.5 },
      { x: 2, lo: null, hi: 3 },
      { x: 3, lo: 4, hi: 5 },
    ];
    const ok = (p: P) => p.lo !== null && p.hi !== null;
    expect(areaPath(pts, ok, px, plo, phi)).toBe('M0,2L1.235,2.5L1.235,1.5L0,1ZM3,5L3,4Z');
    expect(linePath(pts, ok, px, phi)).toBe('M0,2L1.235,2.5M3,5Z');
  });
});
