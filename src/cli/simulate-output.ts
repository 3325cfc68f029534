/**
 * The simulate command's outputs, shared by `simulate` and `merge` so that a merged set of shards writes exactly
 * the bytes the unsharded run writes.
 */
import * as z from 'zod';
import type { ModelInputs } from '../model/inputs.ts';
import type { PlanRef } from '../model/plan.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { PlanRefSchema, type Scenario } from '../scenario/schema.ts';
import { ScenarioValue } from '../scenario/parse.ts';
import { toCsv } from '../engine/csv.ts';
import { additionalEffect, PAIRED_BINS, PAIRED_SERIES, type PairedSummary } from '../engine/paired.ts';
import type { SerialSummary, Shard } from '../engine/partial.ts';
import { toResult } from '../engine/result.ts';
import type { Summary } from '../stats/summary.ts';

export const PARTIAL_FORMAT = 'ngit-partial/1';

/** The baseline of the honest cost: the scenario's own world and assumptions, with the baseline's levers. */
export function baselineInputs(scenario: Scenario, baseline: Scenario): ModelInputs {
  return { ...toInputs(scenario), levers: { ...baseline.levers } };
}

export function renderResult(
  scenario: Scenario,
  baseline: Scenario,
  summary: Summary,
  paired: PairedSummary,
  format: string,
): string {
  const inputs = toInputs(scenario);
  const additional = additionalEffect(paired, inputs, baselineInputs(scenario, baseline), baseline);
  const result = toResult(summary, inputs, { scenario, seed: scenario.seed, additional });
  return format === 'csv' ? toCsv(result) : JSON.stringify(result, null, 2) + '\n';
}

/** One line for standard error: the honest cost of the package in the target year. */
export function honestCostLine(scenario: Scenario, baseline: Scenario, paired: PairedSummary): string {
  const inputs = toInputs(scenario);
  const a = additionalEffect(paired, inputs, baselineInputs(scenario, baseline), baseline);
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  if (!a.additionalOutputPerYuan || !a.additionalValueAddedPerYuan)
    return `${scenario.id} spends no more public money than ${baseline.id}: no cost per 亿元`;
  const o = a.additionalOutputPerYuan;
  const v = a.additionalValueAddedPerYuan;
  return (
    `over ${baseline.id}, per 亿元 of the ${f(a.additionalPublicMoney)} 亿元 of additional public money 2021–${a.targetYear}: ` +
    `${a.targetYear} output +${f(o.mean)} (5–95: ${f(o.p5)} to ${f(o.p95)}), value added +${f(v.mean)} (${f(v.p5)} to ${f(v.p95)}) 亿元`
  );
}

/** A shard's partial result: what `npm run merge` needs to rebuild the unsharded result exactly. */
export interface SimulatePartial {
  format: typeof PARTIAL_FORMAT;
  command: 'simulate';
  model: string;
  /** the plan the shard ran on: merge refuses shards of different plans, and needs the plan to be held */
  plan: PlanRef;
  scenario: Scenario;
  baseline: Scenario;
  shard: Shard;
  /** the chunk range [first, end) of the run's chunks that this shard simulated */
  chunks: { first: number; end: number; total: number };
  summary: SerialSummary;
  paired: unknown;
}

const num = z.union([z.number(), z.enum(['Infinity', '-Infinity', 'NaN'])]);
export const SimulatePartialSchema = z.strictObject({
  format: z.literal(PARTIAL_FORMAT),
  command: z.literal('simulate'),
  model: z.string(),
  plan: PlanRefSchema,
  scenario: ScenarioValue,
  baseline: ScenarioValue,
  shard: z.strictObject({ k: z.number().int().min(1), n: z.number().int().min(1) }),
  chunks: z.strictObject({
    first: z.number().int().min(0),
    end: z.number().int().min(0),
    total: z.number().int().min(1),
  }),
  summary: z.strictObject({
    nInd: z.number().int().min(1),
    nYears: z.number().int().min(1),
    bins: z.number().int().min(1),
    runs: z.number().int().min(0),
    allMeet: z.number().int().min(0),
    binOffset: z.array(num),
    binScale: z.array(num),
    n: z.array(num),
    sumHi: z.array(num),
    sumLo: z.array(num),
    min: z.array(num),
    max: z.array(num),
    meet: z.array(num),
    pairN: z.array(z.number().int().min(0)),
    pairMeet: z.array(z.number().int().min(0)),
    pairBoth: z.array(z.number().int().min(0)),
    pairs: z.number().int().min(0),
    allPairMeet: z.number().int().min(0),
    allPairBoth: z.number().int().min(0),
    counts: z.array(z.number()),
  }),
  paired: z.strictObject({
    runs: z.number().int().min(0),
    n: z.array(num).length(PAIRED_SERIES.length),
    sumHi: z.array(num).length(PAIRED_SERIES.length),
    sumLo: z.array(num).length(PAIRED_SERIES.length),
    min: z.array(num).length(PAIRED_SERIES.length),
    max: z.array(num).length(PAIRED_SERIES.length),
    counts: z.array(z.number().int().min(0)).length(PAIRED_SERIES.length * PAIRED_BINS),
  }),
});

export const modelMatches = (p: { model: string }) => p.model === MODEL_VERSION;
