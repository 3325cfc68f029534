/**
 * npm run simulate -- [--plan ID|PATH] --scenario NAME|PATH [--runs N] [--seed S] [--workers K] [--set lever=value]…
 *                     [--baseline NAME|PATH] [--format json|csv] [--shard k/N] [--out FILE]
 *
 * Runs a scenario and prints, for each of the plan's ten indicators and each year, the mean and percentiles, the
 * probability of meeting each target of the plan's target year with its Monte Carlo standard error, the probability of meeting all ten,
 * the full scenario with its share link, and the honest cost: what the package adds over the baseline on the same
 * draws, per 亿元 of additional public money. With --shard k/N it simulates only its share of the run's chunks and
 * writes a partial result that `npm run merge` combines into exactly the unsharded output.
 * Bad input gets one message naming the problem and exit code 2; nothing is clamped.
 */
import { MODEL_VERSION } from '../model/version.ts';
import { planRef } from '../model/plan.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { chunksOf } from '../engine/chunks.ts';
import { createPairedSummary, runPairedChunks, createScenarioSummary } from '../engine/paired.ts';
import { parseShard, serialiseNumbers, serialiseSummary, shardRange } from '../engine/partial.ts';
import {
  checkWritable,
  formatFromFlags,
  helpText,
  OUTPUT_FLAGS,
  parseFlags,
  progressPrinter,
  runMain,
  UsageError,
  workersFromFlags,
  writeOutput,
} from './args.ts';
import { runPairedOnThreads } from './paired-threads.ts';
import { planFromFlags } from './plan-flag.ts';
import {
  BASELINE_FLAG,
  baselineFromFlags,
  planHelp,
  SCENARIO_FLAGS,
  scenarioFromFlags,
} from './scenario-flags.ts';
import { nextTurn } from './stop-on-signal.ts';
import {
  PARTIAL_FORMAT,
  baselineInputs,
  honestCostLine,
  renderResult,
  type SimulatePartial,
} from './simulate-output.ts';

const USAGE =
  'npm run simulate -- [--plan ID|PATH] --scenario NAME|PATH [--runs N] [--seed S] [--workers K] [--set lever=value]… [--baseline NAME|PATH] [--format json|csv] [--shard k/N] [--out FILE]';

export const SIMULATE_FLAGS = {
  ...SCENARIO_FLAGS,
  ...BASELINE_FLAG("the baseline of the honest cost: its levers, the scenario's assumptions, the same draws"),
  format: { type: 'string' as const, default: 'json', value: 'json|csv', help: 'output format' },
  shard: {
    type: 'string' as const,
    value: 'k/N',
    help: 'simulate only shard k of N (1 ≤ k ≤ N ≤ 10000) and write a partial result for npm run merge',
  },
  ...OUTPUT_FLAGS,
};

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, SIMULATE_FLAGS);
  const plan = planFromFlags(values);
  if (values.help) {
    process.stdout.write(
      helpText(
        USAGE,
        'Simulates a scenario; prints indicators by year, P(meet) and the honest cost.',
        SIMULATE_FLAGS,
        planHelp(plan.plan),
      ),
    );
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see --help)`);
  const format = formatFromFlags(values, ['json', 'csv']);
  const workers = workersFromFlags(values);
  const shard = typeof values.shard === 'string' ? parseShard(values.shard) : null;
  if (typeof values.shard === 'string' && !shard)
    throw new UsageError(`--shard: "${values.shard}" must be k/N with whole numbers 1 ≤ k ≤ N ≤ 10000`);
  if (shard && format !== 'json')
    throw new UsageError('--shard writes a JSON partial; --format csv goes to npm run merge');
  const s = scenarioFromFlags(values, plan);
  const baseline = baselineFromFlags(values, s);
  const out = values.out as string | undefined;
  if (out !== undefined) checkWritable('--out', out);
  const quiet = values.quiet === true;

  const inputs = toInputs(s);
  const base = baselineInputs(s, baseline);
  const started = performance.now();
  const progress = progressPrinter(quiet);

  if (shard) {
    const all = chunksOf(s.runs);
    const { first, end } = shardRange(all.length, shard);
    const summary = createScenarioSummary(inputs.plan, inputs.startYear);
    const paired = createPairedSummary();
    let done = 0;
    const total = all.slice(first, end).reduce((a, c) => a + c.runs, 0);
    for (const chunk of all.slice(first, end)) {
      runPairedChunks(inputs, base, s.seed, [chunk], paired, summary);
      done += chunk.runs;
      progress?.({ done, total });
      await nextTurn(); // SIGTERM and SIGINT are handled between chunks
    }
    const partial: SimulatePartial = {
      format: PARTIAL_FORMAT,
      command: 'simulate',
      model: MODEL_VERSION,
      plan: planRef(inputs.plan),
      scenario: s,
      baseline,
      shard,
      chunks: { first, end, total: all.length },
      summary: serialiseSummary(summary),
      paired: serialiseNumbers(paired),
    };
    writeOutput(out, JSON.stringify(partial) + '\n');
    report(quiet, `shard ${shard.k}/${shard.n}: ${done} of ${s.runs} runs of "${s.id}"`, started);
    return 0;
  }

  if (workers === 1) {
    // one pass: each chunk's scenario paths feed both the summary and the paired difference
    const summary = createScenarioSummary(inputs.plan, inputs.startYear);
    const paired = createPairedSummary();
    let done = 0;
    for (const chunk of chunksOf(s.runs)) {
      runPairedChunks(inputs, base, s.seed, [chunk], paired, summary);
      done += chunk.runs;
      progress?.({ done, total: s.runs });
      await nextTurn(); // SIGTERM and SIGINT are handled between chunks
    }
    writeOutput(out, renderResult(s, baseline, summary, paired, format));
    if (!quiet) process.stderr.write(honestCostLine(s, baseline, paired) + '\n');
    report(quiet, `${runsInPairs(s.runs)} of "${s.id}" and its paired baseline`, started);
    return 0;
  }
  // several threads: each runs its chunks' scenario and baseline paths in one pass too
  const { summary, paired } = await runPairedOnThreads(inputs, base, s.seed, s.runs, workers, progress);
  writeOutput(out, renderResult(s, baseline, summary, paired, format));
  if (!quiet) process.stderr.write(honestCostLine(s, baseline, paired) + '\n');
  report(quiet, `${runsInPairs(s.runs)} of "${s.id}" and its paired baseline on ${workers} threads`, started);
  return 0;
}

/** "5001 runs (2500 antithetic pairs and 1 unpaired run)": how the runs were drawn (src/engine/chunks.ts) */
function runsInPairs(runs: number): string {
  const pairs = Math.floor(runs / 2);
  return `${runs} runs (${pairs} antithetic pairs${runs % 2 ? ' and 1 unpaired run' : ''})`;
}

function report(quiet: boolean, what: string, started: number) {
  if (quiet) return;
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${what} in ${secs} s\n`);
}

runMain(import.meta.url, main);
