/**
 * Runs are cut into chunks of a fixed size, each with its own seed derived from the user's seed and the chunk's
 * index. A chunk is the unit of work any runner (same thread, worker pool, Node threads) takes from its queue, so
 * the same (scenario, seed, runs) gives the same paths however many workers share them, and the exact
 * fixed-point summaries (src/stats/summary.ts) make the merged result identical bit for bit.
 */
import { SERIES } from '../model/series.ts';
import { prepare, simulatePath } from '../model/simulate.ts';
import type { ModelInputs } from '../model/inputs.ts';
import { chunkState, Rng } from '../stats/rng.ts';
import { addPath, createSummary, type Summary } from '../stats/summary.ts';
import { summarySpec } from './summary-spec.ts';

/** Runs per chunk. Changing it changes every number the tool gives for a seed: it is part of the model version. */
export const CHUNK_RUNS = 1000;

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

/** Simulates the given chunks and adds their paths to `into` (a fresh summary if none is given). */
export function runChunks(
  inputs: ModelInputs,
  seed: string | number,
  chunks: Chunk[],
  into?: Summary,
): Summary {
  const spec = summarySpec(inputs.startYear);
  const summary = into ?? createSummary(spec);
  const prepared = prepare(inputs);
  const path = new Float64Array(SERIES.length * spec.nYears);
  for (const chunk of chunks) {
    const rng = new Rng(chunkState(seed, chunk.index));
    for (let r = 0; r < chunk.runs; r++) {
      simulatePath(prepared, rng, path);
      addPath(summary, spec, path);
    }
  }
  return summary;
}
