import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantile } from 'd3-array';
import { binIndex, binLower, binUpper, type Binning } from '../../../src/stats/binning.ts';
import { chunkState, Rng } from '../../../src/stats/rng.ts';
import {
  addPath,
  addPaths,
  createSummary,
  meanOf,
  mergeSummary,
  pAllOf,
  pMeetOf,
  quantileOf,
  resetSummary,
  type Summary,
  type SummarySpec,
} from '../../../src/stats/summary.ts';

/** Two indicators (one linear, one log), three years, eight bins. */
const BINNINGS: Binning[] = [
  { scale: 'linear', lo: -100, hi: 100, bins: 8 },
  { scale: 'log', lo: 0.01, hi: 1e4, bins: 8 },
];
const SPEC: SummarySpec = {
  nYears: 3,
  bins: 8,
  binnings: BINNINGS,
  targets: [10, 1],
  targetYear: 2,
};
const PATH_LEN = SPEC.binnings.length * SPEC.nYears;

/** Values of every kind the summary must handle: NaN, ±0, negatives, out-of-range, fractions. */
const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.double({ min: -200, max: 200, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, 0, -0, 10, 1, 0.01, 1e4) },
);
const path = fc.array(value, { minLength: PATH_LEN, maxLength: PATH_LEN }).map((xs) => Float64Array.from(xs));
const paths = fc.array(path, { maxLength: 40 });

function summarise(list: Float64Array[], spec: SummarySpec = SPEC): Summary {
  const s = createSummary(spec);
  for (const p of list) addPath(s, spec, p);
  return s;
}

/** Exact equality of every field (typed arrays compared element by element with Object.is). */
function expectIdentical(a: Summary, b: Summary): void {
  const keys = Object.keys(a) as (keyof Summary)[];
  expect(Object.keys(b).sort()).toEqual([...keys].sort());
  for (const key of keys) {
    // the summaries here keep no per-cluster blocks (a focused run's, src/stats/clusters.ts)
    const x = a[key] as number | ArrayLike<number>;
    const y = b[key];
    if (typeof x === 'number') {
      expect(Object.is(x, y), key).toBe(true);
    } else {
      const xs = Array.from(x);
      const ys = Array.from(y as typeof x);
      expect(xs.length, key).toBe(ys.length);
      for (let i = 0; i < xs.length; i++)
        if (!Object.is(xs[i], ys[i])) expect.fail(`${key}[${i}]: ${xs[i]} vs ${ys[i]}`);
    }
  }
}

describe('summary: counting', () => {
  it('histogram counts add up to n, n counts non-NaN values, runs counts paths', () => {
    fc.assert(
      fc.property(paths, (list) => {
        const s = summarise(list);
        expect(s.runs).toBe(list.length);
        for (let k = 0; k < PATH_LEN; k++) {
          let total = 0;
          for (let b = 0; b < SPEC.bins; b++) total += s.counts[k * SPEC.bins + b];
          const valid = list.filter((p) => !Number.isNaN(p[k])).length;
          expect(total).toBe(s.n[k]);
          expect(s.n[k]).toBe(valid);
        }
      }),
    );
  });

  it('puts each value in the bin binIndex gives', () => {
    fc.assert(
      fc.property(path, (p) => {
        const s = summarise([p]);
        for (let ind = 0; ind < 2; ind++) {
          for (let year = 0; year < SPEC.nYears; year++) {
            const k = ind * SPEC.nYears + year;
            const x = p[k];
            if (Number.isNaN(x)) continue;
            expect(s.counts[k * SPEC.bins + binIndex(BINNINGS[ind], x)]).toBe(1);
          }
        }
      }),
    );
  });

  it('skips NaNs everywhere (n, sums, min, max, histogram)', () => {
    const s = createSummary(SPEC);
    addPath(s, SPEC, Float64Array.from([NaN, 5, NaN, NaN, NaN, NaN]));
    addPath(s, SPEC, Float64Array.from([NaN, 7.5, NaN, NaN, 2, NaN]));
    expect(Array.from(s.n)).toEqual([0, 2, 0, 0, 1, 0]);
    expect(meanOf(s, SPEC, 0, 0)).toBeNaN();
    expect(meanOf(s, SPEC, 0, 1)).toBe(6.25);
    expect(meanOf(s, SPEC, 1, 1)).toBe(2);
    expect(quantileOf(s, SPEC, 0, 0, 0.5)).toBeNaN();
    expect(s.min[1]).toBe(5);
    expect(s.max[1]).toBe(7.5);
    expect(s.min[0]).toBe(Infinity);
    expect(s.max[0]).toBe(-Infinity);
    expect(pMeetOf(s, 0, 0)).toEqual({ p: NaN, se: NaN });
    expect(Array.from(s.counts).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('rejects paths of the wrong length and summaries of different specs', () => {
    const s = createSummary(SPEC);
    expect(() => addPath(s, SPEC, new Float64Array(PATH_LEN + 1))).toThrow();
    const other: SummarySpec = { ...SPEC, binnings: [BINNINGS[0], { ...BINNINGS[1], hi: 1e5 }] };
    expect(() => mergeSummary(s, createSummary(other))).toThrow();
    expect(() => createSummary({ ...SPEC, targetYear: 3 })).toThrow();
    expect(() => createSummary({ ...SPEC, bins: 9 })).toThrow();
  });
});

describe('summary: exact, order-independent merging', () => {
  it('merging two halves in either order equals adding all paths to one summary', () => {
    fc.assert(
      fc.property(paths, fc.nat(), (list, cut) => {
        const at = list.length === 0 ? 0 : cut % (list.length + 1);
        const whole = summarise(list);
        const a = summarise(list.slice(0, at));
        const b = summarise(list.slice(at));
        const ab = summarise([]);
        mergeSummary(ab, a);
        mergeSummary(ab, b);
        const ba = summarise([]);
        mergeSummary(ba, b);
        mergeSummary(ba, a);
        expectIdentical(ab, whole);
        expectIdentical(ba, whole);
        expectIdentical(summarise([...list].reverse()), whole);
        for (let ind = 0; ind < 2; ind++) {
          for (let year = 0; year < SPEC.nYears; year++) {
            expect(Object.is(meanOf(ab, SPEC, ind, year), meanOf(whole, SPEC, ind, year))).toBe(true);
          }
        }
      }),
    );
  });

  it('split invariance: any partition into groups, merged in any order, gives identical summaries', () => {
    const scenario = paths.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: list.length, maxLength: list.length }),
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(scenario, ([list, groupOf, mergeOrder, shuffleWithin]) => {
        const groups: Float64Array[][] = [[], [], [], [], [], []];
        list.forEach((p, i) => groups[groupOf[i]].push(p));
        const total = createSummary(SPEC);
        for (const g of mergeOrder) {
          const part = summarise(shuffleWithin ? [...groups[g]].reverse() : groups[g]);
          // round trip through structured clone, as between workers
          mergeSummary(total, structuredClone(part));
        }
        expectIdentical(total, summarise(list));
      }),
    );
  });
});

describe('summary: reuse', () => {
  it('resetSummary makes a used summary identical to a fresh one, and filling it again gives the same summary', () => {
    fc.assert(
      fc.property(paths, paths, (used, list) => {
        const s = summarise(used);
        expect(resetSummary(s, SPEC)).toBe(true);
        expectIdentical(createSummary(SPEC), s);
        for (const p of list) addPath(s, SPEC, p);
        expectIdentical(summarise(list), s);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses, untouched, a summary of another shape or binning', () => {
    const s = summarise([Float64Array.from({ length: PATH_LEN }, (_, i) => i)]);
    const before = structuredClone(s);
    const moreYears = { ...SPEC, nYears: 4 };
    const otherBins = { ...SPEC, binnings: [BINNINGS[0], { ...BINNINGS[1], lo: 0.1 }] };
    expect(resetSummary(s, moreYears)).toBe(false);
    expect(resetSummary(s, otherBins)).toBe(false);
    expect(resetSummary({ ...s, counts: new Uint32Array(3) }, SPEC)).toBe(false);
    expectIdentical(before, s);
  });
});

/** The pair counts of paths added in batches of `batch`: paths (0, 1), (2, 3), … of each batch, counted directly. */
function pairCountsOf(list: Float64Array[], batch: number, spec: SummarySpec = SPEC) {
  const cells = spec.binnings.length * spec.nYears;
  const pairN = new Float64Array(cells);
  const pairMeet = new Float64Array(cells);
  const pairBoth = new Float64Array(cells);
  let pairs = 0;
  let allPairMeet = 0;
  let allPairBoth = 0;
  const meetsAll = (p: Float64Array) =>
    spec.targets.every((t, ind) => Number.isNaN(t) || p[ind * spec.nYears + spec.targetYear] >= t);
  for (let i = 0; i < list.length; i += batch) {
    const part = list.slice(i, i + batch);
    for (let j = 0; j + 1 < part.length; j += 2) {
      const [a, b] = [part[j], part[j + 1]];
      pairs++;
      allPairMeet += Number(meetsAll(a)) + Number(meetsAll(b));
      if (meetsAll(a) && meetsAll(b)) allPairBoth++;
      for (let k = 0; k < cells; k++) {
        const t = spec.targets[Math.floor(k / spec.nYears)];
        if (Number.isNaN(t) || Number.isNaN(a[k]) || Number.isNaN(b[k])) continue;
        pairN[k]++;
        pairMeet[k] += Number(a[k] >= t) + Number(b[k] >= t);
        if (a[k] >= t && b[k] >= t) pairBoth[k]++;
      }
    }
  }
  return { pairN, pairMeet, pairBoth, pairs, allPairMeet, allPairBoth };
}

/** Adds `list` in batches of `batch` paths (each batch's buffer with a spare path, which must be ignored). */
function summariseInBatches(list: Float64Array[], batch: number, spec: SummarySpec = SPEC): Summary {
  const len = spec.binnings.length * spec.nYears;
  const s = createSummary(spec);
  for (let i = 0; i < list.length; i += batch) {
    const part = list.slice(i, i + batch);
    const buf = new Float64Array((part.length + 1) * len).fill(123);
    part.forEach((p, r) => buf.set(p, r * len));
    addPaths(s, spec, buf, part.length);
  }
  return s;
}

describe('summary: series kept without a histogram (means only)', () => {
  const LIGHT: SummarySpec = { ...SPEC, binnings: [BINNINGS[0], null], targets: [10, NaN] };

  it('keep count, exact sums, min and max, no histogram, no quantiles; the binned series are unchanged', () => {
    fc.assert(
      fc.property(paths, fc.integer({ min: 1, max: 20 }), (list, batch) => {
        const full = summariseInBatches(list, batch);
        const light = summariseInBatches(list, batch, LIGHT);
        const one = summarise(list, LIGHT);
        expect(light.counts.length).toBe(SPEC.nYears * SPEC.bins); // one row of histograms
        expect(Array.from(light.counts)).toEqual(
          Array.from(full.counts.subarray(0, SPEC.nYears * SPEC.bins)),
        );
        expect(Array.from(one.counts)).toEqual(Array.from(light.counts));
        for (const key of ['n', 'sumHi', 'sumLo', 'min', 'max'] as const) {
          expect(Array.from(light[key])).toEqual(Array.from(full[key]));
          expect(Array.from(one[key])).toEqual(Array.from(light[key]));
        }
        for (let y = 0; y < SPEC.nYears; y++) {
          expect(quantileOf(light, LIGHT, 0, y, 0.5)).toBe(quantileOf(full, SPEC, 0, y, 0.5));
          expect(quantileOf(light, LIGHT, 1, y, 0.5)).toBeNaN();
          expect(meanOf(light, LIGHT, 1, y)).toBe(meanOf(full, SPEC, 1, y));
        }
      }),
    );
  });

  it('merge, reset and refuse mixing with a fully binned summary; a target needs a binning', () => {
    const list = [Float64Array.of(1, 2, 3, 4, 5, 6), Float64Array.of(20, 30, 40, 0.5, 0.6, 0.7)];
    const a = summarise(list, LIGHT);
    const b = summarise([], LIGHT);
    mergeSummary(b, a);
    expectIdentical(b, a);
    expect(resetSummary(b, LIGHT)).toBe(true);
    expectIdentical(b, createSummary(LIGHT));
    expect(resetSummary(summarise(list), LIGHT)).toBe(false);
    expect(() => mergeSummary(summarise(list), a)).toThrow(RangeError);
    expect(() => createSummary({ ...LIGHT, targets: [10, 1] })).toThrow(/target but no binning/);
  });
});

describe('summary: batches added column by column', () => {
  it('addPaths gives exactly the summary of addPath on each path, and counts the pairs of each batch, for any split', () => {
    fc.assert(
      fc.property(paths, fc.integer({ min: 1, max: 50 }), (list, batch) => {
        const s = summariseInBatches(list, batch);
        // addPath adds single paths: the same totals, no pairs
        expectIdentical({ ...s, ...pairCountsOf([], 1) }, summarise(list));
        expectIdentical(s, { ...summarise(list), ...pairCountsOf(list, batch) });
      }),
    );
  });

  it('refuses a count the buffer cannot hold', () => {
    const s = createSummary(SPEC);
    expect(() => addPaths(s, SPEC, new Float64Array(2 * PATH_LEN - 1), 2)).toThrow(RangeError);
  });
});

describe('summary: signed zeros', () => {
  it('min and max of +0 and -0 do not depend on the order of adding or merging', () => {
    const a = Float64Array.of(0, 0, 0, 1, 1, 1);
    const b = Float64Array.of(-0, -0, -0, 1, 1, 1);
    expectIdentical(summarise([a, b]), summarise([b, a]));
    const ab = summarise([]);
    mergeSummary(ab, summarise([a]));
    mergeSummary(ab, summarise([b]));
    const ba = summarise([]);
    mergeSummary(ba, summarise([b]));
    mergeSummary(ba, summarise([a]));
    expectIdentical(ab, ba);
    expectIdentical(ab, summarise([a, b]));
  });
});

describe('summary: mean', () => {
  it('equals the exact mean to 1e-6 relative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (xs) => {
          const spec: SummarySpec = {
            ...SPEC,
            nYears: 1,
            binnings: [BINNINGS[0]],
            targets: [NaN],
            targetYear: 0,
          };
          const s = summarise(
            xs.map((x) => Float64Array.of(x)),
            spec,
          );
          // exact reference: sum in fixed point with BigInt at a finer scale
          let exact = 0n;
          for (const x of xs) exact += BigInt(Math.round(x * 2 ** 30));
          const ref = Number(exact) / 2 ** 30 / xs.length;
          expect(Math.abs(meanOf(s, spec, 0, 0) - ref)).toBeLessThanOrEqual(
            1e-6 * Math.max(1, Math.abs(ref)),
          );
        },
      ),
    );
  });
});

describe('summary: quantiles', () => {
  it('are monotone in p and within [min, max]', () => {
    fc.assert(
      fc.property(
        fc.array(path, { minLength: 1, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 20 }),
        (list, ps) => {
          const s = summarise(list);
          const sorted = [...ps].sort((a, b) => a - b);
          for (let ind = 0; ind < 2; ind++) {
            for (let year = 0; year < SPEC.nYears; year++) {
              const k = ind * SPEC.nYears + year;
              if (s.n[k] === 0) continue;
              let prev = -Infinity;
              for (const p of sorted) {
                const q = quantileOf(s, SPEC, ind, year, p);
                expect(q).toBeGreaterThanOrEqual(prev);
                expect(q).toBeGreaterThanOrEqual(s.min[k]);
                expect(q).toBeLessThanOrEqual(s.max[k]);
                prev = q;
              }
              expect(quantileOf(s, SPEC, ind, year, 0)).toBe(s.min[k]);
              expect(quantileOf(s, SPEC, ind, year, 1)).toBe(s.max[k]);
            }
          }
        },
      ),
    );
  });

  const N = 100_000;
  const rng = new Rng(chunkState('quantile-test', 0));
  const samples: [string, Binning, Float64Array][] = [
    [
      'normal',
      { scale: 'linear', lo: -4, hi: 4, bins: 64 },
      Float64Array.from({ length: N }, () => rng.normal()),
    ],
    [
      'lognormal',
      { scale: 'log', lo: Math.exp(-4), hi: Math.exp(4), bins: 64 },
      Float64Array.from({ length: N }, () => Math.exp(rng.normal())),
    ],
    [
      'uniform',
      { scale: 'linear', lo: 0, hi: 1, bins: 50 },
      Float64Array.from({ length: N }, () => rng.uniform()),
    ],
    // range narrower than the data: the outer bins hold clamped values and use the observed min/max
    [
      'normal, clamped',
      { scale: 'linear', lo: -1, hi: 1, bins: 20 },
      Float64Array.from({ length: N }, () => rng.normal()),
    ],
  ];

  it.each(samples)(
    '%s sample of 1e5: error vs exact (R-7) quantile is at most one bin width',
    (_, binning, xs) => {
      const spec: SummarySpec = {
        nYears: 1,
        bins: binning.bins,
        binnings: [binning],
        targets: [NaN],
        targetYear: 0,
      };
      const s = summarise(
        Array.from(xs, (x) => Float64Array.of(x)),
        spec,
      );
      let mn = Infinity;
      let mx = -Infinity;
      for (const x of xs) {
        mn = Math.min(mn, x);
        mx = Math.max(mx, x);
      }
      for (const p of [0.05, 0.25, 0.5, 0.75, 0.95]) {
        const exact = quantile(xs, p)!;
        const est = quantileOf(s, spec, 0, 0, p);
        const i = binIndex(binning, exact);
        const lower = i === 0 ? mn : binLower(binning, i);
        const upper = i === binning.bins - 1 ? mx : binUpper(binning, i);
        expect(Math.abs(est - exact), `p = ${p}`).toBeLessThanOrEqual(upper - lower);
        // in practice within-bin interpolation does far better than the bound (observed < 0.03 bin widths)
        if (i > 0 && i < binning.bins - 1) {
          expect(Math.abs(est - exact), `p = ${p}`).toBeLessThanOrEqual(0.1 * (upper - lower));
        }
      }
    },
  );

  it('interpolates linearly within bins, using min and max as outer edges (hand-made example)', () => {
    const binning: Binning = { scale: 'linear', lo: 0, hi: 10, bins: 10 };
    const spec: SummarySpec = { nYears: 1, bins: 10, binnings: [binning], targets: [NaN], targetYear: 0 };
    // one value in the middle of each bin: 0.5, 1.5, ..., 9.5
    const s = summarise(
      Array.from({ length: 10 }, (_, i) => Float64Array.of(i + 0.5)),
      spec,
    );
    expect(quantileOf(s, spec, 0, 0, 0.25)).toBe(2.5); // rank 2.5: half-way through bin 2
    expect(quantileOf(s, spec, 0, 0, 0.5)).toBe(5); // rank 5: top of bin 4
    expect(quantileOf(s, spec, 0, 0, 0.05)).toBe(0.75); // rank 0.5: half-way through bin 0 = [min 0.5, 1]
    expect(quantileOf(s, spec, 0, 0, 0.99)).toBeCloseTo(9.45, 12); // rank 9.9: bin 9 = [9, max 9.5]
  });

  it('interpolates in ln x on a log axis (hand-made example)', () => {
    const binning: Binning = { scale: 'log', lo: 1, hi: 10_000, bins: 4 };
    const spec: SummarySpec = { nYears: 1, bins: 4, binnings: [binning], targets: [NaN], targetYear: 0 };
    const s = summarise(
      [0.5, 5, 50, 500, 5000, 20_000].map((x) => Float64Array.of(x)),
      spec,
    );
    // decade bins hold [0.5, 5 | 50 | 500 | 5000, 20000]; rank 0.5 * 6 = 3 ends bin 1, at 100
    expect(quantileOf(s, spec, 0, 0, 0.5)).toBeCloseTo(100, 10);
    // rank 2.5: half-way through bin 1 = [10, 100] in ln x, i.e. sqrt(1000)
    expect(quantileOf(s, spec, 0, 0, 2.5 / 6)).toBeCloseTo(Math.sqrt(1000), 10);
    // rank 1: half-way through bin 0 = [min 0.5, 10] in ln x
    expect(quantileOf(s, spec, 0, 0, 1 / 6)).toBeCloseTo(Math.sqrt(5), 10);
  });
});

describe('summary: target probabilities', () => {
  // One indicator, two years, target 5 (linear); a second indicator with no target.
  const spec: SummarySpec = {
    nYears: 2,
    bins: 4,
    binnings: [
      { scale: 'linear', lo: 0, hi: 10, bins: 4 },
      { scale: 'linear', lo: 0, hi: 10, bins: 4 },
    ],
    targets: [5, NaN],
    targetYear: 1,
  };

  it('pMeet = meet / n with se = sqrt(p(1-p)/n), NaNs excluded from n', () => {
    const s = summarise(
      [
        [1, 5, 0, 0], // year 1: 5 >= 5 meets
        [2, 4.9, 0, 0],
        [6, 7, 0, 0],
        [7, NaN, 0, 0],
        [NaN, 3, 0, 0],
      ].map((xs) => Float64Array.from(xs)),
      spec,
    );
    // year 0: values 1, 2, 6, 7 -> 2 of 4 meet
    expect(pMeetOf(s, 0, 0)).toEqual({ p: 0.5, se: Math.sqrt(0.25 / 4) });
    // year 1: values 5, 4.9, 7, 3 -> 2 of 4
    expect(pMeetOf(s, 0, 1).p).toBe(0.5);
    // no target -> never met
    expect(pMeetOf(s, 1, 0)).toEqual({ p: 0, se: 0 });
    // all targets at year 1: paths 1 and 3 (NaN at the target year does not meet)
    expect(s.allMeet).toBe(2);
    expect(pAllOf(s)).toEqual({ p: 0.4, se: Math.sqrt((0.4 * 0.6) / 5) });
    expect(pAllOf(createSummary(spec))).toEqual({ p: NaN, se: NaN });
  });

  it('allMeet counts only paths meeting every target at the target year', () => {
    const two: SummarySpec = { ...spec, targets: [5, 2] };
    const s = summarise(
      [
        [0, 5, 0, 2], // meets both at year 1
        [9, 4, 9, 9], // first misses at year 1
        [0, 6, 9, 1], // second misses at year 1
        [0, 9, 0, 9], // meets both
        [0, 9, 0, NaN], // second undefined: not met
      ].map((xs) => Float64Array.from(xs)),
      two,
    );
    expect(s.allMeet).toBe(2);
    expect(pAllOf(s).p).toBe(0.4);
    // with no targets at all, every path meets "all" of them
    expect(summarise([Float64Array.of(0, 0, 0, 0)], { ...spec, targets: [NaN, NaN] }).allMeet).toBe(1);
  });

  it('with antithetic pairs, the standard error is the spread of the clusters (pairs and single paths)', () => {
    fc.assert(
      fc.property(paths, fc.integer({ min: 1, max: 9 }), (list, batch) => {
        const s = summariseInBatches(list, batch);
        for (let ind = 0; ind < 2; ind++) {
          for (let year = 0; year < SPEC.nYears; year++) {
            const k = ind * SPEC.nYears + year;
            const t = SPEC.targets[ind];
            // the clusters directly: a pair with both values valid, else each valid value on its own
            const clusters: [number, number][] = [];
            for (let i = 0; i < list.length; i += batch) {
              const part = list.slice(i, i + batch).map((p) => p[k]);
              for (let j = 0; j < part.length; j += 2) {
                const pair = part.slice(j, j + 2);
                if (pair.length === 2 && pair.every((x) => !Number.isNaN(x)))
                  clusters.push([pair.filter((x) => x >= t).length, 2]);
                else for (const x of pair) if (!Number.isNaN(x)) clusters.push([x >= t ? 1 : 0, 1]);
              }
            }
            const n = clusters.reduce((a, [, m]) => a + m, 0);
            const { p, se } = pMeetOf(s, ind, year);
            if (n === 0) {
              expect(p).toBeNaN();
              continue;
            }
            const hits = clusters.reduce((a, [h]) => a + h, 0);
            expect(p).toBe(hits / n);
            const ss = clusters.reduce((a, [h, m]) => a + (h - p * m) ** 2, 0);
            expect(se).toBeCloseTo(Math.sqrt(ss) / n, 12);
          }
        }
      }),
    );
  });

  it('pairs only: the variance of the pair means over the number of pairs; no pairs: the binomial error', () => {
    // four pairs: both meet, one meets, one meets, none → pair means 1, ½, ½, 0
    const pathsOf = (xs: number[]) => xs.map((x) => Float64Array.of(x, x, x, 0));
    const s = summariseInBatches(pathsOf([9, 9, 9, 0, 0, 9, 0, 0]), 8, spec);
    const means = [1, 0.5, 0.5, 0];
    const m = 0.5;
    const varOfMeans = means.reduce((a, x) => a + (x - m) ** 2, 0) / means.length;
    expect(pMeetOf(s, 0, 1)).toEqual({ p: 0.5, se: Math.sqrt(varOfMeans / 4) });
    expect(s.pairs).toBe(4);
    // all-targets: the second indicator has none, so the same four pairs
    expect(pAllOf(s)).toEqual(pMeetOf(s, 0, 1));
    // perfectly anti-correlated pairs (one meets, the other not): no error at all
    const anti = summariseInBatches(pathsOf([9, 0, 0, 9, 9, 0]), 6, spec);
    expect(pMeetOf(anti, 0, 1)).toEqual({ p: 0.5, se: 0 });
    // single paths (batches of one): exactly the binomial formula
    const single = summariseInBatches(pathsOf([9, 9, 9, 0, 0]), 1, spec);
    expect(pMeetOf(single, 0, 1)).toEqual({ p: 0.6, se: Math.sqrt((0.6 * 0.4) / 5) });
  });

  it('pMeet agrees with a direct count on random data', () => {
    fc.assert(
      fc.property(paths, (list) => {
        const s = summarise(list);
        for (let ind = 0; ind < 2; ind++) {
          for (let year = 0; year < SPEC.nYears; year++) {
            const k = ind * SPEC.nYears + year;
            const valid = list.map((p) => p[k]).filter((x) => !Number.isNaN(x));
            const hits = valid.filter((x) => x >= SPEC.targets[ind]).length;
            const { p, se } = pMeetOf(s, ind, year);
            if (valid.length === 0) {
              expect(p).toBeNaN();
            } else {
              expect(p).toBe(hits / valid.length);
              expect(se).toBe(Math.sqrt((p * (1 - p)) / valid.length));
            }
          }
        }
        const all = list.filter((p) => p[2] >= 10 && p[5] >= 1).length;
        expect(s.allMeet).toBe(all);
      }),
    );
  });
});
