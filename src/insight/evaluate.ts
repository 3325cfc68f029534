/**
 * Running many variants of one scenario for the insight tools: each variant on the same seed and run count (common
 * random numbers, so differences between variants are the inputs', not the dice's), on the caller's Runner (same
 * thread, worker pool or Node threads alike; a pool runs the variants' chunks from one queue), with progress over all
 * variants and an AbortSignal. The tools ask for one indicator: `evaluatePoints` and `evaluateMeans` run only its work
 * (src/engine/focus.ts) and read exactly the figures a full run gives. Which request is the latest is the caller's
 * business.
 */
import type { Indicator } from '../model/indicators.ts';
import { planModel } from '../model/plan.ts';
import type { ModelInputs } from '../model/inputs.ts';
import { focusSpec, type Focus } from '../engine/focus.ts';
import { AbortError, runEach, type Runner } from '../engine/runner.ts';
import { reportedMean, reportedPercentile, toResult } from '../engine/result.ts';
import { pMeetOf, type Summary } from '../stats/summary.ts';
import type { ClusterBlock } from '../stats/clusters.ts';

export interface InsightRun {
  seed: string | number;
  runs: number;
}

export interface InsightOptions {
  /** runs finished over all variants */
  onProgress?: (p: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

/**
 * Simulates every distinct variant (on the runner's workers together where it can, `runEach`); resolves with their
 * summaries in order (equal variants share one). With a focus, each summary holds that indicator alone (src/engine/focus.ts).
 */
export async function evaluateAll(
  runner: Runner,
  variants: ModelInputs[],
  run: InsightRun,
  opts: InsightOptions = {},
  /** runs already done and the grand total, when this call is one step of a longer search */
  outer: { before: number; total: number } = { before: 0, total: variants.length * run.runs },
  focus?: Focus,
): Promise<Summary[]> {
  if (opts.signal?.aborted) throw new AbortError();
  // a variant that equals an earlier one (a tornado's assumption that is already fixed, pinned at its own value) is
  // the same request, so it gets the same summary: it is simulated once
  const { unique, of } = distinct(variants);
  const reqs = unique.map((inputs) => ({ inputs, seed: run.seed, runs: run.runs, focus }));
  const skipped = (variants.length - unique.length) * run.runs;
  const summaries = await runEach(runner, reqs, {
    signal: opts.signal,
    onProgress: opts.onProgress
      ? (p) => opts.onProgress!({ done: outer.before + p.done, total: outer.total - skipped })
      : undefined,
  });
  return of.map((i) => summaries[i]);
}

/** The distinct inputs (the same plan object and equal everything else) and, for each variant, its index among them. */
export function distinct(variants: ModelInputs[]): { unique: ModelInputs[]; of: number[] } {
  const plans: ModelInputs['plan'][] = [];
  const seen = new Map<string, number>();
  const unique: ModelInputs[] = [];
  const of = variants.map((v) => {
    let p = plans.indexOf(v.plan);
    if (p < 0) p = plans.push(v.plan) - 1;
    const key = JSON.stringify([p, v.startYear, v.levers, v.uncertainties, v.pinnedPcDemand]);
    let i = seen.get(key);
    if (i === undefined) seen.set(key, (i = unique.push(v) - 1));
    return i;
  });
  return { unique, of };
}

/**
 * Each variant's P(meet) and median of one indicator in the target year, from runs that do only that (paths ended
 * at the target year, the indicator alone summarised): exactly the figures `metricsOf` reads from full runs.
 */
export async function evaluatePoints(
  runner: Runner,
  variants: ModelInputs[],
  indicator: Indicator,
  run: InsightRun,
  opts: InsightOptions = {},
  outer?: { before: number; total: number },
): Promise<PointMetrics[]> {
  return (await evaluatePointRuns(runner, variants, indicator, run, opts, outer)).map((p) => p.metrics);
}

/** A variant's figures and, when asked for, its target-year figures cluster by cluster (src/stats/clusters.ts). */
export interface PointRun {
  metrics: PointMetrics;
  clusters: ClusterBlock[];
}

/** `evaluatePoints`, keeping each variant's clusters too with `clusters` (for the SE of differences). */
export async function evaluatePointRuns(
  runner: Runner,
  variants: ModelInputs[],
  indicator: Indicator,
  run: InsightRun,
  opts: InsightOptions = {},
  outer?: { before: number; total: number },
  clusters = false,
): Promise<PointRun[]> {
  const focus: Focus = { indicator, keep: 'targetYear', ...(clusters ? { clusters } : {}) };
  const summaries = await evaluateAll(runner, variants, run, opts, outer, focus);
  return summaries.map((s, i) => {
    const { plan, startYear } = variants[i];
    const spec = focusSpec(plan, startYear, focus);
    const pm = pMeetOf(s, 0, spec.targetYear);
    const integer = planModel(plan).indicators[indicator].integer;
    return {
      metrics: {
        pMeet: pm.p,
        pMeetSE: pm.se,
        p50: reportedPercentile(s, spec, 0, spec.targetYear, 50, integer),
      },
      clusters: s.clusters ?? [],
    };
  });
}

/**
 * Each variant's mean of one indicator each year (NaN where undefined), from runs that summarise that indicator
 * alone: exactly the figures `meansOf` reads from full runs.
 */
export async function evaluateMeans(
  runner: Runner,
  variants: ModelInputs[],
  indicator: Indicator,
  run: InsightRun,
  opts: InsightOptions = {},
): Promise<MeansRun[]> {
  const focus: Focus = { indicator, keep: 'means', clusters: true };
  const summaries = await evaluateAll(runner, variants, run, opts, undefined, focus);
  return summaries.map((s, i) => {
    const spec = focusSpec(variants[i].plan, variants[i].startYear, focus);
    return {
      means: Array.from({ length: spec.nYears }, (_, y) => reportedMean(s, spec, 0, y) ?? NaN),
      clusters: s.clusters ?? [],
    };
  });
}

/** A variant's mean each year and its figures each year cluster by cluster (src/stats/clusters.ts). */
export interface MeansRun {
  means: number[];
  clusters: ClusterBlock[];
}

export interface PointMetrics {
  /** P(meet the target) in the target year, with its standard error */
  pMeet: number;
  pMeetSE: number;
  /** median in the target year */
  p50: number | null;
  /**
   * the standard error of pMeet − the scenario's pMeet on the same seed (common random numbers, antithetic pairs:
   * src/stats/clusters.ts), where the tool computes it (the tornado's points)
   */
  effectSE?: number;
}

/** The figures a variant is judged by, read exactly as the main result reads them (src/engine/result.ts). */
export function metricsOf(summary: Summary, inputs: ModelInputs, indicator: Indicator): PointMetrics {
  const r = toResult(summary, inputs, { scenario: '', seed: 0 });
  const ind = r.indicators[indicator];
  return {
    pMeet: ind.pMeet,
    pMeetSE: ind.pMeetSE,
    p50: ind.p50[planModel(inputs.plan).targetYear - inputs.startYear],
  };
}

/** The indicator's mean each year, as the main result reports it (NaN where undefined). */
export function meansOf(summary: Summary, inputs: ModelInputs, indicator: Indicator): number[] {
  const r = toResult(summary, inputs, { scenario: '', seed: 0 });
  return r.indicators[indicator].mean.map((x) => x ?? NaN);
}
