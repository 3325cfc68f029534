/**
 * The charts' own linear and log scales (src/charts/scale.ts) give d3-scale's numbers exactly: positions, the nice
 * domain and the ticks, on random domains and ranges (reversed, degenerate and tiny ones included).
 */
import fc from 'fast-check';
import * as d3 from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from '../../../src/charts/scale.ts';

/** what a call gives, or the error it throws (d3-array's ticks refuses some denormal domains: ours must as well) */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

const num = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const count = fc.integer({ min: 1, max: 12 });

describe('the charts’ scales equal d3-scale’s', () => {
  it('linear: positions, nice domain and ticks', () => {
    fc.assert(
      fc.property(num, num, num, num, count, fc.array(num, { maxLength: 8 }), (d0, d1, r0, r1, n, xs) => {
        const ours = scaleLinear().domain([d0, d1]).range([r0, r1]);
        const theirs = d3.scaleLinear().domain([d0, d1]).range([r0, r1]);
        expect(outcome(() => ours.ticks(n))).toEqual(outcome(() => theirs.ticks(n)));
        for (const x of [d0, d1, ...xs]) expect(ours(x)).toBe(theirs(x));
        ours.nice(n);
        theirs.nice(n);
        expect(ours.domain()).toEqual(theirs.domain());
        expect(outcome(() => ours.ticks(n))).toEqual(outcome(() => theirs.ticks(n)));
        expect(outcome(() => ours.ticks())).toEqual(outcome(() => theirs.ticks()));
        for (const x of [d0, d1, ...xs]) expect(ours(x)).toBe(theirs(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('linear: the edge cases (equal ends, the default domain, NaN, nice without a count)', () => {
    for (const [d0, d1] of [
      [3, 3],
      [0, 0],
      [0, 1e-300],
      [-5, -5],
    ]) {
      const ours = scaleLinear().domain([d0, d1]).range([10, 20]);
      const theirs = d3.scaleLinear().domain([d0, d1]).range([10, 20]);
      expect(ours(d0)).toBe(theirs(d0));
      expect(ours(d0 + 1)).toBe(theirs(d0 + 1));
      expect(ours.nice().domain()).toEqual(theirs.nice().domain());
    }
    expect(scaleLinear()(0.25)).toBe(d3.scaleLinear()(0.25));
    expect(scaleLinear().domain([0, 1])(NaN)).toBe(d3.scaleLinear().domain([0, 1])(NaN));
    expect(() => scaleLinear().domain([0, 1, 2])).toThrow(/two values/);
  });

  it('log: positions on positive and negative domains', () => {
    const pos = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(
        pos,
        pos,
        num,
        num,
        fc.boolean(),
        fc.array(pos, { maxLength: 6 }),
        (a, b, r0, r1, neg, xs) => {
          const s = neg ? -1 : 1;
          const ours = scaleLog()
            .domain([s * a, s * b])
            .range([r0, r1]);
          const theirs = d3
            .scaleLog()
            .domain([s * a, s * b])
            .range([r0, r1]);
          expect(ours.domain()).toEqual(theirs.domain());
          for (const x of [a, b, ...xs]) expect(ours(s * x)).toBe(theirs(s * x));
        },
      ),
      { numRuns: 2000 },
    );
    expect(scaleLog()(5)).toBe(d3.scaleLog()(5));
  });
});
