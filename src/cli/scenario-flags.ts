/**
 * The flags every simulating command shares (--plan, --scenario, --runs, --seed, --workers, --set), the scenario and
 * the baseline they describe, and the part of --help that lists the plan's scenario names and levers.
 *
 * A scenario is a name or a file. A name is a shipped file in scenarios/ of the plan in use, or, on a plan without
 * such a file, that plan's own package (`plan`, `no-new-policy`: src/scenario/plan-presets.ts). A file is judged as
 * the app judges an imported one (src/scenario/scenario-file.ts); it runs on the plan it names, which must be the
 * one --plan gives when --plan is given, and which the command must hold (a bundled plan, or one --plan PATH loaded).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LeverKey } from '../model/parameters.ts';
import { planModel, type Plan } from '../model/plan.ts';
import { modifiedId, modifiedName } from '../scenario/modified.ts';
import { parseScenario, planOf } from '../scenario/parse.ts';
import { isPresetKind, planPreset, PRESET_KINDS } from '../scenario/plan-presets.ts';
import { planById, planIdOf } from '../scenario/plans.ts';
import {
  readScenarioFile,
  SCENARIO_FILE_MAX_BYTES,
  scenarioFileSizeProblem,
} from '../scenario/scenario-file.ts';
import { RUNS_MAX, RUNS_MIN, type Scenario } from '../scenario/schema.ts';
import {
  decimalInt,
  decimalNumber,
  problems,
  readInputBytes,
  SEED_MAX,
  UsageError,
  WORKERS_MAX,
  type FlagTable,
} from './args.ts';
import { PLAN_FLAG, type PlanChoice } from './plan-flag.ts';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** The shipped scenario files, by name, with the plan each belongs to. */
function shippedScenarios(): { name: string; plan: string }[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort()
    .map((f) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(`${SCENARIO_DIR}${f}`, 'utf8'));
      } catch {
        json = null; // a broken shipped file is refused by the validator when it is asked for
      }
      return { name: f.slice(0, -5), plan: planIdOf(json) };
    });
}

/** The scenario names of a plan: its shipped files, and its own packages where no file has their name. */
export function scenarioNames(plan: Plan): string[] {
  const files = shippedScenarios()
    .filter((s) => s.plan === plan.id)
    .map((s) => s.name);
  return [...new Set([...files, ...PRESET_KINDS])].sort();
}

export const SCENARIO_FLAGS: FlagTable = {
  ...PLAN_FLAG,
  scenario: {
    type: 'string',
    default: 'plan',
    value: 'NAME|PATH',
    help: `a scenario name of the plan (see below) or a scenario file, a regular file of at most ${SCENARIO_FILE_MAX_BYTES / 1024} kB`,
  },
  runs: {
    type: 'string',
    value: 'N',
    help: `Monte Carlo runs, a whole number ${RUNS_MIN}–${RUNS_MAX.toLocaleString('en')}, drawn in antithetic pairs (an odd count leaves the last run unpaired; default: the scenario's)`,
  },
  seed: {
    type: 'string',
    value: 'S',
    help: `random seed, a whole number 0–${SEED_MAX} (default: the scenario's)`,
  },
  workers: {
    type: 'string',
    default: '1',
    value: 'K',
    help: `worker threads, 1–${WORKERS_MAX}; the numbers do not depend on it`,
  },
  set: {
    type: 'string',
    multiple: true,
    value: 'lever=value',
    help: 'override a lever, repeatable (levers and ranges below)',
  },
};

/** The --baseline flag of the commands that measure a gain over a baseline. */
export const BASELINE_FLAG = (what: string): FlagTable => ({
  baseline: {
    type: 'string',
    value: 'NAME|PATH',
    help: `${what} (default: no-new-policy of the scenario's plan, from the scenario's start year)`,
  },
});

/** The lines --help adds for a plan: its id, its scenario names, its levers with range, unit and plan value. */
export function planHelp(plan: Plan): string[] {
  const pm = planModel(plan);
  const lines = [
    `plan: ${plan.id} ${plan.version} (${plan.shortTitle.en}; --plan to choose another)`,
    '',
    `scenario names: ${scenarioNames(plan).join(', ')}`,
    '',
    'levers (--set lever=value, range and unit):',
  ];
  for (const k of pm.leverKeys) {
    const d = pm.levers[k];
    lines.push(`  ${k.padEnd(20)} ${d.min}–${d.max} ${d.unit.en} [plan: ${d.plan}]`);
  }
  return lines;
}

/** The size check of a scenario file, the app's own (src/scenario/scenario-file.ts). */
const scenarioTooBig = (bytes: number) => scenarioFileSizeProblem(bytes)?.text ?? null;

const planName = (id: string, version?: string) => `"${id}"${version ? ` ${version}` : ''}`;

/**
 * A scenario by name on `plan` (a shipped file of that plan, or its own package), else a path to a scenario file:
 * its bytes as read, or the scenario itself.
 */
function scenarioSource(
  ref: string,
  plan: Plan,
  flag: string,
): { bytes: Buffer; from: string } | { preset: Scenario } {
  if (/^[a-z0-9-]+$/.test(ref)) {
    const shipped = shippedScenarios().find((s) => s.name === ref);
    if (shipped?.plan === plan.id) {
      const named = `${SCENARIO_DIR}${ref}.json`;
      return { bytes: readInputBytes(flag, named, scenarioTooBig), from: named };
    }
    if (isPresetKind(ref)) return { preset: planPreset(plan, ref) };
    if (shipped)
      throw new UsageError(
        `${flag} ${ref}: a scenario of plan ${planName(shipped.plan)}, not of ${planName(plan.id, plan.version)}, whose names are ${scenarioNames(plan).join(', ')}`,
      );
  }
  try {
    statSync(ref);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !/[/\\.]/.test(ref)) {
      throw new UsageError(
        `${flag} ${ref}: file not found, and not a scenario name (${scenarioNames(plan).join(', ')})`,
      );
    }
  }
  return { bytes: readInputBytes(flag, ref, scenarioTooBig), from: ref };
}

/**
 * The scenario a file or name gives, as the validator judges it: on `choice.plan` when --plan was given (a file of
 * another plan is refused), else on the plan the file names. Notices (a file of an older model) go to standard error.
 */
export function readScenarioRef(
  ref: string,
  choice: PlanChoice,
  flag = '--scenario',
  whose = '--plan gives',
): Scenario {
  const src = scenarioSource(ref, choice.plan, flag);
  if ('preset' in src) return src.preset;
  const { bytes, from } = src;
  const file = readScenarioFile(bytes);
  if (!file.ok) {
    const unknown = file.problems.find((p) => p.code === 'unknown-plan');
    if (unknown)
      throw new UsageError(
        `${flag} ${from}: the scenario is for plan ${planName(String(unknown.values.id), String(unknown.values.version))}, which this command does not hold; load its plan file with --plan PATH`,
      );
    throw new UsageError(
      problems(
        `scenario file ${from} is not valid`,
        file.problems.map((p) => p.text),
      ),
    );
  }
  const s = file.scenario;
  const id = planIdOf(s);
  if (choice.explicit && id !== choice.plan.id)
    throw new UsageError(
      `${flag} ${from}: the scenario is for plan ${planName(id, s.plan?.version)}, ${whose} ${planName(choice.plan.id, choice.plan.version)}`,
    );
  for (const n of file.notices) process.stderr.write(`note: ${flag} ${from}: ${n.text}\n`);
  const held = planById(id)!;
  if (s.plan && s.plan.version !== held.version)
    process.stderr.write(
      `note: ${flag} ${from}: made with plan ${planName(id, s.plan.version)}, run on its version ${held.version}\n`,
    );
  return s;
}

/** The scenario the shared flags describe: a file or name, then --set, --runs and --seed, validated as a whole. */
export function scenarioFromFlags(values: Record<string, unknown>, choice: PlanChoice): Scenario {
  const read = readScenarioRef(String(values.scenario ?? 'plan'), choice);
  const scenario = structuredClone(read);
  const leverKeys = planModel(planOf(scenario)).leverKeys;
  for (const s of (values.set as string[] | undefined) ?? []) {
    const m = /^([^=]+)=(.*)$/.exec(s);
    if (!m) throw new UsageError(`--set "${s}": write it as lever=value, e.g. --set fund=20`);
    if (!(leverKeys as readonly string[]).includes(m[1]))
      throw new UsageError(`--set: unknown lever "${m[1]}"; levers are: ${leverKeys.join(', ')}`);
    scenario.levers[m[1] as LeverKey] = decimalNumber(`--set ${m[1]}`, m[2]);
  }
  // a package --set changed is not the file's: it goes out under an id and a name of its own, as the app's do
  const same = (k: LeverKey) => JSON.stringify(scenario.levers[k]) === JSON.stringify(read.levers[k]);
  if (!leverKeys.every(same)) {
    scenario.id = modifiedId(scenario.id);
    scenario.name = modifiedName(scenario.name);
  }
  if (typeof values.runs === 'string') scenario.runs = decimalInt('--runs', values.runs, RUNS_MIN, RUNS_MAX);
  if (typeof values.seed === 'string') scenario.seed = decimalInt('--seed', values.seed, 0, SEED_MAX);
  const checked = parseScenario(scenario);
  if (!checked.ok) throw new UsageError(problems('invalid input', checked.errors));
  return checked.value;
}

/**
 * The baseline of a gain or an honest cost: --baseline, a name or a file of the scenario's plan that starts in the
 * scenario's start year; without it, the no-new-policy package of the scenario's plan moved to that start year
 * (its levers, the scenario's world: `npm run simulate -- --scenario backcast-2016` runs from 2016).
 */
export function baselineFromFlags(values: Record<string, unknown>, scenario: Scenario): Scenario {
  const plan = planOf(scenario);
  const choice: PlanChoice = { plan, explicit: true };
  if (typeof values.baseline === 'string') {
    const b = readScenarioRef(values.baseline, choice, '--baseline', "the scenario's is");
    if (b.startYear !== scenario.startYear)
      throw new UsageError(
        `--baseline ${b.id} starts in ${b.startYear}, the scenario in ${scenario.startYear}`,
      );
    return b;
  }
  const b = readScenarioRef('no-new-policy', choice, '--baseline');
  if (b.startYear === scenario.startYear) return b;
  const moved = parseScenario({ ...b, startYear: scenario.startYear });
  if (!moved.ok)
    throw new UsageError(problems(`--baseline no-new-policy from ${scenario.startYear}`, moved.errors));
  return moved.value;
}
