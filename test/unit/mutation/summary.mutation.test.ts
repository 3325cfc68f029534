/**
 * Tests that notice a wrong line in the streaming summary (src/stats/summary.ts), written against the mutants StrykerJS
 * left alive beside test/unit/stats/summary.test.ts: each refusal of a bad spec, path, batch, reset or merge (alone,
 * with its words), targets met at most, a series without a binning before a binned one, batches larger than the
 * scratch buffer, merged pair counts, the histogram's place, the transferable buffers, and quantile edge cases.
 *
 * Measured on this file's tests but the last three edits (Stryker 9.6): 79.1 % before (549 killed, 16 timeouts, 119
 * survived, 30 without coverage), 94.96 % after (664 killed, 14 timeouts, 36 survived). Of those 36, five were then
 * aimed at (a histogram row given twice, pairs met at most at and above the target, allPairBoth merged) and the
 * 31 below remain. Survivors that are equivalent (no test can tell them apart), by line of summary.ts:
 * - 258 `if (binning !== null)` → always (addPath): a series without a binning would be counted at
 *   `(k − base − nYears) · bins` < 0, an index a typed array ignores.
 * - 260, 321 `!(bin >= 0)` → `!(bin > 0)`: a bin of 0 is set to 0.
 * - 289 `t !== t` → false (meetBoundsOf): with no target the lower bound is NaN already, so nothing meets whatever
 *   the upper one is.
 * - 287 `if (!b)` → always (meetBoundsOf), 299 `if (!b)` → always (binnersOf): the cache recomputes the same values.
 * - 299 `logBinner(x)` → null, 372 `isLog` → false / `binning.scale === ''`, 378 `if (lb !== null)` → never: a log
 *   axis binned by formula gets the very bins its table gives (./log-binner.ts is built and tested to be so), and
 *   every log axis has a table, so `isLog` is read only for linear ones.
 * - 318, 336 `at < end` → `at <= end`: one more value is binned into a scratch slot nothing reads.
 * - 362 `binScratch.length < count` → always / `<=`: the scratch is reallocated more often (a speed setting).
 * - 413 `let previous = false` → true: it is set before it is first read (r = 0 is never the second of a pair).
 * - 425 `r < 2 * nPairs` → true / `<=`: an odd r below count is always below 2 · nPairs.
 * - 503 `ind < into.nInd` → `<=`, 513 `i < counts.length` → `<=`, 514 `k < into.n.length` → `<=`: the extra
 *   index is past the arrays' ends (Object.is(undefined, undefined); writes past a typed array's end are ignored).
 * - 536 `if (count === 0) return NaN` → never (meanOf): 0 / 0 is NaN.
 * - 566 `bin < bins - 1` → `<=` / `bin < bins + 1`: a rank below the count is reached by the last bin at the latest.
 * - 574 `lower > mx` → `>=`, 575 `upper < lower` → never / `<=`, 584 `q < lower` → `<=`, `q > upper` → `>=`: an
 *   equal value is set to itself, and an upper edge below the lower one is undone by the final clamp to it.
 * - 576 `c > 0 ? … : 1` → always / `c >= 0`: the bin found holds values unless it is the last one reached with a
 *   rank above the count below it, where (rank − below) / 0 = +∞ is clamped to 1 as well.
 * - 608 `if (n === 0) return NaN…` → never (proportion): with no values there are no pairs, and 0 / 0 is NaN.
 */
import { describe, expect, it } from 'vitest';
import type { Binning } from '../../../src/stats/binning.ts';
import {
  addPath,
  addPaths,
  cloneSummary,
  createSummary,
  histogramAt,
  mergeSummary,
  pAllOf,
  pMeetOf,
  quantileOf,
  resetSummary,
  summaryBuffers,
  type Summary,
  type SummarySpec,
} from '../../../src/stats/summary.ts';

const LIN: Binning = { scale: 'linear', lo: 0, hi: 10, bins: 10 };
const LOG: Binning = { scale: 'log', lo: 1, hi: 1e4, bins: 10 };
/** two indicators (linear, log), three years, ten bins; targets at least 5 and 100 in the last year */
const SPEC: SummarySpec = { nYears: 3, bins: 10, binnings: [LIN, LOG], targets: [5, 100], targetYear: 2 };
const LEN = 6;

const P = (...xs: number[]) => Float64Array.from(xs);
function single(list: Float64Array[], spec: SummarySpec = SPEC): Summary {
  const s = createSummary(spec);
  for (const p of list) addPath(s, spec, p);
  return s;
}
function batch(list: Float64Array[], spec: SummarySpec = SPEC): Summary {
  const len = spec.binnings.length * spec.nYears;
  const s = createSummary(spec);
  const buf = new Float64Array(list.length * len);
  list.forEach((p, r) => buf.set(p, r * len));
  addPaths(s, spec, buf, list.length);
  return s;
}
/** every field as plain numbers, for toEqual */
const plain = (s: Summary) =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'number' ? v : Array.from(v)]));

describe('createSummary refuses a bad spec, each fault alone, in words', () => {
  it('nYears not a positive integer, a target count that is not one per binning, a target year outside', () => {
    for (const nYears of [0, -1, 1.5])
      expect(() => createSummary({ ...SPEC, nYears, targetYear: 0 })).toThrow(
        'summary: nYears must be a positive integer',
      );
    expect(() => createSummary({ ...SPEC, targets: [5] })).toThrow('summary: need one target per binning');
    for (const targetYear of [-1, 3, 1.5])
      expect(() => createSummary({ ...SPEC, targetYear })).toThrow(
        `summary: targetYear ${targetYear} outside 0..2`,
      );
    expect(() => createSummary({ ...SPEC, binnings: [LIN, { ...LOG, bins: 8 }] })).toThrow(
      'summary: binning 1 has 8 bins, spec says 10',
    );
    expect(createSummary({ ...SPEC, nYears: 1, targetYear: 0 }).nYears).toBe(1);
  });
});

describe('histograms: where each starts, and a series kept without one', () => {
  const GAP: SummarySpec = { ...SPEC, binnings: [LIN, null, LOG], targets: [5, NaN, 100] };
  it('histogramAt: the binned series in order, −1 for one without a histogram', () => {
    const s = createSummary(GAP);
    expect([0, 1, 2].map((y) => histogramAt(s, 0, y))).toEqual([0, 10, 20]);
    expect(histogramAt(s, 1, 0)).toBe(-1);
    expect([0, 1, 2].map((y) => histogramAt(s, 2, y))).toEqual([30, 40, 50]);
    expect(s.counts.length).toBe(60);
  });

  it('a series without a binning before a binned one: addPath and addPaths agree, each value counted once', () => {
    const FIRST: SummarySpec = { ...SPEC, binnings: [null, LIN], targets: [NaN, 5] };
    const list = [P(1, 2, 3, 4.5, 5.5, 6.5), P(7, 8, 9, 0.5, 9.5, 20), P(0, 0, 0, 1, 1, 1)];
    const a = single(list, FIRST);
    const b = batch(list, FIRST);
    expect(Array.from(b.n)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(Array.from(a.n)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(Array.from(b.counts)).toEqual(Array.from(a.counts));
    // the binned series' year 0 holds 4.5, 0.5 and 1 in bins 4, 0 and 1
    expect(Array.from(a.counts.subarray(0, 10))).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(quantileOf(a, FIRST, 1, 2, 1)).toBe(20);
  });
});

describe('targets met at most', () => {
  const AT_MOST: SummarySpec = { ...SPEC, targets: [5, 100], atMost: [true, false] };
  // year 2 of the first series: 4 meets, 5 meets (at the target), 6 does not; the second series meets at >= 100
  const list = [P(0, 0, 4, 1, 1, 200), P(0, 0, 5, 1, 1, 100), P(0, 0, 6, 1, 1, 500), P(9, 9, 5, 1, 1, 99)];
  for (const [how, make] of [
    ['one path at a time', single],
    ['in a batch (pairs)', batch],
  ] as const) {
    it(`a value at or below the target meets it, above it does not (${how})`, () => {
      const s = make(list, AT_MOST);
      expect(s.meet[2]).toBe(3); // 4, 5, 5
      expect(s.meet[0]).toBe(3); // year 0: 0, 0 and 0 are at or below 5, 9 is not
      expect(s.meet[5]).toBe(3);
      expect(s.allMeet).toBe(2); // paths 1 and 2
      expect(pAllOf(s).p).toBe(0.5);
    });
  }

  it('in a batch, the pairs count what meets at most', () => {
    const s = batch(list, AT_MOST);
    // pairs (path 1, path 2) and (path 3, path 4); year 2 of the first series: (4, 5) both meet, (6, 5) one
    expect([s.pairN[2], s.pairMeet[2], s.pairBoth[2]]).toEqual([2, 3, 1]);
    // a pair where only the second meets: (6, 5)
    const onlySecond = batch([list[2], list[1]], AT_MOST);
    expect([onlySecond.pairMeet[2], onlySecond.pairBoth[2]]).toEqual([1, 0]);
    // all targets: path 1 and 2 meet both, 3 and 4 neither
    expect([s.pairs, s.allPairMeet, s.allPairBoth]).toEqual([2, 2, 1]);
  });

  it('in a batch, a pair at the target, above it, or one of each, counts as met at most', () => {
    const at = (x: number) => P(0, 0, x, 1, 1, 100);
    // pairs (5, 6), (6, 6), (4, 6) in year 2 of the first series: one, none, one meet
    const s = batch([at(5), at(6), at(6), at(6), at(4), at(6)], AT_MOST);
    expect([s.pairN[2], s.pairMeet[2], s.pairBoth[2]]).toEqual([3, 2, 0]);
  });

  it('at most on a series with no target changes nothing: nothing meets it, and every path may meet all', () => {
    const none: SummarySpec = { ...SPEC, targets: [NaN, NaN], atMost: [true, true] };
    for (const make of [single, batch]) {
      const s = make(list, none);
      expect(Array.from(s.meet)).toEqual([0, 0, 0, 0, 0, 0]);
      expect(s.allMeet).toBe(4);
    }
  });

  it('at least: a value exactly at the target at the target year meets all (a batch, as addPath)', () => {
    const exact = [P(0, 0, 5, 1, 1, 100)];
    expect(batch(exact).allMeet).toBe(1);
    expect(single(exact).allMeet).toBe(1);
  });
});

describe('batches', () => {
  it('a batch larger than the scratch of bins gives the counts of adding each path', () => {
    const list = Array.from({ length: 150 }, (_, i) =>
      P(i % 11, i / 15, (i * 7) % 13, 1 + i, 2 ** (i % 14), 50),
    );
    const a = single(list);
    const b = batch(list);
    expect(Array.from(b.counts)).toEqual(Array.from(a.counts));
    expect(Array.from(b.meet)).toEqual(Array.from(a.meet));
  });

  it('a series with a histogram and no target counts no pairs', () => {
    const s = batch([P(1, 2, 3, 4, 5, 6), P(6, 5, 4, 3, 2, 1)], { ...SPEC, targets: [5, NaN] });
    expect(Array.from(s.pairN)).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('a count of 0 adds nothing; an exact buffer is enough; a negative count or too short a buffer is refused', () => {
    const s = createSummary(SPEC);
    addPaths(s, SPEC, new Float64Array(0), 0);
    expect(plain(s)).toEqual(plain(createSummary(SPEC)));
    addPaths(s, SPEC, new Float64Array(2 * LEN).fill(3), 2);
    expect(s.runs).toBe(2);
    expect(() => addPaths(s, SPEC, new Float64Array(LEN), -1)).toThrow(RangeError);
    expect(() => addPaths(s, SPEC, new Float64Array(2 * LEN - 1), 2)).toThrow(
      'summary: 2 paths need 12 values, got 11',
    );
    expect(s.runs).toBe(2);
  });

  it('addPath refuses a path of the wrong length, in words', () => {
    expect(() => addPath(createSummary(SPEC), SPEC, new Float64Array(5))).toThrow(
      'summary: path length 5, expected 6',
    );
  });
});

describe('resetSummary refuses a summary that does not fit the spec, each misfit alone', () => {
  const used = () => single([P(1, 2, 3, 4, 5, 6)]);
  const misfits: [string, (s: Summary) => Summary][] = [
    ['its count of series', (s) => ({ ...s, nInd: 3 })],
    ['its count of years', (s) => ({ ...s, nYears: 4 })],
    ['its count of bins', (s) => ({ ...s, bins: 9 })],
    ['a count array of the wrong length', (s) => ({ ...s, n: new Float64Array(5) })],
    ['a plain array for a typed one', (s) => ({ ...s, min: Array.from(s.min) as unknown as Float64Array })],
    ['bin offsets of the wrong type', (s) => ({ ...s, binOffset: Array.from(s.binOffset) as never })],
    ['bin offsets of the wrong length', (s) => ({ ...s, binOffset: Float64Array.of(...s.binOffset, 0) })],
    ['bin scales of the wrong type', (s) => ({ ...s, binScale: Array.from(s.binScale) as never })],
    ['bin scales of the wrong length', (s) => ({ ...s, binScale: Float64Array.of(...s.binScale, 0) })],
    [
      'another scale alone (the same lower edge)',
      (s) => ({ ...s, binScale: Float64Array.of(s.binScale[0], 1) }),
    ],
    ['histogram rows of the wrong type', (s) => ({ ...s, histRow: Array.from(s.histRow) as never })],
    ['a histogram row given twice', (s) => ({ ...s, histRow: Int32Array.of(0, 0) })],
  ];
  it.each(misfits)('%s', (_what, misfit) => {
    const s = misfit(used());
    const before = plain(s);
    expect(resetSummary(s, SPEC)).toBe(false);
    expect(plain(s)).toEqual(before);
  });

  it('a summary that fits is emptied', () => {
    const s = used();
    expect(resetSummary(s, SPEC)).toBe(true);
    expect(plain(s)).toEqual(plain(createSummary(SPEC)));
  });
});

describe('merging', () => {
  it('refuses summaries of different shapes or binnings, each alone, in words', () => {
    const s = createSummary(SPEC);
    expect(() => mergeSummary(s, createSummary({ ...SPEC, nYears: 4 }))).toThrow(
      'summary: cannot merge summaries of different shapes',
    );
    const three: SummarySpec = { ...SPEC, binnings: [LIN, LOG, LIN], targets: [5, 100, NaN] };
    expect(() => mergeSummary(s, createSummary(three))).toThrow('different shapes');
    expect(() => mergeSummary(s, { ...createSummary(SPEC), bins: 9 })).toThrow('different shapes');
    expect(() => mergeSummary(s, createSummary({ ...SPEC, binnings: [LIN, { ...LOG, hi: 1e5 }] }))).toThrow(
      'summary: cannot merge, indicator 1 is binned differently',
    );
    expect(plain(s)).toEqual(plain(createSummary(SPEC)));
  });

  it('merging batched summaries adds their pair counts', () => {
    const a = [P(1, 6, 6, 1, 200, 200), P(9, 2, 7, 5, 50, 150)];
    const b = [P(6, 6, 6, 9, 500, 120), P(6, 6, 5, 9, 100, 100), P(0, 0, 0, 1, 1, 1)];
    const merged = batch(a);
    mergeSummary(merged, batch(b));
    expect(merged.pairs).toBe(2);
    expect(Array.from(merged.pairN)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(Array.from(merged.pairMeet)).toEqual([3, 3, 4, 0, 3, 4]);
    expect(Array.from(merged.pairBoth)).toEqual([1, 1, 2, 0, 1, 2]);
    expect([merged.allPairMeet, merged.allPairBoth]).toEqual([4, 2]);
    // series 0, year 2: pairs (6, 7) and (6, 5) and the single 0: 4 of 5 meet, clusters 2, 2 and 0
    const p = 4 / 5;
    const ss = 2 * (2 - 2 * p) ** 2 + (0 - p) ** 2;
    expect(pMeetOf(merged, 0, 2).p).toBe(p);
    expect(pMeetOf(merged, 0, 2).se).toBeCloseTo(Math.sqrt(ss) / 5, 12);
  });
});

describe('copies and transfers', () => {
  it('cloneSummary copies every field and shares no array', () => {
    const s = batch([P(1, 2, 3, 4, 5, 6), P(6, 5, 4, 3, 2, 1), P(1, 1, 1, 1, 1, 1)]);
    const c = cloneSummary(s);
    expect(plain(c)).toEqual(plain(s));
    for (const [k, v] of Object.entries(c))
      if (typeof v !== 'number') expect(v, k).not.toBe(s[k as keyof Summary]);
  });

  it('summaryBuffers lists every array buffer once: a transfer moves the whole summary', () => {
    const s = batch([P(1, 2, 3, 4, 5, 6), P(6, 5, 4, 3, 2, 1)]);
    const before = plain(s);
    const buffers = summaryBuffers(s);
    expect(buffers).toHaveLength(13);
    expect(new Set(buffers).size).toBe(13);
    const moved = structuredClone(s, { transfer: buffers });
    expect(plain(moved)).toEqual(before);
    for (const [k, v] of Object.entries(s)) if (typeof v !== 'number') expect(v.length, k).toBe(0); // detached
  });
});

describe('quantiles at the edges', () => {
  const ONE: SummarySpec = { nYears: 1, bins: 10, binnings: [LIN], targets: [NaN], targetYear: 0 };
  it('no values: NaN at every p, 0 and 1 included', () => {
    const s = createSummary(ONE);
    for (const p of [0, 0.5, 1]) expect(quantileOf(s, ONE, 0, 0, p)).toBeNaN();
  });

  it('p NaN is NaN, also when the last bin is empty', () => {
    const s = single([P(0.5), P(2.5)], ONE);
    expect(quantileOf(s, ONE, 0, 0, NaN)).toBeNaN();
  });

  it('a rank that ends a bin is the top of that bin, not the bottom of the next one holding values', () => {
    const s = single([P(0.5), P(0.5), P(9.5), P(9.5)], ONE);
    expect(quantileOf(s, ONE, 0, 0, 0.5)).toBe(1);
  });

  it('the last bin reaches up to the largest value, clamped values above the axis included', () => {
    const s = single([P(9.5), P(20)], ONE);
    // rank 1.5 in the last bin [9.5, max 20]
    expect(quantileOf(s, ONE, 0, 0, 0.75)).toBe(9.5 + 0.75 * 10.5);
  });
});
