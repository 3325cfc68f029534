/**
 * A run that does only one question's work (issue 22 item 4): the insight tools read one indicator — the tornado and
 * goal seek its P(meet) and median in the target year, attribution its mean each year — yet a full run models every
 * path to the outlook year and summarises twenty series. A focused run keeps one indicator:
 *
 * - `targetYear`: paths end at the plan's target year (their later years' random numbers are drawn and dropped, so
 *   every path is the whole path's, `prepare`'s keepStream), and the indicator keeps its histogram and target counts;
 * - `means`: whole paths, and the indicator keeps its valid count, exact sums, min and max each year (no histogram).
 *
 * With `clusters`, the summary also keeps the indicator's figures antithetic pair by pair, for the standard errors
 * of the tools' differences (src/stats/clusters.ts); the figures above are the same with or without them.
 *
 * The figures read from a focused summary are exactly those the full summary gives (the same cells, filled by the
 * same `addPaths` from the same values): test/unit/engine/focus.test.ts and the insight pins check it.
 */
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { planModel, type Plan } from '../model/plan.ts';
import { INDICATOR_INDEX } from '../model/series.ts';
import type { SummarySpec } from '../stats/summary.ts';
import { summarySpec } from '../stats/summary-spec.ts';

export interface Focus {
  indicator: Indicator;
  keep: 'targetYear' | 'means';
  /**
   * also keep the indicator's figures cluster by cluster (antithetic pair by pair, `Summary.clusters`,
   * src/stats/clusters.ts): in the target year for `targetYear`, each year for `means` — what the standard error of
   * a difference between variants on common random numbers needs
   */
  clusters?: boolean;
}

export const FOCUS_KEEPS = ['targetYear', 'means'] as const;
export const FOCUS_INDICATORS = INDICATORS;

const specs = new WeakMap<Plan, Map<string, SummarySpec>>();

/**
 * The summary spec of a focused run from `startYear`: one series, the indicator, over the years the focus keeps
 * (built once per plan, start year and focus, so that summaries of one run share it).
 */
export function focusSpec(plan: Plan, startYear: number, focus: Focus): SummarySpec {
  let byKey = specs.get(plan);
  if (!byKey) specs.set(plan, (byKey = new Map()));
  const key = `${startYear}/${focus.indicator}/${focus.keep}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const full = summarySpec(plan, startYear);
  const i = INDICATOR_INDEX[focus.indicator];
  const binned = focus.keep === 'targetYear';
  const spec: SummarySpec = {
    nYears: binned ? full.targetYear + 1 : full.nYears,
    bins: full.bins,
    binnings: [binned ? full.binnings[i] : null],
    targets: [binned ? full.targets[i] : NaN],
    atMost: [full.atMost?.[i] ?? false],
    targetYear: full.targetYear,
  };
  byKey.set(key, spec);
  return spec;
}

/** The calendar year a focused run's paths end in (the plan's target year, or its outlook year). */
export function focusEndYear(plan: Plan, focus: Focus): number {
  const pm = planModel(plan);
  return focus.keep === 'targetYear' ? pm.targetYear : pm.endYear;
}

/** The summary spec of a run, focused or not. */
export function runSpec(plan: Plan, startYear: number, focus?: Focus): SummarySpec {
  return focus ? focusSpec(plan, startYear, focus) : summarySpec(plan, startYear);
}
