/**
 * npm run attribution -- --scenario S --baseline B --indicator K [--runs N] [--seed S] [--workers K] [--out F]
 *
 * The scenario's gain over the baseline in the mean of the indicator, each year, split over the six lever groups by
 * exact Shapley values (src/insight/attribution.ts). Prints {years, total, contributions: {<group>: […]}, …}.
 */
import { MODEL_VERSION } from '../model/version.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { attribution } from '../insight/attribution.ts';
import {
  checkWritable,
  helpText,
  OUTPUT_FLAGS,
  parseFlags,
  progressPrinter,
  runMain,
  scenarioFromFlags,
  UsageError,
  workersFromFlags,
  writeOutput,
  type FlagTable,
} from './args.ts';
import { indicatorFromFlags, INSIGHT_FLAGS, runnerFor } from './insight-flags.ts';

const USAGE =
  'npm run attribution -- --scenario S --baseline B --indicator K [--runs N] [--seed S] [--workers K] [--set lever=value]… [--out F]';

const FLAGS: FlagTable = {
  ...INSIGHT_FLAGS,
  baseline: {
    type: 'string',
    default: 'no-new-policy',
    value: 'NAME|PATH',
    help: "the baseline whose levers the gain is measured from (the scenario's assumptions and seed are kept)",
  },
  ...OUTPUT_FLAGS,
};

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS);
  if (values.help) {
    process.stdout.write(
      helpText(USAGE, 'Who gets the credit: the gain over the baseline split by lever group.', FLAGS),
    );
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see --help)`);
  const workers = workersFromFlags(values);
  const indicator = indicatorFromFlags(values);
  const s = scenarioFromFlags(values);
  const b = scenarioFromFlags({ scenario: values.baseline }, '--baseline');
  if (b.startYear !== s.startYear)
    throw new UsageError(`--baseline ${b.id} starts in ${b.startYear}, the scenario in ${s.startYear}`);
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
    const body = { ...r, scenario: s.id, baseline: b.id, seed: s.seed, runs: s.runs, model: MODEL_VERSION };
    writeOutput(out, JSON.stringify(body, null, 2) + '\n');
    if (!quiet)
      process.stderr.write(`\nattribution in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    runner.dispose();
  }
}

runMain(import.meta.url, main);
