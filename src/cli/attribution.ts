/**
 * npm run attribution -- [--plan ID|PATH] --scenario S --baseline B --indicator K [--runs N] [--seed S] [--workers K] [--out F]
 *
 * The scenario's gain over the baseline in the mean of the indicator, each year, split over the six lever groups by
 * exact Shapley values (src/insight/attribution.ts). Prints {years, total, contributions: {<group>: […]}, …}.
 */
import { planRef } from '../model/plan.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { planOf } from '../scenario/parse.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { attribution } from '../insight/attribution.ts';
import {
  checkWritable,
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
import { BASELINE_FLAG, baselineFromFlags, planHelp, scenarioFromFlags } from './scenario-flags.ts';

const USAGE =
  'npm run attribution -- [--plan ID|PATH] --scenario S --baseline B --indicator K [--runs N] [--seed S] [--workers K] [--set lever=value]… [--out F]';

const FLAGS: FlagTable = {
  ...INSIGHT_FLAGS,
  ...BASELINE_FLAG(
    "the baseline whose levers the gain is measured from (the scenario's assumptions and seed are kept)",
  ),
  ...OUTPUT_FLAGS,
};

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS);
  const plan = planFromFlags(values);
  if (values.help) {
    process.stdout.write(
      helpText(
        USAGE,
        'Who gets the credit: the gain over the baseline split by lever group.',
        FLAGS,
        planHelp(plan.plan),
      ),
    );
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see --help)`);
  const workers = workersFromFlags(values);
  const indicator = indicatorFromFlags(values);
  const s = scenarioFromFlags(values, plan);
  const b = baselineFromFlags(values, s);
  const out = values.out as string | undefined;
  if (out !== undefined) checkWritable('--out', out);
  const quiet = values.quiet === true;
  const started = performance.now();
  const runner = runnerFor(workers);
  try {
    const r = await attribution(
      runner,
      toInputs(s),
      b.levers,
      indicator,
      { seed: s.seed, runs: s.runs },
      {
        onProgress: progressPrinter(quiet),
      },
    );
    const body = {
      ...r,
      plan: planRef(planOf(s)),
      scenario: s.id,
      baseline: b.id,
      seed: s.seed,
      runs: s.runs,
      model: MODEL_VERSION,
    };
    writeOutput(out, JSON.stringify(body, null, 2) + '\n');
    if (!quiet)
      process.stderr.write(`\nattribution in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    runner.dispose();
  }
}

runMain(import.meta.url, main);
