/**
 * What one simulation needs: the plan (with the user's edits to its targets and base figures applied), the start
 * year, the levers, a distribution for every uncertainty and, optionally, pinned paths for world PC demand and chip sales. Plain
 * data; the scenario layer validates it before it gets here.
 */
import { leverIn, planModel, type LeverPackage, type Plan, type PlanModel } from './plan.ts';
import type { Dist, UncertaintyKey } from './parameters.ts';

export interface ModelInputs {
  plan: Plan;
  /** the plan's base year (default) or an earlier year for back-casting checks */
  startYear: number;
  /** one value per lever, or one per period of the plan */
  levers: LeverPackage;
  uncertainties: Record<UncertaintyKey, Dist>;
  /** world PC shipment growth in % by calendar year; years absent are sampled */
  pinnedPcDemand: Record<number, number>;
  /** world semiconductor sales growth in % by calendar year; years absent (or no field) are sampled */
  pinnedChipDemand?: Record<number, number>;
}

/** The years reported: the start year (the base) to the plan's outlook year. */
export function yearsOf(pm: PlanModel, startYear: number): number[] {
  const years: number[] = [];
  for (let y = startYear; y <= pm.endYear; y++) years.push(y);
  return years;
}

export function defaultLevers(pm: PlanModel): LeverPackage {
  return Object.fromEntries(pm.leverKeys.map((k) => [k, pm.levers[k].plan])) as LeverPackage;
}

export function noPolicyLevers(pm: PlanModel): LeverPackage {
  return Object.fromEntries(pm.leverKeys.map((k) => [k, pm.levers[k].noPolicy])) as LeverPackage;
}

export function defaultUncertainties(pm: PlanModel): Record<UncertaintyKey, Dist> {
  return Object.fromEntries(pm.uncertaintyKeys.map((k) => [k, { ...pm.uncertainties[k].default }])) as Record<
    UncertaintyKey,
    Dist
  >;
}

export function defaultInputs(plan: Plan, overrides: Partial<Omit<ModelInputs, 'plan'>> = {}): ModelInputs {
  const pm = planModel(plan);
  return {
    plan,
    startYear: pm.baseYear,
    levers: defaultLevers(pm),
    uncertainties: defaultUncertainties(pm),
    pinnedPcDemand: {},
    ...overrides,
  };
}

/** Public money a year committed by a lever package in period `p` of the plan, 亿元. */
export function publicCostPerYear(pm: PlanModel, levers: LeverPackage, p = 0): number {
  let cost = 0;
  for (const k of pm.leverKeys) cost += leverIn(levers[k], p) * pm.levers[k].cost;
  return cost;
}

/** The years of each period of the plan that fall in the plan period (after the base year, up to the target year). */
export function planPeriodYears(pm: PlanModel): number[] {
  return pm.plan.periods.map((period) =>
    Math.max(0, Math.min(period.to, pm.targetYear) - Math.max(period.from, pm.baseYear + 1) + 1),
  );
}

/** Public money over the plan period, 亿元: each period's cost a year times its years in the plan period. */
export function publicCostOfPlanPeriod(pm: PlanModel, levers: LeverPackage): number {
  let total = 0;
  planPeriodYears(pm).forEach((years, p) => {
    if (years > 0) total += publicCostPerYear(pm, levers, p) * years;
  });
  return total;
}
