/**
 * The sensitivity command's outputs and partials, shared by `sensitivity` and `merge` so that merged shards give
 * the unsharded output byte for byte.
 */
import * as z from 'zod';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { planRef, type PlanRef } from '../model/plan.ts';
import { formatIssues, planOf, ScenarioValue } from '../scenario/parse.ts';
import { PlanRefSchema, type Scenario } from '../scenario/schema.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import type { Shard } from '../engine/partial.ts';
import type { PointMetrics } from '../insight/evaluate.ts';
import { assembleSensitivity, sensitivityDesign, type SensitivityResult } from '../insight/sensitivity.ts';
import { UsageError } from './args.ts';
import { checkRange, checkShards } from './merge-shards.ts';

export const SENSITIVITY_COMMAND = 'sensitivity';

export interface SensitivityPartial {
  format: 'ngit-partial/1';
  command: typeof SENSITIVITY_COMMAND;
  model: string;
  plan: PlanRef;
  scenario: Scenario;
  indicator: Indicator;
  shard: Shard;
  /** the design points [first, end) of `total` this shard evaluated, and their figures */
  points: { first: number; end: number; total: number };
  metrics: PointMetrics[];
}

const cell = (x: unknown) => (x === null || x === undefined ? '' : String(x));

export function renderSensitivity(scenario: Scenario, r: SensitivityResult, format: string): string {
  if (format === 'json')
    return (
      JSON.stringify(
        {
          ...r,
          plan: planRef(planOf(scenario)),
          scenario: scenario.id,
          seed: scenario.seed,
          runs: scenario.runs,
          model: MODEL_VERSION,
        },
        null,
        2,
      ) + '\n'
    );
  const head = [
    'input',
    'kind',
    'low',
    'high',
    'p_meet_low',
    'p_meet_high',
    'p_meet_low_se',
    'p_meet_high_se',
    'p50_low',
    'p50_high',
    'indicator',
    'year',
    'plan',
    'plan_version',
    'scenario',
    'model',
    'seed',
    'runs',
  ];
  const plan = planOf(scenario);
  const tail = [
    r.indicator,
    r.year,
    plan.id,
    plan.version,
    scenario.id,
    MODEL_VERSION,
    scenario.seed,
    scenario.runs,
  ];
  const rows = [head.join(',')];
  rows.push(
    ['(scenario)', 'base', '', '', r.base.pMeet, r.base.pMeet, '', '', r.base.p50, r.base.p50, ...tail]
      .map(cell)
      .join(','),
  );
  for (const x of r.rows)
    rows.push(
      [
        x.input,
        x.kind,
        x.low,
        x.high,
        x.pMeetLow,
        x.pMeetHigh,
        x.pMeetLowSE,
        x.pMeetHighSE,
        x.p50Low,
        x.p50High,
        ...tail,
      ]
        .map(cell)
        .join(','),
    );
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

const Metrics = z.strictObject({
  pMeet: z.number(),
  pMeetSE: z.number(),
  p50: z.number().nullable(),
  effectSE: z.number().optional(),
});
const PartialSchema = z.strictObject({
  format: z.literal('ngit-partial/1'),
  command: z.literal(SENSITIVITY_COMMAND),
  model: z.string(),
  plan: PlanRefSchema,
  scenario: ScenarioValue,
  indicator: z.enum(INDICATORS),
  shard: z.strictObject({ k: z.number().int().min(1), n: z.number().int().min(1) }),
  points: z.strictObject({
    first: z.number().int().min(0),
    end: z.number().int().min(0),
    total: z.number().int().min(1),
  }),
  metrics: z.array(Metrics),
});

export function mergeSensitivityPartials(
  files: string[],
  raw: Record<string, unknown>[],
  format: string,
): string {
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
  const key = (p: (typeof parts)[number]) => JSON.stringify([p.scenario, p.indicator, p.points.total]);
  const differs = parts.find((p) => key(p) !== key(first));
  if (differs)
    throw new UsageError(
      `${differs.file} is a shard of another job (scenario, indicator, seed or runs differ) than ${first.file}`,
    );
  checkShards(parts);
  const design = sensitivityDesign(toInputs(first.scenario));
  if (design.length !== first.points.total)
    throw new UsageError(
      `${first.file}: a design of ${first.points.total} points, this model has ${design.length}`,
    );
  const metrics = [...parts].sort((a, b) => a.shard.k - b.shard.k).flatMap((p) => p.metrics);
  return renderSensitivity(first.scenario, assembleSensitivity(first.indicator, design, metrics), format);
}
