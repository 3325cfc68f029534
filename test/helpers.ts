/** Shared test helpers: run a scenario through the same-thread engine and read numbers out of the summary. */
import { readFileSync, readdirSync } from 'node:fs';
import { defaultInputs, type ModelInputs } from '../src/model/inputs.ts';
import { planModel, type LeverValue, type Plan } from '../src/model/plan.ts';
import { prepare, simulatePath, createTrace, type Trace } from '../src/model/simulate.ts';
import { simulatePathReference } from '../src/model/reference.ts';
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

/**
 * The fast kernel against the readable reference model (src/model/reference.ts) on `paths` paths from the same
 * generator state: every series and year equal to 1e-10 relative (whole numbers exactly, NaN where the other is
 * NaN), and after each path both have drawn the same random numbers. Gives the first five mismatches and how many
 * finite values were compared.
 */
export function kernelVersusReference(inputs: ModelInputs, paths: number, seed: string, chunk = 1) {
  const p = prepare(inputs);
  const out = new Float64Array(p.pathLength);
  const a = new Rng(chunkState(seed, chunk));
  const b = new Rng(chunkState(seed, chunk));
  const mismatches: string[] = [];
  let finite = 0;
  let sameDraws = true;
  for (let path = 0; path < paths; path++) {
    simulatePath(p, a, out);
    const ref = simulatePathReference(inputs, b);
    p.pm.series.forEach((k, i) => {
      if (ref[k]?.length !== p.nYears)
        mismatches.push(`path ${path} ${k}: ${ref[k]?.length} years, not ${p.nYears}`);
      for (let t = 0; t < p.nYears; t++) {
        const x = out[i * p.nYears + t];
        const y = ref[k]?.[t];
        if (Number.isFinite(y)) finite++;
        const same = Number.isNaN(y)
          ? Number.isNaN(x)
          : Number.isInteger(y)
            ? x === y
            : Math.abs(x - y) <= 1e-10 * Math.max(1, Math.abs(y));
        if (!same) mismatches.push(`path ${path} ${k}[${t}]: kernel ${x}, readable ${y}`);
      }
    });
    if (JSON.stringify(a.state()) !== JSON.stringify(b.state())) sameDraws = false;
  }
  return { mismatches: mismatches.slice(0, 5), finite, sameDraws, nYears: p.nYears };
}
