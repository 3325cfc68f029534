/**
 * Goal seek as a design that shards: every costly lever on a grid of L levels from its minimum to its maximum (on its
 * slider steps), L^m packages for m costly levers, all on one seed and run count. Any subset of the points can be
 * evaluated apart (a shard); the answer is the cheapest point whose P(meet) reaches p (ties: the higher P, then the
 * earlier point), verified on a fresh seed like the sequential search (./goal-seek.ts). Coarser than the search, but
 * it needs no coordination, so it scales out on a cluster; with L = 2 it is the corners of the lever box.
 */
import type { Indicator } from '../model/indicators.ts';
import { publicCostPerYear, type ModelInputs } from '../model/inputs.ts';
import { planModel, type LeverPackage } from '../model/plan.ts';
import type { Runner } from '../engine/runner.ts';
import { evaluatePoints, type InsightOptions, type InsightRun, type PointMetrics } from './evaluate.ts';
import { freshSeed, snapUp, type GoalSeekResult } from './goal-seek.ts';
import { costlyLevers, round4 } from './levers.ts';

export const GRID_LEVELS_MIN = 2;
export const GRID_LEVELS_MAX = 5;

/** The grid's packages, the first costly lever varying slowest; the last point is every lever at its maximum. */
export function goalSeekGrid(scenario: ModelInputs, levels: number): LeverPackage[] {
  if (!Number.isInteger(levels) || levels < GRID_LEVELS_MIN || levels > GRID_LEVELS_MAX)
    throw new RangeError(
      `goal seek grid: levels must be a whole number ${GRID_LEVELS_MIN}–${GRID_LEVELS_MAX}`,
    );
  const pm = planModel(scenario.plan);
  const COSTLY_LEVERS = costlyLevers(pm);
  const LEVERS = pm.levers;
  const m = COSTLY_LEVERS.length;
  const values = COSTLY_LEVERS.map((k) =>
    Array.from({ length: levels }, (_, i) =>
      snapUp(pm, k, LEVERS[k].min + (i / (levels - 1)) * (LEVERS[k].max - LEVERS[k].min)),
    ),
  );
  const out: LeverPackage[] = [];
  for (let n = 0; n < levels ** m; n++) {
    const l = { ...scenario.levers };
    let rest = n;
    for (let j = m - 1; j >= 0; j--) {
      l[COSTLY_LEVERS[j]] = values[j][rest % levels];
      rest = Math.floor(rest / levels);
    }
    out.push(l);
  }
  return out;
}

/** Picks the answer from every grid point's figures (`metrics[i]` belongs to `grid[i]`) and verifies it. */
export async function chooseFromGrid(
  runner: Runner,
  scenario: ModelInputs,
  indicator: Indicator,
  probability: number,
  run: InsightRun,
  grid: LeverPackage[],
  metrics: PointMetrics[],
  opts: InsightOptions = {},
): Promise<GoalSeekResult> {
  if (metrics.length !== grid.length)
    throw new Error(`goal seek grid: ${metrics.length} results for ${grid.length} points`);
  const pm = planModel(scenario.plan);
  let pick = -1;
  for (let i = 0; i < grid.length; i++) {
    if (metrics[i].pMeet < probability) continue;
    if (pick < 0) {
      pick = i;
      continue;
    }
    const dc = publicCostPerYear(pm, grid[i]) - publicCostPerYear(pm, grid[pick]);
    if (dc < -1e-9 || (Math.abs(dc) <= 1e-9 && metrics[i].pMeet > metrics[pick].pMeet)) pick = i;
  }
  const feasible = pick >= 0;
  if (!feasible) pick = grid.length - 1; // every costly lever at its maximum
  const levers = grid[pick];
  const verifiedSeed = freshSeed(run.seed);
  const inputs = { ...scenario, levers };
  const [v] = await evaluatePoints(runner, [inputs], indicator, { seed: verifiedSeed, runs: run.runs }, opts);
  return {
    indicator,
    probability,
    target: pm.indicators[indicator].target?.value ?? null,
    feasible,
    levers,
    costPerYear: round4(publicCostPerYear(pm, levers)),
    pMeet: v.pMeet,
    pMeetSE: v.pMeetSE,
    verifiedSeed,
    searchPMeet: metrics[pick].pMeet,
    distance: feasible ? 0 : Math.max(0, probability - v.pMeet),
    evaluations: grid.length,
  };
}

/** The whole grid on one runner. */
export async function goalSeekByGrid(
  runner: Runner,
  scenario: ModelInputs,
  indicator: Indicator,
  probability: number,
  levels: number,
  run: InsightRun,
  opts: InsightOptions = {},
): Promise<GoalSeekResult> {
  const grid = goalSeekGrid(scenario, levels);
  const variants = grid.map((levers) => ({ ...scenario, levers }));
  const metrics = await evaluatePoints(runner, variants, indicator, run, opts);
  return chooseFromGrid(runner, scenario, indicator, probability, run, grid, metrics, {
    signal: opts.signal,
  });
}
