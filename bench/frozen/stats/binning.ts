/**
 * A histogram axis: `bins` equal-width bins between `lo` and `hi`, equally spaced in x (`'linear'`) or in
 * ln x (`'log'`, which requires lo > 0). Values outside [lo, hi] are clamped into the first or last bin.
 */
export interface Binning {
  scale: 'linear' | 'log';
  lo: number;
  hi: number;
  bins: number;
}

/** Throws if the binning is unusable (non-integer or non-positive bins, lo >= hi, log scale with lo <= 0). */
export function checkBinning(b: Binning): void {
  if (!Number.isInteger(b.bins) || b.bins < 1)
    throw new RangeError(`binning: bins must be a positive integer`);
  if (!(Number.isFinite(b.lo) && Number.isFinite(b.hi) && b.lo < b.hi)) {
    throw new RangeError(`binning: need finite lo < hi, got [${b.lo}, ${b.hi}]`);
  }
  if (b.scale === 'log' && !(b.lo > 0)) throw new RangeError(`binning: log scale needs lo > 0, got ${b.lo}`);
}

/**
 * Offset subtracted from the (possibly log-transformed) value before scaling: lo or ln lo.
 * Shared with the inlined binning in summary.ts so both give the same bin, bit for bit.
 */
export function binOffset(b: Binning): number {
  return b.scale === 'log' ? Math.log(b.lo) : b.lo;
}

/** Bins per unit of x (linear) or of ln x (log). */
export function binScale(b: Binning): number {
  return b.scale === 'log' ? b.bins / (Math.log(b.hi) - Math.log(b.lo)) : b.bins / (b.hi - b.lo);
}

/**
 * Bin of `x`: floor((t(x) - t(lo)) * bins / (t(hi) - t(lo))) with t = identity or ln, clamped to 0..bins-1.
 * Below lo → 0, above hi → bins-1; on the log scale x <= 0 → 0; NaN → 0.
 * Values within rounding error of an interior edge may land in either neighbouring bin.
 */
export function binIndex(b: Binning, x: number): number {
  const t = b.scale === 'log' ? Math.log(x) : x;
  const i = Math.floor((t - binOffset(b)) * binScale(b));
  if (!(i >= 0)) return 0;
  return i >= b.bins ? b.bins - 1 : i;
}

/** Lower edge of bin i (lo for i <= 0, hi for i >= bins). Non-decreasing in i. */
export function binLower(b: Binning, i: number): number {
  if (i <= 0) return b.lo;
  if (i >= b.bins) return b.hi;
  if (b.scale === 'log') {
    const lnLo = Math.log(b.lo);
    return Math.exp(lnLo + (i * (Math.log(b.hi) - lnLo)) / b.bins);
  }
  return b.lo + (i * (b.hi - b.lo)) / b.bins;
}

/** Upper edge of bin i, identical to the lower edge of bin i + 1 (hi for the last bin). */
export function binUpper(b: Binning, i: number): number {
  return binLower(b, i + 1);
}
