/**
 * Per-cluster figures of a run, for the standard error of a difference between variants run on common random
 * numbers (the insight tools, issue 22 item 4). The runs come in antithetic pairs (src/engine/chunks.ts): paths 2j
 * and 2j + 1 of a chunk are cluster j of that chunk, an unpaired last path a cluster of its own. Clusters are
 * independent of each other; within one, the two paths are not, and two variants' path r sees the same random
 * numbers, so neither the binomial formula nor SE_a² + SE_b² is right for a difference. What is right is the spread
 * over clusters of the per-cluster difference, which needs each variant's figures cluster by cluster: a block per
 * chunk, `[cluster * years + y]`, of the valid values' sum, their count and the values meeting the target.
 *
 * An estimate p = Σ_c y_c / Σ_c m_c (y the hits or the sum of the values of cluster c, m its valid values) has the
 * linearised residuals r_c = (y_c − p m_c) / n, and se² = Σ_c r_c² (Cochran, Sampling Techniques, 1977, §6.9; for
 * a proportion this is exactly `proportion` in ./summary.ts). A linear combination of estimates over the same
 * clusters (a difference, a Shapley value) has the same combination of residuals, and its se² is again Σ_c r_c².
 */

export interface ClusterBlock {
  /** the chunk's index in the run (src/engine/chunks.ts) */
  chunk: number;
  /** clusters in the block: ⌈runs / 2⌉ */
  clusters: number;
  /** years kept per cluster */
  years: number;
  /** sum of the valid values */
  sum: Float64Array;
  /** valid values (0–2) */
  valid: Uint8Array;
  /** values meeting the target (0–2) */
  meet: Uint8Array;
}

export function createClusterBlock(chunk: number, runs: number, years: number): ClusterBlock {
  const clusters = Math.ceil(runs / 2);
  return {
    chunk,
    clusters,
    years,
    sum: new Float64Array(clusters * years),
    valid: new Uint8Array(clusters * years),
    meet: new Uint8Array(clusters * years),
  };
}

/**
 * Adds path r of the block's chunk: its values `path[at + y]` for the block's years (NaN: not valid), each meeting
 * the target when it lies in [lo, hi] (NaN bounds: none does).
 */
export function addToCluster(
  b: ClusterBlock,
  r: number,
  path: Float64Array,
  at: number,
  lo: number,
  hi: number,
): void {
  const base = (r >> 1) * b.years;
  for (let y = 0; y < b.years; y++) {
    const x = path[at + y];
    if (x !== x) continue;
    b.sum[base + y] += x;
    b.valid[base + y]++;
    if (x >= lo && x <= hi) b.meet[base + y]++;
  }
}

export function cloneClusterBlock(b: ClusterBlock): ClusterBlock {
  return { ...b, sum: b.sum.slice(), valid: b.valid.slice(), meet: b.meet.slice() };
}

/** The blocks in chunk order (merging may have gathered them in any order). */
export function sortedBlocks(blocks: readonly ClusterBlock[]): ClusterBlock[] {
  return [...blocks].sort((a, b) => a.chunk - b.chunk);
}

export interface Residuals {
  /** the estimate Σ y / Σ m (NaN with no valid value) */
  estimate: number;
  /** r_c = (y_c − estimate · m_c) / n, one per cluster in chunk order */
  r: Float64Array;
}

/**
 * The linearised residuals of a proportion meeting the target (`of: 'meet'`) or of a mean (`of: 'sum'`) in year
 * `y` of the blocks (zero residuals where nothing is valid).
 */
export function residualsOf(blocks: readonly ClusterBlock[], y: number, of: 'meet' | 'sum'): Residuals {
  const sorted = sortedBlocks(blocks);
  const total = sorted.reduce((a, b) => a + b.clusters, 0);
  let ySum = 0;
  let n = 0;
  for (const b of sorted) {
    const num = of === 'meet' ? b.meet : b.sum;
    for (let c = 0; c < b.clusters; c++) {
      ySum += num[c * b.years + y];
      n += b.valid[c * b.years + y];
    }
  }
  const estimate = n > 0 ? ySum / n : NaN;
  const r = new Float64Array(total);
  if (n === 0) return { estimate, r };
  let at = 0;
  for (const b of sorted) {
    const num = of === 'meet' ? b.meet : b.sum;
    for (let c = 0; c < b.clusters; c++, at++) {
      const k = c * b.years + y;
      r[at] = (num[k] - estimate * b.valid[k]) / n;
    }
  }
  return { estimate, r };
}

/** sqrt(Σ r²): the standard error of the estimate whose residuals these are. */
export function seOfResiduals(r: ArrayLike<number>): number {
  let ss = 0;
  for (let i = 0; i < r.length; i++) ss += r[i] * r[i];
  return Math.sqrt(ss);
}

/**
 * The standard error of a − b for two estimates over the same clusters (common random numbers): sqrt(Σ (r_a − r_b)²).
 * Throws if they are not over the same clusters.
 */
export function seOfDifference(a: Residuals, b: Residuals): number {
  if (a.r.length !== b.r.length)
    throw new RangeError(`clusters: ${a.r.length} clusters against ${b.r.length}`);
  let ss = 0;
  for (let i = 0; i < a.r.length; i++) ss += (a.r[i] - b.r[i]) ** 2;
  return Math.sqrt(ss);
}
