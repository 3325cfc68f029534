/**
 * Running many variants of one scenario for the insight tools: each variant on the same seed and run count (common
 * random numbers, so differences between variants are the inputs', not the dice's), one after another on the
 * caller's Runner (same thread, worker pool or Node threads alike), with progress over all variants and an
 * AbortSignal. Which request is the latest is the caller's business.
 */
import type { Indicator } from '../model/indicators.ts';
import { planModel } from '../model/plan.ts';
import type { ModelInputs } from '../model/inputs.ts';
import { AbortError, type Runner } from '../engine/runner.ts';
import { toResult } from '../engine/result.ts';
import type { Summary } from '../stats/summary.ts';

export interface InsightRun {
  seed: string | number;
  runs: number;
}

export interface InsightOptions {
  /** runs finished over all variants */
  onProgress?: (p: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

/** Simulates each variant in turn; resolves with their summaries in order. */
export async function evaluateAll(
  runner: Runner,
  variants: ModelInputs[],
  run: InsightRun,
  opts: InsightOptions = {},
  /** runs already done and the grand total, when this call is one step of a longer search */
  outer: { before: number; total: number } = { before: 0, total: variants.length * run.runs },
): Promise<Summary[]> {
  const out: Summary[] = [];
  for (const [i, inputs] of variants.entries()) {
    if (opts.signal?.aborted) throw new AbortError();
    const before = outer.before + i * run.runs;
    out.push(
      await runner.run(
        { inputs, seed: run.seed, runs: run.runs },
        {
          signal: opts.signal,
          onProgress: opts.onProgress
            ? (p) => opts.onProgress!({ done: before + p.done, total: outer.total })
            : undefined,
        },
      ),
    );
  }
  return out;
}

export interface PointMetrics {
  /** P(meet the target) in the target year, with its standard error */
  pMeet: number;
  pMeetSE: number;
  /** median in the target year */
  p50: number | null;
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
