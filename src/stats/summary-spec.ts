/** The statistics' view of a plan's model: one histogram axis and one target per series. */
import { HISTOGRAM_BINS, INDICATORS } from '../model/indicators.ts';
import { binningOf, planModel, type Plan } from '../model/plan.ts';
import type { SummarySpec } from './summary.ts';

const specs = new WeakMap<Plan, Map<number, SummarySpec>>();

/**
 * The summary of a plan's paths from `startYear`: indicators binned as the plan says, value added and the sector
 * amounts in 亿元 (log), the terminals' share in % (linear); the target year the plan's, each indicator's target its
 * (met when at least, or at most, the target; NaN where the plan sets none). Built once per plan and start year.
 */
export function summarySpec(plan: Plan, startYear: number): SummarySpec {
  let byYear = specs.get(plan);
  if (!byYear) specs.set(plan, (byYear = new Map()));
  const hit = byYear.get(startYear);
  if (hit) return hit;
  const pm = planModel(plan);
  const n = pm.sectors.length;
  const aux = (k: 'value_added' | 'sector_output' | 'sector_value_added') => binningOf(plan, k);
  const binnings = [
    ...INDICATORS.map((k) => pm.indicators[k].binning),
    aux('value_added'),
    ...Array.from({ length: n }, () => aux('sector_output')),
    ...Array.from({ length: n }, () => aux('sector_value_added')),
    { scale: 'linear' as const, lo: 0, hi: 100 },
  ].map((b) => ({ ...b, bins: HISTOGRAM_BINS }));
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
