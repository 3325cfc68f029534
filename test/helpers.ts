/** Shared test helpers: run a scenario through the same-thread engine and read numbers out of the summary. */
import { readFileSync, readdirSync } from 'node:fs';
import { defaultInputs, type ModelInputs } from '../src/model/inputs.ts';
import { SERIES, SERIES_INDEX, type Series } from '../src/model/series.ts';
import { prepare, simulatePath, createTrace, type Trace } from '../src/model/simulate.ts';
import { chunksOf, runChunks } from '../src/engine/chunks.ts';
import { summarySpec } from '../src/stats/summary-spec.ts';
import { meanOf, pMeetOf, quantileOf, type Summary } from '../src/stats/summary.ts';
import { chunkState, Rng } from '../src/stats/rng.ts';
import { parseScenarioJson } from '../src/scenario/parse.ts';
import type { Scenario } from '../src/scenario/schema.ts';

export function simulate(inputs: ModelInputs, runs: number, seed: string | number = 7): Summary {
  return runChunks(inputs, seed, chunksOf(runs));
}

export function stat(s: Summary, inputs: ModelInputs, series: Series, year: number) {
  const spec = summarySpec(inputs.startYear);
  const i = SERIES_INDEX[series];
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
export function onePath(inputs: ModelInputs = defaultInputs(), seed: string | number = 1, chunk = 0) {
  const p = prepare(inputs);
  const out = new Float64Array(SERIES.length * p.nYears);
  const trace: Trace = createTrace(p.nYears);
  simulatePath(p, new Rng(chunkState(seed, chunk)), out, trace);
  const at = (series: Series, year: number) =>
    out[SERIES_INDEX[series] * p.nYears + (year - inputs.startYear)];
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
