/**
 * npm run merge -- part-1.json part-2.json … [--format json|csv] [--out FILE]
 *
 * Combines the partial results of `npm run simulate -- … --shard k/N` (or of `sensitivity` or `goal-seek --design grid`)
 * into the result the unsharded run gives, byte for byte. Refuses, with one message each, a file that is not a
 * partial, partials of different plans, scenarios, seeds, run counts or model versions, a missing shard and a
 * duplicate. Every partial names its plan (id and version), which merge must hold: a bundled plan, or the plan file
 * `--plan PATH` gives (the one the shards ran with).
 */
import type { PlanRef } from '../model/plan.ts';
import { formatIssues, planOf } from '../scenario/parse.ts';
import { BUNDLED_PLANS, planById, planIdOf } from '../scenario/plans.ts';
import { PlanRefSchema } from '../scenario/schema.ts';
import { MODEL_VERSION } from '../model/version.ts';
import {
  createPairedSummary,
  mergePaired,
  type PairedSummary,
  createScenarioSummary,
} from '../engine/paired.ts';
import { deserialiseNumbers, deserialiseSummary } from '../engine/partial.ts';
import { mergeSummary } from '../stats/summary.ts';
import {
  checkWritable,
  formatFromFlags,
  helpText,
  parseFlags,
  readInputFile,
  runMain,
  UsageError,
  writeOutput,
  type FlagTable,
} from './args.ts';
import { checkRange, checkShards } from './merge-shards.ts';
import { PLAN_FLAG, planFromFlags } from './plan-flag.ts';
import { nextTurn } from './stop-on-signal.ts';
import { renderResult, SimulatePartialSchema } from './simulate-output.ts';
import { GOAL_SEEK_COMMAND, mergeGoalSeekPartials } from './goal-seek-output.ts';
import { mergeSensitivityPartials, SENSITIVITY_COMMAND } from './sensitivity-output.ts';

/** Largest partial file read (a simulate partial is well under 10 MB). */
export const MAX_PARTIAL_BYTES = 256 * 1024 * 1024;

const USAGE = 'npm run merge -- PART.json… [--plan ID|PATH] [--format json|csv] [--out FILE]';
const MERGE_FLAGS: FlagTable = {
  plan: {
    ...PLAN_FLAG.plan,
    help: `the plan file the shards ran with, when it is not a bundled plan (${BUNDLED_PLANS.map((p) => p.id).join(', ')})`,
  },
  format: { type: 'string', default: 'json', value: 'json|csv', help: 'output format (simulate partials)' },
  out: { type: 'string', value: 'FILE', help: 'write the merged result to FILE (default: standard output)' },
  quiet: { type: 'boolean', default: 'false', help: 'no summary line on standard error' },
  help: { type: 'boolean', default: 'false', help: 'show this help' },
};

export function readPartial(file: string): Record<string, unknown> {
  const text = readInputFile('partial', file, MAX_PARTIAL_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${file}: not JSON (is it a partial result of --shard?)`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new UsageError(`${file}: not a partial result of --shard`);
  const p = json as Record<string, unknown>;
  if (p.format !== 'ngit-partial/1') throw new UsageError(`${file}: not a partial result of --shard`);
  if (p.model !== MODEL_VERSION)
    throw new UsageError(
      `${file}: made with model ${String(p.model)}, this is ${MODEL_VERSION}; rerun that shard`,
    );
  const ref = PlanRefSchema.safeParse(p.plan);
  if (!ref.success)
    throw new UsageError(`${file}: the partial does not name its plan (id and version); rerun that shard`);
  const { id, version } = ref.data;
  const held = planById(id);
  if (!held || held.version !== version)
    throw new UsageError(
      `${file}: a shard of plan "${id}" ${version}, which merge does not hold${held ? ` (it holds ${held.version})` : ''}; give its plan file with --plan PATH`,
    );
  if (planIdOf(p.scenario) !== id)
    throw new UsageError(
      `${file}: the partial names plan "${id}", its scenario plan "${planIdOf(p.scenario)}"`,
    );
  return p;
}

/** The plan a partial names, as one phrase. */
const planOfPartial = (p: Record<string, unknown>) => {
  const ref = p.plan as PlanRef;
  return `plan "${ref.id}" ${ref.version}`;
};

export function mergeSimulate(files: string[], raw: Record<string, unknown>[], format: string): string {
  const parts = raw.map((r, i) => {
    const p = SimulatePartialSchema.safeParse(r);
    if (!p.success)
      throw new UsageError(`${files[i]}: ${formatIssues(p.error.issues).slice(0, 3).join('; ')}`);
    checkRange(files[i], p.data.shard, p.data.chunks);
    return { file: files[i], ...p.data };
  });
  const first = parts[0];
  const key = (p: (typeof parts)[number]) => JSON.stringify([p.scenario, p.baseline, p.chunks.total]);
  const differs = parts.find((p) => key(p) !== key(first));
  if (differs)
    throw new UsageError(
      `${differs.file} is a shard of another job (scenario, seed, runs or baseline differ) than ${first.file}`,
    );
  checkShards(parts);
  const summary = createScenarioSummary(planOf(first.scenario), first.scenario.startYear);
  const paired = createPairedSummary();
  for (const p of parts) {
    const { nInd, nYears, bins } = p.summary;
    if (nInd !== summary.nInd || nYears !== summary.nYears || bins !== summary.bins)
      throw new UsageError(
        `${p.file}: a summary of another shape (${nInd} series × ${nYears} years × ${bins} bins)`,
      );
    try {
      mergeSummary(summary, deserialiseSummary(p.summary));
      mergePaired(paired, deserialiseNumbers<PairedSummary>(p.paired));
    } catch (e) {
      throw new UsageError(`${p.file}: ${(e as Error).message}`);
    }
  }
  if (summary.runs !== first.scenario.runs)
    throw new UsageError(
      `the shards hold ${summary.runs} runs, the scenario asks for ${first.scenario.runs}`,
    );
  return renderResult(first.scenario, first.baseline, summary, paired, format);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, MERGE_FLAGS);
  planFromFlags(values); // registers a plan file the shards name
  if (values.help) {
    process.stdout.write(
      helpText(USAGE, 'Merges the partial results of sharded runs into the unsharded result.', MERGE_FLAGS),
    );
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give the partial files to merge (see --help)');
  const format = formatFromFlags(values, ['json', 'csv']);
  const out = values.out as string | undefined;
  if (out !== undefined) checkWritable('--out', out);
  const raw: Record<string, unknown>[] = [];
  for (const file of positionals) {
    raw.push(readPartial(file));
    await nextTurn(); // SIGTERM and SIGINT are handled between files
  }
  const otherPlan = raw.findIndex((r) => planOfPartial(r) !== planOfPartial(raw[0]));
  if (otherPlan >= 0)
    throw new UsageError(
      `${positionals[otherPlan]} is a shard of ${planOfPartial(raw[otherPlan])}, ${positionals[0]} of ${planOfPartial(raw[0])}`,
    );
  const command = raw[0].command;
  const mixed = raw.findIndex((r) => r.command !== command);
  if (mixed >= 0)
    throw new UsageError(
      `${positionals[mixed]} is a ${String(raw[mixed].command)} partial, ${positionals[0]} a ${String(command)} one`,
    );
  let body: string;
  if (command === 'simulate') body = mergeSimulate(positionals, raw, format);
  else if (command === SENSITIVITY_COMMAND) body = mergeSensitivityPartials(positionals, raw, format);
  else if (command === GOAL_SEEK_COMMAND) {
    if (format !== 'json') throw new UsageError('goal-seek partials merge into JSON only');
    body = await mergeGoalSeekPartials(positionals, raw);
  } else throw new UsageError(`${positionals[0]}: unknown partial kind "${String(command)}"`);
  writeOutput(out, body);
  if (values.quiet !== true) process.stderr.write(`merged ${positionals.length} partial results\n`);
  return 0;
}

runMain(import.meta.url, main);
