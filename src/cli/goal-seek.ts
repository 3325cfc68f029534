/**
 * npm run goal-seek -- [--plan ID|PATH] --scenario S --indicator K --probability P [--runs N] [--seed S] [--workers K] [--out F]
 *
 * The package with the lowest public cost a year that reaches P(meet) ≥ P for the indicator, levers inside their
 * ranges, or "unreachable" with the best P at maximum levers (src/insight/goal-seek.ts, docs/INSIGHT.md). Prints
 * {feasible, levers, costPerYear, pMeet, pMeetSE, verifiedSeed, …}.
 */
import { planRef } from '../model/plan.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { parseShard, shardRange } from '../engine/partial.ts';
import { evaluatePoints } from '../insight/evaluate.ts';
import { goalSeek } from '../insight/goal-seek.ts';
import { goalSeekByGrid, goalSeekGrid } from '../insight/goal-seek-grid.ts';
import { GOAL_SEEK_COMMAND, renderGoalSeek, type GoalSeekPartial } from './goal-seek-output.ts';
import {
  checkWritable,
  decimalInt,
  helpText,
  OUTPUT_FLAGS,
  parseFlags,
  progressPrinter,
  runMain,
  UsageError,
  workersFromFlags,
  writeOutput,
  type FlagTable,
} from './args.ts';
import { indicatorFromFlags, INSIGHT_FLAGS, runnerFor } from './insight-flags.ts';
import { planFromFlags } from './plan-flag.ts';
import { planHelp, scenarioFromFlags } from './scenario-flags.ts';

const USAGE =
  'npm run goal-seek -- [--plan ID|PATH] --scenario S --indicator K --probability P [--runs N] [--seed S] [--workers K] [--set lever=value]… [--design search|grid] [--levels L] [--shard k/N] [--out F]';

const FLAGS: FlagTable = {
  ...INSIGHT_FLAGS,
  probability: {
    type: 'string',
    default: '0.8',
    value: 'P',
    help: 'the chance to reach, a decimal strictly between 0 and 1 (0.01–0.99)',
  },
  design: {
    type: 'string',
    default: 'search',
    value: 'search|grid',
    help: 'search: the sequential search (docs/INSIGHT.md); grid: every costly lever on L levels, which shards',
  },
  levels: {
    type: 'string',
    default: '3',
    value: 'L',
    help: 'grid levels per costly lever, 2–5 (--design grid)',
  },
  shard: {
    type: 'string',
    value: 'k/N',
    help: 'evaluate only shard k of N of the grid points (--design grid); merge with npm run merge',
  },
  ...OUTPUT_FLAGS,
};

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS);
  const plan = planFromFlags(values);
  if (values.help) {
    process.stdout.write(
      helpText(USAGE, 'The cheapest lever package that reaches P(meet) ≥ P.', FLAGS, planHelp(plan.plan)),
    );
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see --help)`);
  const workers = workersFromFlags(values);
  const indicator = indicatorFromFlags(values);
  const raw = String(values.probability);
  if (!/^0?\.[0-9]+$/.test(raw) || Number(raw) < 0.01 || Number(raw) > 0.99)
    throw new UsageError(`--probability: "${raw}" must be a decimal from 0.01 to 0.99, e.g. 0.8`);
  const probability = Number(raw);
  const design = String(values.design);
  if (design !== 'search' && design !== 'grid')
    throw new UsageError(`--design must be search or grid, not "${design}"`);
  const levels = decimalInt('--levels', String(values.levels), 2, 5);
  const shard = typeof values.shard === 'string' ? parseShard(values.shard) : null;
  if (typeof values.shard === 'string' && !shard)
    throw new UsageError(`--shard: "${values.shard}" must be k/N with whole numbers 1 ≤ k ≤ N ≤ 10000`);
  if (shard && design !== 'grid')
    throw new UsageError('--shard needs --design grid: the search is sequential');
  const s = scenarioFromFlags(values, plan);
  const out = values.out as string | undefined;
  if (out !== undefined) checkWritable('--out', out);
  const quiet = values.quiet === true;
  const started = performance.now();
  const inputs = toInputs(s);
  const run = { seed: s.seed, runs: s.runs };
  const onProgress = progressPrinter(quiet);
  const runner = runnerFor(workers);
  try {
    if (shard) {
      const grid = goalSeekGrid(inputs, levels);
      const { first, end } = shardRange(grid.length, shard);
      const mine = grid.slice(first, end).map((levers) => ({ ...inputs, levers }));
      const metrics = await evaluatePoints(runner, mine, indicator, run, { onProgress });
      const partial: GoalSeekPartial = {
        format: 'ngit-partial/1',
        command: GOAL_SEEK_COMMAND,
        model: MODEL_VERSION,
        plan: planRef(inputs.plan),
        scenario: s,
        indicator,
        probability,
        levels,
        shard,
        points: { first, end, total: grid.length },
        metrics,
      };
      writeOutput(out, JSON.stringify(partial) + '\n');
    } else {
      const r =
        design === 'grid'
          ? await goalSeekByGrid(runner, inputs, indicator, probability, levels, run, { onProgress })
          : await goalSeek(runner, inputs, indicator, probability, run, { onProgress });
      writeOutput(
        out,
        renderGoalSeek(s, r, design === 'grid' ? { method: 'grid', levels } : { method: 'search' }),
      );
    }
    if (!quiet)
      process.stderr.write(`\ngoal seek in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    runner.dispose();
  }
}

runMain(import.meta.url, main);
