/**
 * The goal-seek command's output and its grid partials, shared by `goal-seek` and `merge` so that merged shards of a
 * grid give the unsharded output byte for byte.
 */
import * as z from 'zod';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { publicCostPerYear } from '../model/inputs.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { planModel, planRef, type PlanRef } from '../model/plan.ts';
import { formatIssues, planOf, ScenarioValue } from '../scenario/parse.ts';
import { PlanRefSchema, type Scenario } from '../scenario/schema.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import type { Shard } from '../engine/partial.ts';
import { SameThreadRunner } from '../engine/same-thread.ts';
import type { PointMetrics } from '../insight/evaluate.ts';
import type { GoalSeekResult } from '../insight/goal-seek.ts';
import { chooseFromGrid, goalSeekGrid } from '../insight/goal-seek-grid.ts';
import { UsageError } from './args.ts';
import { checkRange, checkShards } from './merge-shards.ts';
import { nextTurn } from './stop-on-signal.ts';

export const GOAL_SEEK_COMMAND = 'goal-seek';

export function renderGoalSeek(
  s: Scenario,
  r: GoalSeekResult,
  design: { method: 'search' | 'grid'; levels?: number },
) {
  const body = {
    ...r,
    method: design.method,
    ...(design.levels !== undefined ? { levels: design.levels } : {}),
    plan: planRef(planOf(s)),
    scenario: s.id,
    scenarioCostPerYear: publicCostPerYear(planModel(planOf(s)), s.levers),
    seed: s.seed,
    runs: s.runs,
    model: MODEL_VERSION,
  };
  return JSON.stringify(body, null, 2) + '\n';
}

export interface GoalSeekPartial {
  format: 'ngit-partial/1';
  command: typeof GOAL_SEEK_COMMAND;
  model: string;
  plan: PlanRef;
  scenario: Scenario;
  indicator: Indicator;
  probability: number;
  levels: number;
  shard: Shard;
  points: { first: number; end: number; total: number };
  metrics: PointMetrics[];
}

const PartialSchema = z.strictObject({
  format: z.literal('ngit-partial/1'),
  command: z.literal(GOAL_SEEK_COMMAND),
  model: z.string(),
  plan: PlanRefSchema,
  scenario: ScenarioValue,
  indicator: z.enum(INDICATORS),
  probability: z.number().min(0.01).max(0.99),
  levels: z.number().int().min(2).max(5),
  shard: z.strictObject({ k: z.number().int().min(1), n: z.number().int().min(1) }),
  points: z.strictObject({
    first: z.number().int().min(0),
    end: z.number().int().min(0),
    total: z.number().int().min(1),
  }),
  metrics: z.array(z.strictObject({ pMeet: z.number(), pMeetSE: z.number(), p50: z.number().nullable() })),
});

export async function mergeGoalSeekPartials(
  files: string[],
  raw: Record<string, unknown>[],
): Promise<string> {
  const parts = raw.map((r, i) => {
    const p = PartialSchema.safeParse(r);
    if (!p.success)
      throw new UsageError(`${files[i]}: ${formatIssues(p.error.issues).slice(0, 3).join('; ')}`);
    if (p.data.metrics.length !== p.data.points.end - p.data.points.first)
      throw new UsageError(
        `${files[i]}: ${p.data.metrics.length} results for ${p.data.points.end - p.data.points.first} points`,
      );
    checkRange(files[i], p.data.shard, p.data.points);
    return { file: files[i], ...p.data };
  });
  const first = parts[0];
  const key = (p: (typeof parts)[number]) =>
    JSON.stringify([p.scenario, p.indicator, p.probability, p.levels, p.points.total]);
  const differs = parts.find((p) => key(p) !== key(first));
  if (differs)
    throw new UsageError(
      `${differs.file} is a shard of another job (scenario, indicator, probability or levels differ) than ${first.file}`,
    );
  checkShards(parts);
  const inputs = toInputs(first.scenario);
  const grid = goalSeekGrid(inputs, first.levels);
  if (grid.length !== first.points.total)
    throw new UsageError(
      `${first.file}: a grid of ${first.points.total} points, this model has ${grid.length}`,
    );
  const metrics = [...parts].sort((a, b) => a.shard.k - b.shard.k).flatMap((p) => p.metrics);
  const r = await chooseFromGrid(
    new SameThreadRunner({ between: nextTurn }), // a stop gets its turn in the check run
    inputs,
    first.indicator,
    first.probability,
    { seed: first.scenario.seed, runs: first.scenario.runs },
    grid,
    metrics,
  );
  return renderGoalSeek(first.scenario, r, { method: 'grid', levels: first.levels });
}
