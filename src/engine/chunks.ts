/**
 * Runs are cut into chunks of a fixed size, each with its own seed derived from the user's seed and the chunk's
 * index. A chunk is the unit of work any runner (same thread, worker pool, Node threads) takes from its queue, so
 * the same (scenario, seed, runs) gives the same paths however many workers share them, and the exact
 * fixed-point summaries (src/stats/summary.ts) make the merged result identical bit for bit.
 */
import { prepare, simulatePath, type Prepared } from '../model/simulate.ts';
import type { ModelInputs } from '../model/inputs.ts';
import { chunkState, Rng } from '../stats/rng.ts';
import { addPaths, createSummary, type Summary, type SummarySpec } from '../stats/summary.ts';
import { addToCluster, createClusterBlock } from '../stats/clusters.ts';
import { INDICATOR_INDEX } from '../model/series.ts';
import { focusEndYear, runSpec, type Focus } from './focus.ts';

/** Runs per chunk. Changing it changes every number the tool gives for a seed: it is part of the model version. */
export const CHUNK_RUNS = 1000;

/**
 * Paths simulated before they are added to the summary, column by column (a speed setting only). Even, so that a
 * full batch holds whole antithetic pairs.
 */
export const BATCH_PATHS = 16;

export interface Chunk {
  index: number;
  runs: number;
}

export function chunksOf(runs: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i * CHUNK_RUNS < runs; i++)
    chunks.push({ index: i, runs: Math.min(CHUNK_RUNS, runs - i * CHUNK_RUNS) });
  return chunks;
}

/**
 * Simulates the chunks' paths, BATCH_PATHS at a time, into one buffer (path r of a batch at r · len) and hands each
 * batch to `onBatch`. `beforePath(rng, r)` is called just before path r of the batch is drawn: the paired run starts
 * its baseline path there from the same generator state (mirror mask included, so the baseline's path is the
 * scenario's path's twin in the same world).
 *
 * Sampling design: antithetic pairs (`Rng.beginPath`). Paths 2j and 2j + 1 of a chunk are a pair, and a batch
 * always holds whole pairs at even offsets — paths (0, 1), (2, 3), … — with at most one unpaired path, its last: a
 * chunk with an odd count of runs (only the last chunk of a run can have one) ends its batch early. This is what
 * `addPaths` (src/stats/summary.ts) assumes when it counts the pairs for the standard errors.
 */
export function simulateBatches(
  prepared: Prepared,
  seed: string | number,
  chunks: Chunk[],
  onBatch: (batch: Float64Array, count: number) => void,
  beforePath?: (rng: Rng, r: number) => void,
): void {
  const len = prepared.pathLength;
  const batch = new Float64Array(BATCH_PATHS * len);
  const views = Array.from({ length: BATCH_PATHS }, (_, r) => batch.subarray(r * len, (r + 1) * len));
  let filled = 0;
  for (const chunk of chunks) {
    const rng = new Rng(chunkState(seed, chunk.index));
    for (let r = 0; r < chunk.runs; r++) {
      rng.beginPath(r);
      beforePath?.(rng, filled);
      simulatePath(prepared, rng, views[filled]);
      if (++filled === BATCH_PATHS) {
        onBatch(batch, filled);
        filled = 0;
      }
    }
    // an unpaired last path closes its batch, so that the next chunk's pairs start at an even offset again
    if (filled % 2 === 1) {
      onBatch(batch, filled);
      filled = 0;
    }
  }
  if (filled > 0) onBatch(batch, filled);
}

/**
 * A look at a batch's summary before the batch ends, once: `report` gets the summary (live: copy what you keep) as
 * soon as at least `runs` paths are in it. The first partial picture of a run comes from it (src/engine/pool.ts); the
 * batch's own result is unchanged.
 */
export interface EarlyLook {
  runs: number;
  report: (s: Summary) => void;
}

/**
 * Simulates the given chunks and adds their paths to `into` (a fresh summary if none is given): every series, or only
 * what a focus keeps (./focus.ts: one indicator, paths ended at the target year where nothing later is asked).
 * `early` (whole paths only, not with a focus) reports the summary once on the way.
 */
export function runChunks(
  inputs: ModelInputs,
  seed: string | number,
  chunks: Chunk[],
  into?: Summary,
  focus?: Focus,
  early?: EarlyLook,
): Summary {
  const spec = runSpec(inputs.plan, inputs.startYear, focus);
  const summary = into ?? createSummary(spec);
  if (!focus) {
    let look = early;
    // paths are added column by column (addPaths): the same summary as one by one
    simulateBatches(prepare(inputs), seed, chunks, (batch, count) => {
      addPaths(summary, spec, batch, count);
      if (look && summary.runs >= look.runs) {
        look.report(summary);
        look = undefined;
      }
    });
    return summary;
  }
  const p = prepare(inputs, focusEndYear(inputs.plan, focus), { keepStream: true });
  const T = p.nYears;
  const len = p.pathLength;
  const at = INDICATOR_INDEX[focus.indicator] * T;
  // the indicator's row of each path, back to back: the one series the focused summary adds
  const rows = new Float64Array(BATCH_PATHS * T);
  const cluster = focus.clusters ? clusterRecorder(summary, spec, chunks, focus.keep, T) : null;
  simulateBatches(p, seed, chunks, (batch, count) => {
    for (let r = 0; r < count; r++) rows.set(batch.subarray(r * len + at, r * len + at + T), r * T);
    addPaths(summary, spec, rows, count);
    if (cluster) for (let r = 0; r < count; r++) cluster(rows, r * T);
  });
  return summary;
}

/**
 * Where a focused run with `clusters` records its paths cluster by cluster: one block per chunk, added to the
 * summary; the returned function takes the next path's row (paths come chunk by chunk, in order). `targetYear`
 * keeps the target year, `means` every year.
 */
function clusterRecorder(
  summary: Summary,
  spec: SummarySpec,
  chunks: Chunk[],
  keep: Focus['keep'],
  T: number,
): (rows: Float64Array, at: number) => void {
  const years = keep === 'targetYear' ? 1 : T;
  const first = keep === 'targetYear' ? spec.targetYear : 0;
  const blocks = chunks.map((c) => createClusterBlock(c.index, c.runs, years));
  (summary.clusters ??= []).push(...blocks);
  const t = spec.targets[0];
  const atMost = spec.atMost?.[0] ?? false;
  const lo = t !== t ? NaN : atMost ? -Infinity : t;
  const hi = t !== t ? NaN : atMost ? t : Infinity;
  let j = 0;
  let r = 0;
  return (rows, at) => {
    while (r >= chunks[j].runs) {
      j++;
      r = 0;
    }
    addToCluster(blocks[j], r++, rows, at + first, lo, hi);
  };
}
