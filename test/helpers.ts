/** Shared test helpers: run a scenario through the same-thread engine and read numbers out of the summary. */
import { readFileSync, readdirSync } from 'node:fs';
import { defaultInputs, type ModelInputs } from '../src/model/inputs.ts';
import { planModel, type LeverValue, type Plan } from '../src/model/plan.ts';
import { prepare, simulatePath, createTrace, type Trace } from '../src/model/simulate.ts';
import { chunksOf, runChunks } from '../src/engine/chunks.ts';
import { summarySpec } from '../src/stats/summary-spec.ts';
import { meanOf, pMeetOf, quantileOf, type Summary } from '../src/stats/summary.ts';
import { chunkState, Rng } from '../src/stats/rng.ts';
import { parseScenarioJson } from '../src/scenario/parse.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../src/scenario/plans.ts';
import type { Scenario } from '../src/scenario/schema.ts';

/** The 2021–2025 plan (plans/cq-ngit-2021-2025.json), the plan of every shipped scenario. */
export const PLAN: Plan = bundledPlan(LEGACY_PLAN_ID)!;
export const PM = planModel(PLAN);
/** The series index of the 2021–2025 plan's paths. */
export const SERIES_INDEX = PM.seriesIndex;

/** The default inputs of a plan (the 2021–2025 plan unless given). */
export const planInputs = (overrides: Partial<Omit<ModelInputs, 'plan'>> = {}, plan: Plan = PLAN) =>
  defaultInputs(plan, overrides);

/** A lever value that is one number for every period (the shipped scenarios set no lever by period); throws if not. */
export function oneValue(v: LeverValue): number {
  if (typeof v !== 'number') throw new Error(`expected one value for every period, got ${JSON.stringify(v)}`);
  return v;
}

export function simulate(inputs: ModelInputs, runs: number, seed: string | number = 7): Summary {
  return runChunks(inputs, seed, chunksOf(runs));
}

export function stat(s: Summary, inputs: ModelInputs, series: string, year: number) {
  const spec = summarySpec(inputs.plan, inputs.startYear);
  const i = planModel(inputs.plan).seriesIndex[series];
  const y = year - inputs.startYear;
  return {
    mean: meanOf(s, spec, i, y),
    median: quantileOf(s, spec, i, y, 0.5),
    min: s.min[i * spec.nYears + y],
    max: s.max[i * spec.nYears + y],
    pMeet: pMeetOf(s, i, y).p,
  };
}

/** One path with its trace, from a given seed. */
export function onePath(inputs: ModelInputs = planInputs(), seed: string | number = 1, chunk = 0) {
  const p = prepare(inputs);
  const out = new Float64Array(p.pathLength);
  const trace: Trace = createTrace(p.nYears, p.nSectors);
  simulatePath(p, new Rng(chunkState(seed, chunk)), out, trace);
  const index = planModel(inputs.plan).seriesIndex;
  const at = (series: string, year: number) => out[index[series] * p.nYears + (year - inputs.startYear)];
  return { out, trace, at, nYears: p.nYears };
}

export const SCENARIO_DIR = new URL('../scenarios/', import.meta.url);

export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
}

export function loadScenario(file: string): Scenario {
  const parsed = parseScenarioJson(readFileSync(new URL(file, SCENARIO_DIR), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}
