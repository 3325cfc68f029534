/**
 * Attribution: the difference between a scenario and a baseline in the mean of one indicator, each year, split over
 * the six lever groups by exact Shapley values. For every subset S of the groups a variant takes the baseline's
 * levers with the levers of S switched to the scenario's (2⁶ = 64 variants, all on the same seed: common random
 * numbers), v(S) is its mean, and group g's share is
 *   φ_g = Σ_{S ∌ g} |S|! (n − |S| − 1)! / n! · (v(S ∪ {g}) − v(S)).
 * The shares add up to v(all) − v(none), the total, exactly (to floating-point rounding), whatever the model does.
 */
import { INDICATOR_SHAPES, type Indicator } from '../model/indicators.ts';
import { yearsOf, type ModelInputs } from '../model/inputs.ts';
import { planModel, type LeverPackage, type PlanModel } from '../model/plan.ts';
import type { Runner } from '../engine/runner.ts';
import { residualsOf, seOfResiduals, type ClusterBlock } from '../stats/clusters.ts';
import { evaluateMeans, type InsightOptions, type InsightRun } from './evaluate.ts';
import { ATTRIBUTION_GROUPS, attributionGroupOf, type AttributionGroup } from './levers.ts';

export interface AttributionResult {
  indicator: Indicator;
  unit: string;
  years: number[];
  /** scenario − baseline, mean of the indicator, each year */
  total: number[];
  contributions: Record<AttributionGroup, number[]>;
  /**
   * the standard errors of the total and of each group's share, each year, for the design the 64 variants share
   * (common random numbers, antithetic pairs: each share is a fixed linear combination of the variants' means, and
   * so is its residual cluster by cluster, src/stats/clusters.ts); NaN where the mean is undefined
   */
  totalSE: number[];
  contributionsSE: Record<AttributionGroup, number[]>;
}

/** The levers of subset `mask` (bit i = ATTRIBUTION_GROUPS[i]) from the scenario, the rest from the baseline. */
export function mixLevers(
  pm: PlanModel,
  scenario: LeverPackage,
  baseline: LeverPackage,
  mask: number,
): LeverPackage {
  const out = { ...baseline };
  for (const k of pm.leverKeys) {
    if (mask & (1 << ATTRIBUTION_GROUPS.indexOf(attributionGroupOf(pm, k)))) out[k] = scenario[k];
  }
  return out;
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
const bits = (m: number): number => {
  let c = 0;
  for (let x = m; x; x &= x - 1) c++;
  return c;
};

/**
 * Exact Shapley values of `n` players from the value of every coalition (`value[mask]`, one number per year).
 * Returns one array per player.
 */
export function shapley(n: number, value: number[][]): number[][] {
  const full = (1 << n) - 1;
  if (value.length !== full + 1)
    throw new Error(`shapley: need ${full + 1} coalition values, got ${value.length}`);
  const years = value[0].length;
  const out = Array.from({ length: n }, () => new Array<number>(years).fill(0));
  for (let i = 0; i < n; i++) {
    for (let s = 0; s <= full; s++) {
      if (s & (1 << i)) continue;
      const k = bits(s);
      const w = (factorial(k) * factorial(n - k - 1)) / factorial(n);
      for (let y = 0; y < years; y++) out[i][y] += w * (value[s | (1 << i)][y] - value[s][y]);
    }
  }
  return out;
}

export async function attribution(
  runner: Runner,
  scenario: ModelInputs,
  baselineLevers: LeverPackage,
  indicator: Indicator,
  run: InsightRun,
  opts: InsightOptions = {},
): Promise<AttributionResult> {
  const n = ATTRIBUTION_GROUPS.length;
  const pm = planModel(scenario.plan);
  const variants = Array.from({ length: 1 << n }, (_, mask) => ({
    ...scenario,
    levers: mixLevers(pm, scenario.levers, baselineLevers, mask),
  }));
  const years = yearsOf(pm, scenario.startYear);
  // v(S): the mean each year exactly as the main result reports it (6 decimals), so the total is the difference
  // of two reported means; from runs that summarise the indicator alone
  const runs = await evaluateMeans(runner, variants, indicator, run, opts);
  const value = runs.map((r) => r.means);
  const phi = shapley(n, value);
  const full = (1 << n) - 1;
  const se = shapleySE(
    n,
    runs.map((r) => r.clusters),
    years.length,
  );
  const byGroup = (xs: number[][]) =>
    Object.fromEntries(ATTRIBUTION_GROUPS.map((g, i) => [g, xs[i]])) as Record<AttributionGroup, number[]>;
  return {
    indicator,
    unit: INDICATOR_SHAPES[indicator].unit.zh,
    years,
    total: years.map((_, y) => value[full][y] - value[0][y]),
    contributions: byGroup(phi),
    totalSE: se.total,
    contributionsSE: byGroup(se.players),
  };
}

/**
 * The standard errors, each year, of the Shapley values and of the total v(all) − v(none) where v(S) is the mean of
 * coalition S's run (`clusters[mask]`, all over the same clusters): a Shapley value is a fixed linear combination of
 * the v(S), so its residual in each cluster is the same combination of theirs (`shapley` applied to the residuals),
 * and its se² the sum of the squares (src/stats/clusters.ts). NaN in a year where some coalition has no valid value.
 */
export function shapleySE(
  n: number,
  clusters: ClusterBlock[][],
  years: number,
): { players: number[][]; total: number[] } {
  const full = (1 << n) - 1;
  const res = clusters.map((blocks) =>
    Array.from({ length: years }, (_, y) => residualsOf(blocks, y, 'sum')),
  );
  const C = res[0][0]?.r.length ?? 0;
  // each coalition's residuals, year after year, as one long "year" row for `shapley`
  const value = res.map((byYear) => {
    const row = new Array<number>(years * C);
    byYear.forEach((r, y) => {
      for (let c = 0; c < C; c++) row[y * C + c] = r.r[c];
    });
    return row;
  });
  const undefinedYear = (y: number) => res.some((byYear) => Number.isNaN(byYear[y].estimate));
  const seByYear = (row: number[]) =>
    Array.from({ length: years }, (_, y) =>
      undefinedYear(y) ? NaN : seOfResiduals(row.slice(y * C, (y + 1) * C)),
    );
  return {
    players: shapley(n, value).map(seByYear),
    total: seByYear(value[full].map((x, i) => x - value[0][i])),
  };
}
