/**
 * npm run sensitivity -- [--plan ID|PATH] --scenario S --indicator K [--runs N] [--seed S] [--workers K] [--set lever=value]…
 *                        [--format json|csv] [--shard k/N] [--out F]
 *
 * The tornado of one indicator: every lever min→max, every assumption pinned at its 5th and 95th percentile, on the
 * scenario's seed; rows sorted by |pMeetHigh − pMeetLow| (src/insight/sensitivity.ts). With --shard k/N it
 * evaluates only its share of the design points and writes a partial for `npm run merge`.
 */
import { planRef } from '../model/plan.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { parseShard, shardRange } from '../engine/partial.ts';
import { evaluateDesign, sensitivity, sensitivityDesign } from '../insight/sensitivity.ts';
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
  type FlagTable,
} from './args.ts';
import { indicatorFromFlags, INSIGHT_FLAGS, runnerFor } from './insight-flags.ts';
import { planFromFlags } from './plan-flag.ts';
import { planHelp, scenarioFromFlags } from './scenario-flags.ts';
import { renderSensitivity, SENSITIVITY_COMMAND, type SensitivityPartial } from './sensitivity-output.ts';

const USAGE =
  'npm run sensitivity -- [--plan ID|PATH] --scenario S --indicator K [--runs N] [--seed S] [--workers K] [--set lever=value]… [--format json|csv] [--shard k/N] [--out F]';

const FLAGS: FlagTable = {
  ...INSIGHT_FLAGS,
  format: { type: 'string', default: 'json', value: 'json|csv', help: 'output format' },
  shard: {
    type: 'string',
    value: 'k/N',
    help: 'evaluate only shard k of N of the design points; merge with npm run merge',
  },
  ...OUTPUT_FLAGS,
};

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS);
  const plan = planFromFlags(values);
  if (values.help) {
    process.stdout.write(
      helpText(
        USAGE,
        'The tornado: which levers and assumptions move P(meet) most.',
        FLAGS,
        planHelp(plan.plan),
      ),
    );
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see --help)`);
  const format = formatFromFlags(values, ['json', 'csv']);
  const workers = workersFromFlags(values);
  const indicator = indicatorFromFlags(values);
  const shard = typeof values.shard === 'string' ? parseShard(values.shard) : null;
  if (typeof values.shard === 'string' && !shard)
    throw new UsageError(`--shard: "${values.shard}" must be k/N with whole numbers 1 ≤ k ≤ N ≤ 10000`);
  if (shard && format !== 'json')
    throw new UsageError('--shard writes a JSON partial; --format csv goes to npm run merge');
  const s = scenarioFromFlags(values, plan);
  const out = values.out as string | undefined;
  if (out !== undefined) checkWritable('--out', out);
  const quiet = values.quiet === true;
  const started = performance.now();
  const inputs = toInputs(s);
  const run = { seed: s.seed, runs: s.runs };
  const runner = runnerFor(workers);
  try {
    const onProgress = progressPrinter(quiet);
    if (shard) {
      const design = sensitivityDesign(inputs);
      const { first, end } = shardRange(design.length, shard);
      const metrics = await evaluateDesign(runner, design, { first, end }, indicator, run, { onProgress });
      const partial: SensitivityPartial = {
        format: 'ngit-partial/1',
        command: SENSITIVITY_COMMAND,
        model: MODEL_VERSION,
        plan: planRef(inputs.plan),
        scenario: s,
        indicator,
        shard,
        points: { first, end, total: design.length },
        metrics,
      };
      writeOutput(out, JSON.stringify(partial) + '\n');
    } else {
      const r = await sensitivity(runner, inputs, indicator, run, { onProgress });
      writeOutput(out, renderSensitivity(s, r, format));
    }
    if (!quiet)
      process.stderr.write(
        `\nsensitivity of ${indicator} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    return 0;
  } finally {
    runner.dispose();
  }
}

runMain(import.meta.url, main);
