/**
 * The statistics' view of a plan's model: one histogram axis and one target per indicator, and a histogram for the
 * terminals' share, whose base-year band the back-cast table of docs/MODEL.md reads. The other auxiliary series
 * (value added, the sectors' output and value added) keep their means, min and max only: no chart or table reads
 * their quantiles, and binning them was about a third of the summary's time (issue 22 item 7).
 */
import { HISTOGRAM_BINS, INDICATORS } from '../model/indicators.ts';
import { planModel, type Plan } from '../model/plan.ts';
import type { SummarySpec } from './summary.ts';

const TERMINALS_SHARE_BINNING = { scale: 'linear', lo: 0, hi: 100 } as const;
const specs = new WeakMap<Plan, Map<number, SummarySpec>>();

/**
 * The summary of a plan's paths from `startYear`: indicators binned as the plan says; the target year the plan's,
 * each indicator's target its (met when at least, or at most, the target; NaN where the plan sets none). Built once
 * per plan and start year.
 */
export function summarySpec(plan: Plan, startYear: number): SummarySpec {
  let byYear = specs.get(plan);
  if (!byYear) specs.set(plan, (byYear = new Map()));
  const hit = byYear.get(startYear);
  if (hit) return hit;
  const pm = planModel(plan);
  const n = pm.sectors.length;
  const binnings = [
    ...INDICATORS.map((k) => ({ ...pm.indicators[k].binning, bins: HISTOGRAM_BINS })),
    null,
    ...Array.from({ length: 2 * n }, () => null),
    { ...TERMINALS_SHARE_BINNING, bins: HISTOGRAM_BINS },
  ];
  const targets = pm.series.map((_, i) => {
    const t = i < INDICATORS.length ? pm.indicators[INDICATORS[i]].target : null;
    return t ? t.value : NaN;
  });
  const atMost = pm.series.map((_, i) => {
    const t = i < INDICATORS.length ? pm.indicators[INDICATORS[i]].target : null;
    return t?.direction === 'atMost';
  });
  const spec: SummarySpec = {
    nYears: pm.endYear - startYear + 1,
    bins: HISTOGRAM_BINS,
    binnings,
    targets,
    atMost,
    targetYear: pm.targetYear - startYear,
  };
  byYear.set(startYear, spec);
  return spec;
}
