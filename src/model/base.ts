/**
 * The start state of a path, from a plan's base figures (plans/*.json, ./plan.ts). For the plan's base year it is
 * the plan's base exactly. For an earlier start (the 2016 back-cast of the 2021–2025 plan) it is DERIVED, not
 * sourced (the zone's own 2016 statistics for NGIT were not found): output is the base output deflated at the plan's
 * prior growth (10 % a year, the plan); the sector shares, value-added ratios, R&D intensities and the share of firms
 * with an R&D institution are those of the base year (ODM margins were flat over 2015–2020: Wistron 3.8–5.5 %); the
 * firm count is the base count deflated at the net entry of above-size firms, 11 % in less 7 % out a year (Hubei
 * statistics 2023), split by sector in the base proportions by largest remainder.
 */
import type { PlanModel } from './plan.ts';

/** Net entry of above-size firms, % a year: about 11 % in and 7 % out (Hubei statistics 2023). */
export const NET_FIRM_ENTRY = 4;

export interface StartState {
  output: number;
  /** firms by sector, in the plan's sector order */
  firms: number[];
}

/**
 * The start state for `startYear`, from the base output and firm count given (the plan's, or a path's drawn base
 * where the plan gives a range).
 */
export function startState(
  pm: PlanModel,
  startYear: number,
  baseOutput: number = pm.plan.base.output.value,
  baseFirms: number = pm.plan.base.firms.value,
): StartState {
  const years = pm.baseYear - startYear;
  const back = Math.pow(1 + pm.plan.priorGrowth.value / 100, years);
  const output = baseOutput / back;
  const total = Math.round(baseFirms / Math.pow(1 + NET_FIRM_ENTRY / 100, years));
  const firms = apportionFirms(
    pm.sectors.map((s) => s.firms),
    total,
  );
  return { output, firms };
}

/**
 * A firm count split over the sectors in proportion to their base counts (the plan's, one per sector), by largest
 * remainder: whole numbers that add up to `total`, ties to the sector listed first. Where `total` is the sum of the
 * base counts the split is those counts.
 */
export function apportionFirms(baseFirms: readonly number[], total: number): number[] {
  const sum = baseFirms.reduce((a, b) => a + b, 0);
  const exact = baseFirms.map((f) => (f * total) / sum);
  const firms = exact.map(Math.floor);
  let left = total - firms.reduce((a, b) => a + b, 0);
  const order = baseFirms
    .map((_, i) => i)
    .sort((a, b) => exact[b] - firms[b] - (exact[a] - firms[a]) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    firms[i]++;
    left--;
  }
  return firms;
}
