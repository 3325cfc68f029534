/**
 * An honest cost: what a lever package adds over a baseline (no new policy) on the same draws. Each path is run
 * twice from the same generator state, once with the scenario and once with the baseline (up to the target year); the
 * model draws the same random numbers in the same order whatever the levers (common random numbers,
 * src/model/simulate.ts), so path r of the scenario and path r of the baseline see the same world, and their
 * difference in the target year is the policy's.
 *
 * The per-path differences in output and value added are kept in a small exact, mergeable accumulator: fixed-point
 * sums as in src/stats/summary.ts (so any split into chunks, shards or workers gives the same bits) and a histogram
 * on a signed-log axis, y = sign(x)·ln(1 + |x|), so the 5–95 band is read to about 0.3 % of its value for any scale
 * of difference — the model is being recalibrated, and a fixed linear range would not survive that.
 *
 * Nothing at this module's top level may have a side effect: vite.config.ts declares it free of them (see there).
 */
import { planPeriodYears, publicCostPerYear, type ModelInputs } from '../model/inputs.ts';
import type { Bilingual } from '../model/parameters.ts';
import { planModel, type Plan } from '../model/plan.ts';
import { prepare, simulatePath } from '../model/simulate.ts';
import { INDICATOR_INDEX, VALUE_ADDED_INDEX } from '../model/series.ts';
import { Rng } from '../stats/rng.ts';
import { addPaths, createSummary, FIXED_POINT_SCALE, type Summary } from '../stats/summary.ts';
import { BATCH_PATHS, chunksOf, simulateBatches, type Chunk } from './chunks.ts';
import { AbortError } from './runner.ts';
import { summarySpec } from '../stats/summary-spec.ts';

/** The differences tracked: output and value added in the target year, 亿元. */
export const PAIRED_SERIES = ['output', 'value_added'] as const;
const PAIRED_INDEX = [INDICATOR_INDEX.output, VALUE_ADDED_INDEX];
export const PAIRED_BINS = 4000;
/** the signed-log axis covers |x| up to e^Y_MAX − 1 ≈ 1.6e5 亿元; beyond, values fall into the end bins */
const Y_MAX = 12;

export interface PairedSummary {
  runs: number;
  /** per series: valid paths, fixed-point sums, min, max */
  n: number[];
  sumHi: number[];
  sumLo: number[];
  min: number[];
  max: number[];
  /** PAIRED_SERIES.length × PAIRED_BINS */
  counts: number[];
}

/** An empty summary of the scenario's paths (the shape runChunks fills), for callers that run paired chunks. */
export function createScenarioSummary(plan: Plan, startYear: number): Summary {
  return createSummary(summarySpec(plan, startYear));
}

export function createPairedSummary(): PairedSummary {
  const k = PAIRED_SERIES.length;
  return {
    runs: 0,
    n: new Array<number>(k).fill(0),
    sumHi: new Array<number>(k).fill(0),
    sumLo: new Array<number>(k).fill(0),
    min: new Array<number>(k).fill(Infinity),
    max: new Array<number>(k).fill(-Infinity),
    counts: new Array<number>(k * PAIRED_BINS).fill(0),
  };
}

const toY = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x));
const fromY = (y: number) => Math.sign(y) * Math.expm1(Math.abs(y));
const binOf = (x: number) => {
  const b = Math.floor(((toY(x) + Y_MAX) / (2 * Y_MAX)) * PAIRED_BINS);
  return b < 0 ? 0 : b >= PAIRED_BINS ? PAIRED_BINS - 1 : b;
};

function add(s: PairedSummary, series: number, x: number): void {
  if (x !== x) return;
  s.n[series]++;
  const hi = Math.floor(x);
  s.sumHi[series] += hi;
  s.sumLo[series] += Math.round((x - hi) * FIXED_POINT_SCALE);
  s.min[series] = Math.min(s.min[series], x);
  s.max[series] = Math.max(s.max[series], x);
  s.counts[series * PAIRED_BINS + binOf(x)]++;
}

/**
 * Runs the chunks for the scenario and the baseline from the same chunk seeds and adds the paired differences.
 * Path r of the baseline starts from the generator state path r of the scenario starts from, and stops at the target
 * year (the only year the difference needs): it draws the same numbers as the scenario's path up to then, so the
 * pair is the same as two whole paths would give, for about 40 % of a path's work.
 */
export function runPairedChunks(
  inputs: ModelInputs,
  baseline: ModelInputs,
  seed: string | number,
  chunks: Chunk[],
  into: PairedSummary = createPairedSummary(),
  /** also add the scenario's paths to this summary (what runChunks gives), in the same pass */
  scenarioInto?: Summary,
): PairedSummary {
  if (inputs.startYear !== baseline.startYear)
    throw new Error('paired run: the two inputs start in different years');
  if (inputs.plan.id !== baseline.plan.id)
    throw new Error('paired run: the two inputs are of different plans');
  const pm = planModel(inputs.plan);
  const p = prepare(inputs);
  const ty = pm.targetYear - inputs.startYear;
  const b = prepare(baseline, pm.targetYear);
  const pb = new Float64Array(b.pathLength);
  const rb = new Rng({ x: 0, y: 0, z: 0, w: 0 });
  const spec = summarySpec(inputs.plan, inputs.startYear);
  const len = p.pathLength;
  const cols = PAIRED_INDEX.map((i) => i * p.nYears + ty);
  const baseCols = PAIRED_INDEX.map((i) => i * b.nYears + ty);
  // the baseline's target-year values of the batch's paths, [r * k + i]
  const baseAt = new Float64Array(BATCH_PATHS * PAIRED_SERIES.length);
  simulateBatches(
    p,
    seed,
    chunks,
    (batch, count) => {
      if (scenarioInto) addPaths(scenarioInto, spec, batch, count);
      for (let r = 0; r < count; r++) {
        cols.forEach((c, i) => add(into, i, batch[r * len + c] - baseAt[r * cols.length + i]));
      }
      into.runs += count;
    },
    (rng, r) => {
      rb.s.set(rng.s);
      simulatePath(b, rb, pb);
      baseCols.forEach((c, i) => (baseAt[r * cols.length + i] = pb[c]));
    },
  );
  return into;
}

/** Adds `from` into `into`; exact, so the order of merging does not matter. */
export function mergePaired(into: PairedSummary, from: PairedSummary): void {
  into.runs += from.runs;
  for (let i = 0; i < into.n.length; i++) {
    into.n[i] += from.n[i];
    into.sumHi[i] += from.sumHi[i];
    into.sumLo[i] += from.sumLo[i];
    into.min[i] = Math.min(into.min[i], from.min[i]);
    into.max[i] = Math.max(into.max[i], from.max[i]);
  }
  for (let i = 0; i < into.counts.length; i++) into.counts[i] += from.counts[i];
}

function quantile(s: PairedSummary, series: number, p: number): number {
  const count = s.n[series];
  if (count === 0) return NaN;
  const rank = p * count;
  let below = 0;
  let bin = 0;
  const base = series * PAIRED_BINS;
  for (; bin < PAIRED_BINS - 1; bin++) {
    const c = s.counts[base + bin];
    if (below + c >= rank) break;
    below += c;
  }
  const c = s.counts[base + bin];
  const lo = Math.max(s.min[series], fromY((bin / PAIRED_BINS) * 2 * Y_MAX - Y_MAX));
  const hi = Math.min(s.max[series], fromY(((bin + 1) / PAIRED_BINS) * 2 * Y_MAX - Y_MAX));
  const frac = c > 0 ? Math.min(1, Math.max(0, (rank - below) / c)) : 1;
  const y = toY(lo) + frac * (toY(Math.max(hi, lo)) - toY(lo));
  return Math.min(s.max[series], Math.max(s.min[series], fromY(y)));
}

export interface PairedBand {
  mean: number | null;
  p5: number | null;
  p50: number | null;
  p95: number | null;
}

const round6 = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null);

function bandOf(s: PairedSummary, series: number, scale: number): PairedBand {
  const n = s.n[series];
  const mean = n > 0 ? (s.sumHi[series] + s.sumLo[series] / FIXED_POINT_SCALE) / n : NaN;
  return {
    mean: round6(mean * scale),
    p5: round6(quantile(s, series, 0.05) * scale),
    p50: round6(quantile(s, series, 0.5) * scale),
    p95: round6(quantile(s, series, 0.95) * scale),
  };
}

/** What the scenario adds over the baseline, on the same draws; the honest cost figure. */
/** The baseline scenario as the honest cost names it: its id, and its name in each language for labels. */
export interface BaselineRef {
  id: string;
  name: Bilingual;
}

export interface AdditionalEffect {
  /** id of the baseline scenario */
  baseline: string;
  /** its name, for labels ("较“无新增政策”新增产值"): a reader never sees the raw id */
  baselineName: Bilingual;
  targetYear: number;
  /** public money a year (the plan period's first years), 亿元: the scenario's, the baseline's, and the extra over the plan period */
  costPerYear: number;
  baselineCostPerYear: number;
  additionalPublicMoney: number;
  /** the per-path difference scenario − baseline in the target year, 亿元 */
  additionalOutput: PairedBand;
  additionalValueAdded: PairedBand;
  /** the same per 亿元 of additional public money over the plan period; null when the scenario spends no more */
  additionalOutputPerYuan: PairedBand | null;
  additionalValueAddedPerYuan: PairedBand | null;
}

export function additionalEffect(
  paired: PairedSummary,
  inputs: ModelInputs,
  baseline: ModelInputs,
  baselineRef: BaselineRef,
): AdditionalEffect {
  const pm = planModel(inputs.plan);
  const costPerYear = publicCostPerYear(pm, inputs.levers);
  const baselineCostPerYear = publicCostPerYear(pm, baseline.levers);
  // the extra public money over the plan period: each period's extra a year times its years in the plan period
  let extra = 0;
  planPeriodYears(pm).forEach((years, p) => {
    if (years > 0)
      extra += (publicCostPerYear(pm, inputs.levers, p) - publicCostPerYear(pm, baseline.levers, p)) * years;
  });
  const perYuan = extra > 1e-9;
  return {
    baseline: baselineRef.id,
    baselineName: { zh: baselineRef.name.zh, en: baselineRef.name.en },
    targetYear: pm.targetYear,
    costPerYear: round6(costPerYear)!,
    baselineCostPerYear: round6(baselineCostPerYear)!,
    additionalPublicMoney: round6(extra)!,
    additionalOutput: bandOf(paired, 0, 1),
    additionalValueAdded: bandOf(paired, 1, 1),
    additionalOutputPerYuan: perYuan ? bandOf(paired, 0, 1 / extra) : null,
    additionalValueAddedPerYuan: perYuan ? bandOf(paired, 1, 1 / extra) : null,
  };
}

/**
 * The paired run for callers without a chunk loop of their own (the app, in a worker or on the page): chunk by
 * chunk, yielding between chunks so a page stays responsive, with progress and an AbortSignal. The result is the
 * same `PairedSummary` the command line merges, so `additionalEffect` turns it into the same figures.
 */
export async function runPaired(
  inputs: ModelInputs,
  baseline: ModelInputs,
  seed: string | number,
  runs: number,
  opts: { signal?: AbortSignal; onProgress?: (p: { done: number; total: number }) => void } = {},
): Promise<PairedSummary> {
  const into = createPairedSummary();
  for (const chunk of chunksOf(runs)) {
    if (opts.signal?.aborted) throw new AbortError();
    runPairedChunks(inputs, baseline, seed, [chunk], into);
    opts.onProgress?.({ done: into.runs, total: runs });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return into;
}
