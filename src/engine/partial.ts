/**
 * Shards and partial results. A run of R runs is cut into chunks (./chunks.ts); shard k of N takes a contiguous
 * range of those chunks, so the paths it simulates are exactly the ones the unsharded run would simulate for those
 * chunks. Its partial result is the raw mergeable summary (exact fixed-point sums and histograms), which merged with
 * the other shards' gives the unsharded summary bit for bit, and so the same result file byte for byte.
 *
 * The serialised form is JSON: typed arrays as arrays (histogram counts as sparse [index, count] pairs, most bins
 * are empty), non-finite numbers as the strings "Infinity", "-Infinity" and "NaN".
 */
import { histRowsOf, type Summary } from '../stats/summary.ts';
import { chunksOf, type Chunk } from './chunks.ts';

export interface Shard {
  /** 1-based shard number */
  k: number;
  n: number;
}

/** Parses "k/N" (plain decimal, 1 ≤ k ≤ N ≤ 10000); null if malformed. */
export function parseShard(raw: string): Shard | null {
  const m = /^([0-9]{1,5})\/([0-9]{1,5})$/.exec(raw);
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && n >= 1 && k <= n && n <= 10000 ? { k, n } : null;
}

/** The [first, end) range of items 0..count−1 that shard k of N takes: contiguous, in order, sizes differ by ≤ 1. */
export function shardRange(count: number, shard: Shard): { first: number; end: number } {
  return {
    first: Math.floor(((shard.k - 1) * count) / shard.n),
    end: Math.floor((shard.k * count) / shard.n),
  };
}

/** The chunks of a run of `runs` that a shard simulates (possibly none, when there are more shards than chunks). */
export function shardChunks(runs: number, shard: Shard): Chunk[] {
  const all = chunksOf(runs);
  const { first, end } = shardRange(all.length, shard);
  return all.slice(first, end);
}

type Jsonable = number | string;
const num = (x: number): Jsonable => (Number.isFinite(x) ? x : String(x));
const unnum = (x: unknown): number => {
  if (typeof x === 'number') return x;
  if (x === 'Infinity') return Infinity;
  if (x === '-Infinity') return -Infinity;
  if (x === 'NaN') return NaN;
  throw new Error(`not a number: ${JSON.stringify(x)}`);
};

export interface SerialSummary {
  nInd: number;
  nYears: number;
  bins: number;
  runs: number;
  allMeet: number;
  binOffset: Jsonable[];
  binScale: Jsonable[];
  n: Jsonable[];
  sumHi: Jsonable[];
  sumLo: Jsonable[];
  min: Jsonable[];
  max: Jsonable[];
  meet: Jsonable[];
  pairN: number[];
  pairMeet: number[];
  pairBoth: number[];
  pairs: number;
  allPairMeet: number;
  allPairBoth: number;
  /** nonzero histogram counts as [index, count, index, count, …] */
  counts: number[];
}

export function serialiseSummary(s: Summary): SerialSummary {
  const counts: number[] = [];
  for (let i = 0; i < s.counts.length; i++) if (s.counts[i] !== 0) counts.push(i, s.counts[i]);
  const arr = (a: Float64Array) => Array.from(a, num);
  return {
    nInd: s.nInd,
    nYears: s.nYears,
    bins: s.bins,
    runs: s.runs,
    allMeet: s.allMeet,
    binOffset: arr(s.binOffset),
    binScale: arr(s.binScale),
    n: arr(s.n),
    sumHi: arr(s.sumHi),
    sumLo: arr(s.sumLo),
    min: arr(s.min),
    max: arr(s.max),
    meet: arr(s.meet),
    pairN: Array.from(s.pairN),
    pairMeet: Array.from(s.pairMeet),
    pairBoth: Array.from(s.pairBoth),
    pairs: s.pairs,
    allPairMeet: s.allPairMeet,
    allPairBoth: s.allPairBoth,
    counts,
  };
}

/** Rebuilds a summary; throws a readable error if the shape does not add up. */
export function deserialiseSummary(x: SerialSummary): Summary {
  const cells = x.nInd * x.nYears;
  const f64 = (a: unknown, len: number, name: string) => {
    if (!Array.isArray(a) || a.length !== len) throw new Error(`summary.${name}: expected ${len} numbers`);
    return Float64Array.from(a, unnum);
  };
  const binOffset = f64(x.binOffset, x.nInd, 'binOffset');
  const histRow = histRowsOf(binOffset);
  const rows = histRow.reduce((a, r) => (r >= 0 ? a + 1 : a), 0);
  const counts = new Uint32Array(rows * x.nYears * x.bins);
  if (!Array.isArray(x.counts) || x.counts.length % 2 !== 0)
    throw new Error('summary.counts: expected pairs');
  for (let i = 0; i < x.counts.length; i += 2) {
    const at = x.counts[i];
    const c = x.counts[i + 1];
    if (!Number.isInteger(at) || at < 0 || at >= counts.length || !Number.isInteger(c) || c < 0)
      throw new Error(`summary.counts: bad pair at ${i}`);
    counts[at] = c;
  }
  return {
    nInd: x.nInd,
    nYears: x.nYears,
    bins: x.bins,
    runs: x.runs,
    allMeet: x.allMeet,
    binOffset,
    binScale: f64(x.binScale, x.nInd, 'binScale'),
    histRow,
    n: f64(x.n, cells, 'n'),
    sumHi: f64(x.sumHi, cells, 'sumHi'),
    sumLo: f64(x.sumLo, cells, 'sumLo'),
    min: f64(x.min, cells, 'min'),
    max: f64(x.max, cells, 'max'),
    meet: f64(x.meet, cells, 'meet'),
    pairN: f64(x.pairN, cells, 'pairN'),
    pairMeet: f64(x.pairMeet, cells, 'pairMeet'),
    pairBoth: f64(x.pairBoth, cells, 'pairBoth'),
    pairs: x.pairs,
    allPairMeet: x.allPairMeet,
    allPairBoth: x.allPairBoth,
    counts,
  };
}

/** The same for any plain object with non-finite numbers (the paired summary). */
export const serialiseNumbers = <T>(x: T): unknown =>
  JSON.parse(JSON.stringify(x, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
export const deserialiseNumbers = <T>(x: unknown): T =>
  JSON.parse(JSON.stringify(x), (_k, v) =>
    v === 'Infinity' || v === '-Infinity' || v === 'NaN' ? unnum(v) : v,
  ) as T;
