/**
 * The kernel of a checkout, loaded by path: this one's, or the "before" revision's (bench/revision.ts), so that
 * `npm run bench` runs both in one process and times them interleaved. Only long-standing exports are used (those of
 * model 2.0.x and since), typed as this checkout's; a revision that lacks one fails with its name.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Chunks from '../src/engine/chunks.ts';
import type * as Indicators from '../src/model/indicators.ts';
import type * as Inputs from '../src/model/inputs.ts';
import type * as PathKeys from '../src/model/path-keys.ts';
import type * as Series from '../src/model/series.ts';
import type * as Simulate from '../src/model/simulate.ts';
import type * as RngModule from '../src/stats/rng.ts';
import type * as SummaryModule from '../src/stats/summary.ts';
import type * as SummarySpec from '../src/stats/summary-spec.ts';

export interface Kernel {
  root: string;
  chunks: typeof Chunks;
  indicators: typeof Indicators;
  inputs: typeof Inputs;
  pathKeys: typeof PathKeys;
  series: typeof Series;
  simulate: typeof Simulate;
  rng: typeof RngModule;
  summary: typeof SummaryModule;
  summarySpec: typeof SummarySpec;
}

const MODULES = {
  chunks: ['src/engine/chunks.ts', ['runChunks', 'chunksOf', 'BATCH_PATHS']],
  indicators: ['src/model/indicators.ts', ['TARGET_YEAR']],
  inputs: ['src/model/inputs.ts', ['defaultInputs']],
  pathKeys: ['src/model/path-keys.ts', ['PATH_KEYS']],
  series: ['src/model/series.ts', ['SERIES', 'SERIES_INDEX']],
  simulate: ['src/model/simulate.ts', ['prepare', 'simulatePath']],
  rng: ['src/stats/rng.ts', ['Rng', 'chunkState']],
  summary: ['src/stats/summary.ts', ['addPaths', 'createSummary', 'pMeetOf']],
  summarySpec: ['src/stats/summary-spec.ts', ['summarySpec']],
} as const;

export async function loadKernel(root: string): Promise<Kernel> {
  const k: Record<string, unknown> = { root };
  for (const [name, [file, exports]] of Object.entries(MODULES)) {
    const m = (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;
    for (const e of exports)
      if (!(e in m))
        throw new Error(`bench: ${join(root, file)} has no export ${e}; pick another BENCH_BEFORE`);
    k[name] = m;
  }
  return k as unknown as Kernel;
}

/** The plan scenario's P(meet) of the 2025 output target, and its standard error, from `runs` runs at seed 7. */
export function outputPMeet(k: Kernel, runs: number): { p: number; se: number } {
  const inputs = k.inputs.defaultInputs();
  const s = k.chunks.runChunks(inputs, 7, k.chunks.chunksOf(runs));
  return k.summary.pMeetOf(s, k.series.SERIES_INDEX.output, k.indicators.TARGET_YEAR - inputs.startYear);
}

/**
 * The fewest runs, in steps of `step`, whose standard error of P(meet output) is at most `target` (seed 7): a first
 * guess from the error at `probe` runs (it falls as 1/√runs), then walked up to the first count that reaches it and
 * down while the next lower one still does. Returns the count and the error reached.
 */
export function runsToPrecision(
  k: Kernel,
  target: number,
  probe: number,
  step = 100,
): { runs: number; se: number } {
  const first = outputPMeet(k, probe).se;
  let runs = Math.max(step, Math.ceil((probe * (first / target) ** 2) / step) * step);
  let se = outputPMeet(k, runs).se;
  while (se > target) se = outputPMeet(k, (runs += step)).se;
  for (;;) {
    if (runs - step < step) break;
    const lower = outputPMeet(k, runs - step).se;
    if (lower > target) break;
    runs -= step;
    se = lower;
  }
  return { runs, se };
}
