/**
 * The kernel of a checkout, loaded by path: this one's, or the "before" revision's (bench/revision.ts), so that
 * `npm run bench` runs both in one process and times them interleaved. Only long-standing exports are used (those of
 * model 2.0.x and since), typed as this checkout's; a revision that lacks one fails with its name.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Chunks from '../src/engine/chunks.ts';
import type { ModelInputs } from '../src/model/inputs.ts';
import type * as Simulate from '../src/model/simulate.ts';
import type * as RngModule from '../src/stats/rng.ts';
import type * as SummaryModule from '../src/stats/summary.ts';
import type { SummarySpec } from '../src/stats/summary.ts';

/**
 * A checkout's kernel behind one face, whichever API it has: before plans were files (model 2.0.x: defaultInputs(),
 * summarySpec(startYear), SERIES, PATH_KEYS) or after (a plan file: defaultInputs(plan), summarySpec(plan, y),
 * prepare(…).pathLength, planModel(plan).pathKeys). Both run the 2021–2025 plan's own package.
 */
export interface Kernel {
  root: string;
  chunks: typeof Chunks;
  simulate: typeof Simulate;
  rng: typeof RngModule;
  summary: typeof SummaryModule;
  /** the 2021–2025 plan's scenario inputs */
  defaultInputs(): ModelInputs;
  spec(inputs: ModelInputs): SummarySpec;
  /** floats a path writes */
  pathLength(inputs: ModelInputs): number;
  /** per-path uniforms */
  pathKeyCount: number;
  /** the output indicator's series and the target year's index from the start */
  outputIndex: number;
  targetYearIndex(inputs: ModelInputs): number;
}

type Module = Record<string, unknown>;
const load = async (root: string, file: string): Promise<Module> =>
  (await import(pathToFileURL(join(root, file)).href)) as Module;
function need<T>(m: Module, name: string, file: string): T {
  if (!(name in m)) throw new Error(`bench: ${file} has no export ${name}; pick another BENCH_BEFORE`);
  return m[name] as T;
}

export async function loadKernel(root: string): Promise<Kernel> {
  const chunks = (await load(root, 'src/engine/chunks.ts')) as unknown as typeof Chunks;
  const simulate = (await load(root, 'src/model/simulate.ts')) as unknown as typeof Simulate;
  const rng = (await load(root, 'src/stats/rng.ts')) as unknown as typeof RngModule;
  const summary = (await load(root, 'src/stats/summary.ts')) as unknown as typeof SummaryModule;
  const inputsM = await load(root, 'src/model/inputs.ts');
  const specM = await load(root, 'src/stats/summary-spec.ts');
  const defaultInputs = need<(...a: unknown[]) => ModelInputs>(
    inputsM,
    'defaultInputs',
    'src/model/inputs.ts',
  );
  const summarySpec = need<(...a: unknown[]) => SummarySpec>(
    specM,
    'summarySpec',
    'src/stats/summary-spec.ts',
  );
  if (existsSync(join(root, 'src/model/plan.ts'))) {
    const plans = await load(root, 'src/scenario/plans.ts');
    const planM = await load(root, 'src/model/plan.ts');
    const plan = need<(id: string) => unknown>(
      plans,
      'bundledPlan',
      'src/scenario/plans.ts',
    )('cq-ngit-2021-2025');
    const pm = need<(p: unknown) => { pathKeys: string[]; targetYear: number }>(
      planM,
      'planModel',
      'plan.ts',
    )(plan);
    return {
      root,
      chunks,
      simulate,
      rng,
      summary,
      defaultInputs: () => defaultInputs(plan),
      spec: (i) => summarySpec(i.plan, i.startYear),
      pathLength: (i) => simulate.prepare(i).pathLength,
      pathKeyCount: pm.pathKeys.length,
      outputIndex: 0,
      targetYearIndex: (i) => pm.targetYear - i.startYear,
    };
  }
  const series = await load(root, 'src/model/series.ts');
  const pathKeys = await load(root, 'src/model/path-keys.ts');
  const indicators = await load(root, 'src/model/indicators.ts');
  const SERIES = need<string[]>(series, 'SERIES', 'src/model/series.ts');
  const TARGET_YEAR = need<number>(indicators, 'TARGET_YEAR', 'src/model/indicators.ts');
  return {
    root,
    chunks,
    simulate,
    rng,
    summary,
    defaultInputs: () => defaultInputs(),
    spec: (i) => summarySpec(i.startYear),
    pathLength: (i) => SERIES.length * (summarySpec(i.startYear) as SummarySpec).nYears,
    pathKeyCount: need<string[]>(pathKeys, 'PATH_KEYS', 'src/model/path-keys.ts').length,
    outputIndex: SERIES.indexOf('output'),
    targetYearIndex: (i) => TARGET_YEAR - i.startYear,
  };
}

/** The plan scenario's P(meet) of the 2025 output target, and its standard error, from `runs` runs at seed 7. */
export function outputPMeet(k: Kernel, runs: number): { p: number; se: number } {
  const inputs = k.defaultInputs();
  const s = k.chunks.runChunks(inputs, 7, k.chunks.chunksOf(runs));
  return k.summary.pMeetOf(s, k.outputIndex, k.targetYearIndex(inputs));
}

/**
 * The fewest runs, in steps of `step`, whose standard error of P(meet output) is at most `target` (seed 7): a first
 * guess from the error at `probe` runs (it falls as 1/√runs), then walked up to the first count that reaches it and
 * down while the next lower one still does. Returns the count and the error reached.
 */
export function runsToPrecision(
  k: Kernel,
  target: number,
  probe: number,
  step = 100,
): { runs: number; se: number } {
  const first = outputPMeet(k, probe).se;
  let runs = Math.max(step, Math.ceil((probe * (first / target) ** 2) / step) * step);
  let se = outputPMeet(k, runs).se;
  while (se > target) se = outputPMeet(k, (runs += step)).se;
  for (;;) {
    if (runs - step < step) break;
    const lower = outputPMeet(k, runs - step).se;
    if (lower > target) break;
    runs -= step;
    se = lower;
  }
  return { runs, se };
}
