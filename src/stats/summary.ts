import { binLower, binOffset, binScale, binUpper, checkBinning, type Binning } from './binning.ts';
import { logBin, logBinner, type LogBinner } from './log-binner.ts';
import { cloneClusterBlock, type ClusterBlock } from './clusters.ts';

/**
 * What a `Summary` records. A simulated path is a Float64Array of length nInd * nYears laid out
 * `[ind * nYears + year]`, where nInd = binnings.length; NaN marks an undefined value and is skipped.
 * Treat a spec as immutable once a summary has been created from it.
 */
export interface SummarySpec {
  nYears: number;
  /** Bins per indicator-year histogram; every binning must have this many bins. */
  bins: number;
  /**
   * One histogram axis per indicator, or null for a series kept without a histogram (its mean, min and max only:
   * what nothing reads the quantiles of need not pay for binning, issue 22 item 7).
   */
  binnings: (Binning | null)[];
  /** One target per indicator, met when x >= target (x <= target where `atMost` says so); NaN = no target. */
  targets: number[];
  /** Per indicator: the target is met at or below it (absent: every target is met at or above it). */
  atMost?: boolean[];
  /** Year index at which "all targets met" is counted. */
  targetYear: number;
}

/**
 * Mergeable streaming summary of many paths: plain object of numbers and typed arrays, so it survives
 * structured clone / postMessage. Per indicator-year k = ind * nYears + year it keeps a histogram
 * (`counts[(histRow[ind] * nYears + year) * bins + bin]`, for indicators with a binning), the valid count, exact
 * fixed-point sums, min, max and the number of values meeting the target.
 *
 * Sums are exact, hence independent of the order of adding and merging (results do not depend on how runs
 * are split across workers): each valid x is split into hi = floor(x), added to `sumHi`, and
 * lo = round((x - hi) * 2^20) in 0..2^20, added to `sumLo`. Both sums are integers below 2^53 — exact in
 * doubles — for |x| <= 1e6 and up to 1e9 paths (`counts` is Uint32, so also below 2^32 values per bin).
 * The mean (sumHi + sumLo / 2^20) / n is off from the true mean by at most 2^-21 (quantisation of x).
 *
 * `nInd`, `nYears`, `bins`, `binOffset`, `binScale` and `histRow` are fixed shape data derived from the spec
 * (per-indicator binning constants, so `addPath` need not recompute logarithms, NaN without a binning; and where
 * each indicator's histograms start).
 */
export interface Summary {
  nInd: number;
  nYears: number;
  bins: number;
  binOffset: Float64Array;
  binScale: Float64Array;
  /** per indicator, its row among the indicators with a histogram (in order), or −1 for none */
  histRow: Int32Array;
  /** Paths added. */
  runs: number;
  /** histograms: rows × nYears × bins counts, `[(histRow[ind] * nYears + year) * bins + bin]`. */
  counts: Uint32Array;
  /** Valid (non-NaN) values per indicator-year. */
  n: Float64Array;
  /** Sum of floor(x). */
  sumHi: Float64Array;
  /** Sum of round((x - floor(x)) * 2^20). */
  sumLo: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /** Valid values with x >= target. */
  meet: Float64Array;
  /** Paths meeting every target (of indicators with a non-NaN target) at `targetYear`. */
  allMeet: number;
  /**
   * Antithetic pairs (src/engine/chunks.ts), for the standard errors of the probabilities: per indicator-year with a
   * target, the pairs with both values valid, the values meeting the target among them, and the pairs where both
   * meet it; the same for all targets (`pairs` whole pairs added, their paths meeting all, and the pairs where both
   * do). Paths added singly (`addPath`, an unpaired last path) count only in the totals above.
   */
  pairN: Float64Array;
  pairMeet: Float64Array;
  pairBoth: Float64Array;
  pairs: number;
  allPairMeet: number;
  allPairBoth: number;
  /**
   * Per-cluster figures, one block per chunk, kept only by a focused run that asks for them (src/engine/focus.ts):
   * what the standard error of a difference between variants needs (./clusters.ts). Merged by gathering the blocks.
   */
  clusters?: ClusterBlock[];
}

/** Scale of the fractional part in the fixed-point sums. */
export const FIXED_POINT_SCALE = 2 ** 20;

/**
 * Estimated probability with its Monte Carlo standard error for the sampling design: antithetic pairs and single
 * paths (`proportion`); sqrt(p(1-p)/n), the binomial one, when every path is single.
 */
export interface Probability {
  p: number;
  se: number;
}

/** Empty summary for `spec` (min = +Infinity, max = -Infinity). Validates the spec. */
export function createSummary(spec: SummarySpec): Summary {
  const nInd = spec.binnings.length;
  const { nYears, bins } = spec;
  if (!Number.isInteger(nYears) || nYears < 1)
    throw new RangeError('summary: nYears must be a positive integer');
  if (spec.targets.length !== nInd) throw new RangeError('summary: need one target per binning');
  if (!Number.isInteger(spec.targetYear) || spec.targetYear < 0 || spec.targetYear >= nYears) {
    throw new RangeError(`summary: targetYear ${spec.targetYear} outside 0..${nYears - 1}`);
  }
  const binOff = new Float64Array(nInd);
  const binScl = new Float64Array(nInd);
  for (let ind = 0; ind < nInd; ind++) {
    const b = spec.binnings[ind];
    if (b === null) {
      if (spec.targets[ind] === spec.targets[ind])
        throw new RangeError(`summary: series ${ind} has a target but no binning`);
      binOff[ind] = NaN;
      binScl[ind] = NaN;
      continue;
    }
    checkBinning(b);
    if (b.bins !== bins)
      throw new RangeError(`summary: binning ${ind} has ${b.bins} bins, spec says ${bins}`);
    binOff[ind] = binOffset(b);
    binScl[ind] = binScale(b);
  }
  const histRow = histRowsOf(binOff);
  const rows = histRow.reduce((a, r) => (r >= 0 ? a + 1 : a), 0);
  const cells = nInd * nYears;
  const s: Summary = {
    nInd,
    nYears,
    bins,
    binOffset: binOff,
    binScale: binScl,
    histRow,
    runs: 0,
    counts: new Uint32Array(rows * nYears * bins),
    n: new Float64Array(cells),
    sumHi: new Float64Array(cells),
    sumLo: new Float64Array(cells),
    min: new Float64Array(cells),
    max: new Float64Array(cells),
    meet: new Float64Array(cells),
    allMeet: 0,
    pairN: new Float64Array(cells),
    pairMeet: new Float64Array(cells),
    pairBoth: new Float64Array(cells),
    pairs: 0,
    allPairMeet: 0,
    allPairBoth: 0,
  };
  // fresh typed arrays are zero already (the counts alone are 704 KB for the 2021–2025 plan): only the extremes need
  // setting
  s.min.fill(Infinity);
  s.max.fill(-Infinity);
  return s;
}

/**
 * Each indicator's histogram row from its binning offsets (NaN: no histogram): the binned indicators in order. The
 * one rule for the counts' layout, used by createSummary and by whoever rebuilds a summary (src/engine/partial.ts).
 */
export function histRowsOf(binOffset: Float64Array): Int32Array {
  let row = 0;
  return Int32Array.from(binOffset, (off) => (off === off ? row++ : -1));
}

/** Where the histogram of one indicator-year starts in `s.counts`, or −1 if the indicator keeps none. */
export function histogramAt(s: Summary, ind: number, year: number): number {
  const row = s.histRow[ind];
  return row < 0 ? -1 : (row * s.nYears + year) * s.bins;
}

/** Sets `s` to the empty summary (createSummary and resetSummary): no runs, zero counts and sums, min +∞, max −∞. */
function clearSummary(s: Summary): void {
  s.runs = 0;
  s.allMeet = 0;
  s.counts.fill(0);
  s.n.fill(0);
  s.sumHi.fill(0);
  s.sumLo.fill(0);
  s.min.fill(Infinity);
  s.max.fill(-Infinity);
  s.meet.fill(0);
  s.pairN.fill(0);
  s.pairMeet.fill(0);
  s.pairBoth.fill(0);
  s.pairs = 0;
  s.allPairMeet = 0;
  s.allPairBoth = 0;
}

/** The typed arrays' buffers of `s`: what a worker transfers instead of copying. */
export function summaryBuffers(s: Summary): ArrayBuffer[] {
  return [
    s.counts,
    s.n,
    s.sumHi,
    s.sumLo,
    s.min,
    s.max,
    s.meet,
    s.pairN,
    s.pairMeet,
    s.pairBoth,
    s.binOffset,
    s.binScale,
    s.histRow,
  ].map((a) => a.buffer as ArrayBuffer);
}

/**
 * Empties `s` so that it is exactly what `createSummary(spec)` makes, reusing its memory (a worker fills a summary
 * the main thread has merged and handed back, instead of allocating 1.3 MB a batch). Returns false, leaving `s`
 * untouched, if `s` does not have `spec`'s shape and binning.
 */
export function resetSummary(s: Summary, spec: SummarySpec): boolean {
  const nInd = spec.binnings.length;
  const cells = nInd * spec.nYears;
  if (s.nInd !== nInd || s.nYears !== spec.nYears || s.bins !== spec.bins) return false;
  const arrays = [s.n, s.sumHi, s.sumLo, s.min, s.max, s.meet, s.pairN, s.pairMeet, s.pairBoth];
  if (arrays.some((a) => !(a instanceof Float64Array) || a.length !== cells)) return false;
  if (!(s.binOffset instanceof Float64Array) || s.binOffset.length !== nInd) return false;
  if (!(s.binScale instanceof Float64Array) || s.binScale.length !== nInd) return false;
  for (let ind = 0; ind < nInd; ind++) {
    const b = spec.binnings[ind];
    const [off, scl] = b === null ? [NaN, NaN] : [binOffset(b), binScale(b)];
    if (!Object.is(s.binOffset[ind], off) || !Object.is(s.binScale[ind], scl)) return false;
  }
  const rows = spec.binnings.filter((b) => b !== null).length;
  if (!(s.counts instanceof Uint32Array) || s.counts.length !== rows * spec.nYears * spec.bins) return false;
  const histRow = histRowsOf(s.binOffset);
  if (!(s.histRow instanceof Int32Array) || s.histRow.some((r, i) => r !== histRow[i])) return false;
  clearSummary(s);
  delete s.clusters;
  return true;
}

/**
 * Add one path, as a single (unpaired) path. Plain loops, no allocation. The bin is computed exactly as `binIndex` does, with the
 * per-indicator constants precomputed in the summary. NaN values are skipped; a path counts towards
 * `allMeet` when, for every indicator with a target, its value at `targetYear` is >= the target (a NaN
 * value there does not meet it; with no targets at all every path counts).
 */
export function addPath(s: Summary, spec: SummarySpec, path: Float64Array): void {
  const nYears = s.nYears;
  const bins = s.bins;
  const nInd = s.nInd;
  if (path.length !== nInd * nYears) {
    throw new RangeError(`summary: path length ${path.length}, expected ${nInd * nYears}`);
  }
  const { counts, n, sumHi, sumLo, min, max, meet, binOffset: offs, binScale: scls, histRow } = s;
  const binnings = spec.binnings;
  const targetYear = spec.targetYear;
  const { lo: meetLo, hi: meetHi } = meetBoundsOf(spec);
  let all = true;
  for (let ind = 0; ind < nInd; ind++) {
    const binning = binnings[ind];
    const isLog = binning !== null && binning.scale === 'log';
    const off = offs[ind];
    const scl = scls[ind];
    const mLo = meetLo[ind];
    const mHi = meetHi[ind];
    const base = ind * nYears;
    const hist = (histRow[ind] * nYears - base) * bins; // histogram of k at hist + k · bins
    for (let k = base; k < base + nYears; k++) {
      const x = path[k];
      if (x !== x) continue;
      if (binning !== null) {
        let bin = Math.floor(((isLog ? Math.log(x) : x) - off) * scl);
        if (!(bin >= 0)) bin = 0;
        else if (bin >= bins) bin = bins - 1;
        counts[hist + k * bins + bin]++;
      }
      n[k]++;
      const hi = Math.floor(x);
      sumHi[k] += hi;
      // floor(v + 0.5) is Math.round for v >= 0, and (x - hi) * 2^20 + 0.5 < 2^31, so | 0 floors it
      sumLo[k] += ((x - hi) * FIXED_POINT_SCALE + 0.5) | 0;
      min[k] = Math.min(min[k], x); // Math.min, not <: -0 and +0 then merge in any order
      max[k] = Math.max(max[k], x);
      if (x >= mLo && x <= mHi) meet[k]++;
    }
    const atTarget = path[base + targetYear];
    if (mLo === mLo && !(atTarget >= mLo && atTarget <= mHi)) all = false;
  }
  if (all) s.allMeet++;
  s.runs++;
}

const specBounds = new WeakMap<SummarySpec, { lo: Float64Array; hi: Float64Array }>();
/**
 * Each indicator's target as the interval a value must lie in to meet it: [target, +∞] at least, [−∞, target] at
 * most, NaN bounds where there is no target (NaN compares false, so nothing meets it). Looked up once per spec.
 */
function meetBoundsOf(spec: SummarySpec): { lo: Float64Array; hi: Float64Array } {
  let b = specBounds.get(spec);
  if (!b) {
    const lo = Float64Array.from(spec.targets, (t, i) => (spec.atMost?.[i] && t === t ? -Infinity : t));
    const hi = Float64Array.from(spec.targets, (t, i) => (t !== t ? NaN : spec.atMost?.[i] ? t : Infinity));
    specBounds.set(spec, (b = { lo, hi }));
  }
  return b;
}

const specBinners = new WeakMap<SummarySpec, (LogBinner | null)[]>();
/** each axis's log binner (null for a linear axis or none), looked up once per spec */
function binnersOf(spec: SummarySpec): (LogBinner | null)[] {
  let b = specBinners.get(spec);
  if (!b) specBinners.set(spec, (b = spec.binnings.map((x) => (x === null ? null : logBinner(x)))));
  return b;
}

/** bins of one column, reused between calls (a speed setting only) */
let binScratch = new Int32Array(64);

/** The bins of column `k` of the batch (value at k, k + len, …) by `binIndex`'s formula; NaN values get any bin. */
function binsByFormula(
  isLog: boolean,
  off: number,
  scl: number,
  bins: number,
  paths: Float64Array,
  k: number,
  end: number,
  len: number,
  out: Int32Array,
): void {
  for (let at = k, r = 0; at < end; at += len, r++) {
    const x = paths[at];
    let bin = Math.floor(((isLog ? Math.log(x) : x) - off) * scl);
    if (!(bin >= 0)) bin = 0;
    else if (bin >= bins) bin = bins - 1;
    out[r] = bin;
  }
}

/** The same bins by a log axis's table (./log-binner.ts); NaN values get any bin. */
function binsByTable(
  lb: LogBinner,
  paths: Float64Array,
  k: number,
  end: number,
  len: number,
  out: Int32Array,
): void {
  for (let at = k, r = 0; at < end; at += len, r++) out[r] = logBin(lb, paths[at]);
}

/**
 * Add `count` paths stored back to back in `paths` (path r at offset r · nInd · nYears), with exactly the result of
 * `addPath` on each in turn, and paths (0, 1), (2, 3), … counted as antithetic pairs (with an odd count the last
 * path is single; src/engine/chunks.ts hands batches so). The work goes column by column: for one indicator-year
 * it runs over all the paths, so that cell's 1000-bin histogram stays in the first-level cache and its n, sums,
 * min, max and meet stay in registers (issue 13: one path at a time touched the whole 1.3 MB of histograms for
 * every path).
 */
export function addPaths(s: Summary, spec: SummarySpec, paths: Float64Array, count: number): void {
  const nYears = s.nYears;
  const bins = s.bins;
  const nInd = s.nInd;
  const len = nInd * nYears;
  if (!(count >= 0 && count * len <= paths.length)) {
    throw new RangeError(`summary: ${count} paths need ${count * len} values, got ${paths.length}`);
  }
  const { counts, meet, pairN, pairMeet, pairBoth } = s;
  const { binOffset: offs, binScale: scls, histRow } = s;
  const binnings = spec.binnings;
  const targetYear = spec.targetYear;
  const { lo: meetLo, hi: meetHi } = meetBoundsOf(spec);
  const end = count * len;
  const nPairs = count >> 1;
  if (binScratch.length < count) binScratch = new Int32Array(count);
  const binOfPath = binScratch;
  const binners = binnersOf(spec);
  for (let ind = 0; ind < nInd; ind++) {
    const binning = binnings[ind];
    if (binning === null) {
      // no histogram, and no target to meet (createSummary refuses one): the columns' counts, sums, min and max
      for (let k = ind * nYears; k < (ind + 1) * nYears; k++) addColumn(s, k, paths, end, len);
      continue;
    }
    const isLog = binning.scale === 'log';
    // a log axis bins by its table (./log-binner.ts): the same bin as Math.log gives, at a fraction of the cost
    const lb = binners[ind];
    const mLo = meetLo[ind];
    const mHi = meetHi[ind];
    for (let k = ind * nYears; k < (ind + 1) * nYears; k++) {
      if (lb !== null) binsByTable(lb, paths, k, end, len, binOfPath);
      else binsByFormula(isLog, offs[ind], scls[ind], bins, paths, k, end, len, binOfPath);
      const cell = (histRow[ind] * nYears + k - ind * nYears) * bins;
      addColumn(s, k, paths, end, len);
      let cMeet = 0;
      for (let at = k, r = 0; at < end; at += len, r++) {
        const x = paths[at];
        if (x !== x) continue;
        counts[cell + binOfPath[r]]++;
        if (x >= mLo && x <= mHi) cMeet++;
      }
      meet[k] += cMeet;
      // the pairs (a series without a target meets nothing: nothing to count)
      if (mLo !== mLo) continue;
      let pn = 0;
      let pm = 0;
      let pb = 0;
      for (let j = 0, at = k; j < nPairs; j++, at += 2 * len) {
        const a = paths[at];
        const b = paths[at + len];
        if (a !== a || b !== b) continue;
        pn++;
        if (a >= mLo && a <= mHi) {
          pm++;
          if (b >= mLo && b <= mHi) {
            pm++;
            pb++;
          }
        } else if (b >= mLo && b <= mHi) pm++;
      }
      pairN[k] += pn;
      pairMeet[k] += pm;
      pairBoth[k] += pb;
    }
  }
  let previous = false;
  for (let r = 0; r < count; r++) {
    let all = true;
    for (let ind = 0; ind < nInd; ind++) {
      const mLo = meetLo[ind];
      const x = paths[r * len + ind * nYears + targetYear];
      if (mLo === mLo && !(x >= mLo && x <= meetHi[ind])) {
        all = false;
        break;
      }
    }
    if (all) s.allMeet++;
    if (r & 1 && r < 2 * nPairs) {
      s.allPairMeet += (previous ? 1 : 0) + (all ? 1 : 0);
      if (previous && all) s.allPairBoth++;
    }
    previous = all;
  }
  s.runs += count;
  s.pairs += nPairs;
}

/**
 * One column of `addPaths` (indicator-year k, the batch's values at k, k + len, …): its valid count, exact sums, min
 * and max, kept in registers over the column and added once.
 */
function addColumn(s: Summary, k: number, paths: Float64Array, end: number, len: number): void {
  let cn = 0;
  let cHi = 0;
  let cLo = 0;
  let cMin = s.min[k];
  let cMax = s.max[k];
  for (let at = k; at < end; at += len) {
    const x = paths[at];
    if (x !== x) continue;
    cn++;
    const hi = Math.floor(x);
    cHi += hi;
    // floor(v + 0.5) is Math.round for v >= 0, and (x - hi) * 2^20 + 0.5 < 2^31, so | 0 floors it
    cLo += ((x - hi) * FIXED_POINT_SCALE + 0.5) | 0;
    cMin = Math.min(cMin, x); // Math.min, not <: -0 and +0 then merge in any order
    cMax = Math.max(cMax, x);
  }
  // integers below 2^53 (see Summary): adding the batch's sums first gives the same totals
  s.n[k] += cn;
  s.sumHi[k] += cHi;
  s.sumLo[k] += cLo;
  s.min[k] = cMin;
  s.max[k] = cMax;
}

/**
 * A copy of `s` that shares nothing with it: the typed arrays are copied with `slice` (a memory copy), several
 * times faster than `structuredClone` of the same 1.3 MB summary, which the pool made for every progress event.
 */
export function cloneSummary(s: Summary): Summary {
  return {
    nInd: s.nInd,
    nYears: s.nYears,
    bins: s.bins,
    binOffset: s.binOffset.slice(),
    binScale: s.binScale.slice(),
    histRow: s.histRow.slice(),
    runs: s.runs,
    counts: s.counts.slice(),
    n: s.n.slice(),
    sumHi: s.sumHi.slice(),
    sumLo: s.sumLo.slice(),
    min: s.min.slice(),
    max: s.max.slice(),
    meet: s.meet.slice(),
    allMeet: s.allMeet,
    pairN: s.pairN.slice(),
    pairMeet: s.pairMeet.slice(),
    pairBoth: s.pairBoth.slice(),
    pairs: s.pairs,
    allPairMeet: s.allPairMeet,
    allPairBoth: s.allPairBoth,
    ...(s.clusters ? { clusters: s.clusters.map(cloneClusterBlock) } : {}),
  };
}

/**
 * Add `from` into `into`: counts, n, sums, meet, allMeet, the pair counts and runs are summed; min/max combined. All exact,
 * so any split of runs into summaries, merged in any order, gives the identical result.
 * Throws if the two summaries were made from different specs (shape or binning differ).
 */
export function mergeSummary(into: Summary, from: Summary): void {
  if (into.nInd !== from.nInd || into.nYears !== from.nYears || into.bins !== from.bins) {
    throw new RangeError('summary: cannot merge summaries of different shapes');
  }
  for (let ind = 0; ind < into.nInd; ind++) {
    if (
      !Object.is(into.binOffset[ind], from.binOffset[ind]) ||
      !Object.is(into.binScale[ind], from.binScale[ind])
    ) {
      throw new RangeError(`summary: cannot merge, indicator ${ind} is binned differently`);
    }
  }
  const counts = into.counts;
  const fromCounts = from.counts;
  for (let i = 0; i < counts.length; i++) counts[i] += fromCounts[i];
  for (let k = 0; k < into.n.length; k++) {
    into.n[k] += from.n[k];
    into.sumHi[k] += from.sumHi[k];
    into.sumLo[k] += from.sumLo[k];
    into.meet[k] += from.meet[k];
    into.pairN[k] += from.pairN[k];
    into.pairMeet[k] += from.pairMeet[k];
    into.pairBoth[k] += from.pairBoth[k];
    into.min[k] = Math.min(into.min[k], from.min[k]);
    into.max[k] = Math.max(into.max[k], from.max[k]);
  }
  into.allMeet += from.allMeet;
  into.pairs += from.pairs;
  into.allPairMeet += from.allPairMeet;
  into.allPairBoth += from.allPairBoth;
  into.runs += from.runs;
  // copies: `from` may go back to a worker to be filled again
  if (from.clusters) (into.clusters ??= []).push(...from.clusters.map(cloneClusterBlock));
}

/** Mean of the valid values of one indicator-year, (sumHi + sumLo / 2^20) / n; NaN if none. */
export function meanOf(s: Summary, spec: SummarySpec, ind: number, year: number): number {
  const k = ind * spec.nYears + year;
  const count = s.n[k];
  if (count === 0) return NaN;
  return (s.sumHi[k] + s.sumLo[k] / FIXED_POINT_SCALE) / count;
}

/**
 * Quantile p of one indicator-year, read from its histogram (NaN for an indicator kept without one).
 *
 * Target rank r = p * n (continuous). Find the first bin whose cumulative count reaches r and interpolate
 * linearly within it by the fraction (r - count below the bin) / (count in the bin): in x on a linear axis,
 * in ln x on a log axis (linearly if the lower edge is <= 0, which only happens when the log axis's first
 * bin holds clamped non-positive values). The first bin's lower edge is replaced by the observed min and
 * the last bin's upper edge by the observed max (they hold the clamped out-of-range values), and all edges
 * are clamped to [min, max]; p <= 0 gives min, p >= 1 gives max. The result is non-decreasing in p and
 * lies in [min, max]; its error is at most about one bin width. NaN if there are no valid values.
 */
export function quantileOf(s: Summary, spec: SummarySpec, ind: number, year: number, p: number): number {
  const k = ind * spec.nYears + year;
  const count = s.n[k];
  if (count === 0 || p !== p) return NaN;
  const b = spec.binnings[ind];
  if (b === null) return NaN;
  const mn = s.min[k];
  const mx = s.max[k];
  if (p <= 0) return mn;
  if (p >= 1) return mx;
  const bins = s.bins;
  const base = histogramAt(s, ind, year);
  const rank = p * count;
  let below = 0;
  let bin = 0;
  for (; bin < bins - 1; bin++) {
    const c = s.counts[base + bin];
    if (below + c >= rank) break;
    below += c;
  }
  const c = s.counts[base + bin];
  let lower = bin === 0 ? mn : Math.max(binLower(b, bin), mn);
  let upper = bin === bins - 1 ? mx : Math.min(binUpper(b, bin), mx);
  if (lower > mx) lower = mx;
  if (upper < lower) upper = lower;
  const frac = c > 0 ? Math.min(1, Math.max(0, (rank - below) / c)) : 1;
  let q: number;
  if (b.scale === 'log' && lower > 0) {
    const lnLower = Math.log(lower);
    q = Math.exp(lnLower + frac * (Math.log(upper) - lnLower));
  } else {
    q = lower + frac * (upper - lower);
  }
  return q < lower ? lower : q > upper ? upper : q;
}

/** Share of valid values of one indicator-year meeting its target, with its standard error (`proportion`). */
export function pMeetOf(s: Summary, ind: number, year: number): Probability {
  const k = ind * s.nYears + year;
  return proportion(s.meet[k], s.n[k], s.pairN[k], s.pairMeet[k], s.pairBoth[k]);
}

/** Share of paths meeting all targets at the target year, with its standard error (`proportion`). */
export function pAllOf(s: Summary): Probability {
  return proportion(s.allMeet, s.runs, s.pairs, s.allPairMeet, s.allPairBoth);
}

/**
 * p = hits / n over n values, of which 2 · pairN come in antithetic pairs (pairHits hits among them, pairBoth pairs
 * with two) and the rest singly. The pairs are independent of each other and of the singles, but the two paths of
 * a pair are not, so the standard error comes from the spread of the clusters — pairs and singles — each with its
 * hits h_c out of n_c ∈ {1, 2} values: se² = Σ_c (h_c − p n_c)² / n², the usual variance of a ratio over
 * independent clusters (Cochran, Sampling Techniques, 1977, §6.9, without the finite-sample factor C / (C − 1)).
 * With no pairs it is exactly the binomial sqrt(p (1 − p) / n); with pairs only, the variance of the pair means
 * over the number of pairs. Both NaN if n = 0.
 */
export function proportion(hits: number, n: number, pairN = 0, pairHits = 0, pairBoth = 0): Probability {
  if (n === 0) return { p: NaN, se: NaN };
  const p = hits / n;
  if (pairN === 0) return { p, se: Math.sqrt((p * (1 - p)) / n) };
  // pairs: Σ (h − 2p)² with Σ h² = pairHits + 2 · pairBoth (h² = h + 2 when h = 2); singles: Σ (b − p)²
  const singles = n - 2 * pairN;
  const singleHits = hits - pairHits;
  const ss =
    pairHits +
    2 * pairBoth -
    4 * p * pairHits +
    4 * p * p * pairN +
    singleHits * (1 - 2 * p) +
    p * p * singles;
  return { p, se: Math.sqrt(Math.max(0, ss)) / n };
}
