import { binOffset, binScale, type Binning } from './binning.ts';

/**
 * The bin of a value on a log-scale axis without `Math.log`, for the summary's hot loop (issue 13: the ten
 * log-binned series spent about half of the summary's time in `Math.log`).
 *
 * `edges[b]` (b = 1 .. bins − 1) is the smallest double x whose `binIndex` is at least b, found once by stepping
 * ulp by ulp from exp(ln lo + b / scale); `edges[0]` is −∞ and `edges[bins]` +∞. The bin of x is then the b with
 * edges[b] ≤ x < edges[b + 1], the same bin `binIndex` gives (a property test checks it on random values and on every
 * edge and the double below it).
 *
 * Finding b fast: x · 2^shift is truncated to an integer i ≥ 2^MANTISSA_BITS (for x ≥ lo); its octave
 * (31 − clz32(i)) and the next MANTISSA_BITS bits after the leading one index `start`, which holds the bin of the
 * smallest value of that cell. That is never above x's bin, and a cell is narrower than a bin for the axes the
 * summary uses, so the walk up the edges takes one step at most, rarely. Values below the first edge or from the
 * last edge on are decided by comparison.
 */
export interface LogBinner {
  bins: number;
  /** bins + 1 edges, edges[0] = −∞, edges[bins] = +∞ */
  edges: Float64Array;
  /** x · scale is truncated to the table's integer */
  scale: number;
  /** octave of the smallest integer the table covers */
  octave0: number;
  /** first bin of each cell, [(octave − octave0) << MANTISSA_BITS | mantissa bits] */
  start: Int32Array;
}

export const MANTISSA_BITS = 10;
const M = 1 << MANTISSA_BITS;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // [low word, high word] on the little-endian machines browsers run on
/** the neighbouring double towards +∞ (dir 1) or −∞ (dir −1), for positive finite x */
function step(x: number, dir: 1 | -1): number {
  f64[0] = x;
  const lo = u32[0] + dir;
  u32[0] = lo >>> 0;
  if (lo > 0xffffffff) u32[1]++;
  else if (lo < 0) u32[1]--;
  return f64[0];
}

const cache = new Map<string, LogBinner | null>();

/**
 * The binner of a log-scale binning, or null when the axis does not suit the integer table (a linear axis, or
 * hi / lo beyond 2^(31 − MANTISSA_BITS − 1)); the caller then bins with `Math.log` as `binIndex` does.
 * Built once per (lo, hi, bins) and shared.
 */
export function logBinner(b: Binning): LogBinner | null {
  if (b.scale !== 'log') return null;
  const key = `${b.lo}|${b.hi}|${b.bins}`;
  if (cache.has(key)) return cache.get(key)!;
  const made = build(b);
  cache.set(key, made);
  return made;
}

function build(b: Binning): LogBinner | null {
  // lo · scale ≥ 2^MANTISSA_BITS, so every cell from lo on has its full mantissa bits; hi · scale < 2^31
  const shift = Math.ceil(MANTISSA_BITS - Math.log2(b.lo));
  const scale = 2 ** shift;
  if (!(b.hi * scale < 2 ** 31)) return null;
  const off = binOffset(b);
  const scl = binScale(b);
  const binOf = (x: number) => Math.floor((Math.log(x) - off) * scl);
  const edges = new Float64Array(b.bins + 1);
  edges[0] = -Infinity;
  edges[b.bins] = Infinity;
  for (let k = 1; k < b.bins; k++) {
    let x = Math.exp(off + k / scl);
    while (binOf(x) < k) x = step(x, 1);
    for (let below = step(x, -1); binOf(below) >= k; below = step(x, -1)) x = below;
    edges[k] = x;
  }
  const octave0 = 31 - Math.clz32(Math.trunc(b.lo * scale));
  const octaves = 31 - Math.clz32(Math.trunc(b.hi * scale)) - octave0 + 1;
  // start[c] = the number of edges (from edges[1]) at or below the cell's smallest value: edge k raises every cell
  // from the first one whose smallest value is at least edges[k]
  const start = new Int32Array(octaves * M);
  const cellOf = (x: number) => {
    const i = Math.trunc(x * scale);
    const o = 31 - Math.clz32(i);
    return ((o - octave0) << MANTISSA_BITS) | ((i >>> (o - MANTISSA_BITS)) & (M - 1));
  };
  const lowest = (c: number) => {
    const o = octave0 + (c >>> MANTISSA_BITS);
    return ((M + (c & (M - 1))) * 2 ** (o - MANTISSA_BITS)) / scale;
  };
  // edges[k] ≥ edges[1] > lo and edges[bins − 1] < hi, so every edge falls inside the table
  let prevFrom = 0;
  for (let k = 1; k < b.bins; k++) {
    const c = cellOf(edges[k]);
    const from = Math.min(start.length, lowest(c) >= edges[k] ? c : c + 1);
    start.fill(k - 1, prevFrom, from);
    prevFrom = from;
  }
  start.fill(b.bins - 1, prevFrom);
  return { bins: b.bins, edges, scale, octave0, start };
}

/** The bin of x by the table: equal to `binIndex(b, x)` (0 for NaN). */
export function logBin(lb: LogBinner, x: number): number {
  const edges = lb.edges;
  if (!(x >= edges[1])) return 0; // below the first edge, or NaN
  const last = lb.bins - 1;
  if (x >= edges[last]) return last;
  const i = Math.trunc(x * lb.scale);
  const oct = 31 - Math.clz32(i);
  let bin = lb.start[((oct - lb.octave0) << MANTISSA_BITS) | ((i >>> (oct - MANTISSA_BITS)) & (M - 1))];
  while (x >= edges[bin + 1]) bin++;
  return bin;
}
