/**
 * Values of a scenario's paths, path by path (same chunks and seeds as the engine): for each probe — a series, a
 * year and how (its level, or its year-on-year growth in % from the year before) — the value in every path, sorted.
 * Exact quantiles and percentiles of a per-path quantity (the engine's summaries hold per-year quantiles, and a
 * quantile of growth is not the growth of quantiles). The history check (./history-check.ts) and the ex-post check
 * (./expost.ts) read their bands from it.
 */
import { AbortError } from './runner.ts';
import { chunksOf, type Chunk } from './chunks.ts';
import type { ModelInputs } from '../model/inputs.ts';
import type { CompareHow } from '../model/record.ts';
import { planModel } from '../model/plan.ts';
import { prepare, simulatePath } from '../model/simulate.ts';
import { chunkState, Rng } from '../stats/rng.ts';

export interface Probe {
  series: string;
  year: number;
  how: CompareHow;
}

/** Whether a scenario's paths hold a probe: its year (and for a growth the year before) in them. */
export const probeFits = (inputs: ModelInputs, p: Probe) =>
  p.year - (p.how === 'growth' ? 1 : 0) >= inputs.startYear && p.year <= planModel(inputs.plan).endYear;

/** Per probe, its value in each path of these chunks, written from `at`; returns the next free index. */
function valuesOf(
  inputs: ModelInputs,
  seed: string | number,
  chunks: Chunk[],
  probes: readonly Probe[],
  into: Float64Array[],
  at: number,
): number {
  const p = prepare(inputs);
  const index = planModel(inputs.plan).seriesIndex;
  const out = new Float64Array(p.pathLength);
  for (const probe of probes) {
    if (!(probe.series in index)) throw new Error(`no series "${probe.series}" in the plan's paths`);
    if (!probeFits(inputs, probe)) throw new Error(`${probe.series} ${probe.year} is outside the paths`);
  }
  let n = at;
  for (const chunk of chunks) {
    const rng = new Rng(chunkState(seed, chunk.index));
    for (let r = 0; r < chunk.runs; r++, n++) {
      rng.beginPath(r); // the engine's paths, antithetic pairs included (./chunks.ts)
      simulatePath(p, rng, out);
      probes.forEach((probe, i) => {
        const k = index[probe.series] * p.nYears + probe.year - inputs.startYear;
        into[i][n] = probe.how === 'growth' ? 100 * (out[k] / out[k - 1] - 1) : out[k];
      });
    }
  }
  return n;
}

/** Each probe's values over `runs` paths, sorted ascending. */
export function probeValues(
  inputs: ModelInputs,
  seed: string | number,
  runs: number,
  probes: readonly Probe[],
): Float64Array[] {
  const values = probes.map(() => new Float64Array(runs));
  valuesOf(inputs, seed, chunksOf(runs), probes, values, 0);
  return values.map((v) => v.sort());
}

/**
 * The same for a page: chunk by chunk, yielding between chunks (about 25 ms of work each) so the page stays
 * responsive, with an AbortSignal. Gives exactly `probeValues`'s numbers.
 */
export async function probeValuesAsync(
  inputs: ModelInputs,
  seed: string | number,
  runs: number,
  probes: readonly Probe[],
  signal?: AbortSignal,
): Promise<Float64Array[]> {
  const values = probes.map(() => new Float64Array(runs));
  let n = 0;
  for (const chunk of chunksOf(runs)) {
    if (signal?.aborted) throw new AbortError();
    n = valuesOf(inputs, seed, [chunk], probes, values, n);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (signal?.aborted) throw new AbortError();
  return values.map((v) => v.sort());
}

/** The p-quantile of sorted values (linear between order statistics). */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
}

/** Where x falls among sorted values, 0–100 %: the share of paths below it, paths equal to it counted half. */
export function percentileOf(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  let eq = lo;
  while (eq < sorted.length && sorted[eq] === x) eq++;
  return (100 * (lo + (eq - lo) / 2)) / sorted.length;
}
