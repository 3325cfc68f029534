/**
 * npm run goal-seek -- --scenario S --indicator K --probability P [--runs N] [--seed S] [--workers K] [--out F]
 *
 * The package with the lowest public cost a year that reaches P(meet) ≥ P for the indicator, levers inside their
 * ranges, or "unreachable" with the best P at maximum levers (src/insight/goal-seek.ts, docs/INSIGHT.md). Prints
 * {feasible, levers, costPerYear, pMeet, pMeetSE, verifiedSeed, …}.
 */
import { MODEL_VERSION } from '../model/version.ts';
import { publicCostPerYear } from '../model/inputs.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { goalSeek } from '../insight/goal-seek.ts';
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
  'npm run goal-seek -- --scenario S --indicator K --probability P [--runs N] [--seed S] [--workers K] [--set lever=value]… [--out F]';

const FLAGS: FlagTable = {
  ...INSIGHT_FLAGS,
  probability: {
    type: 'string',
    default: '0.8',
    value: 'P',
    help: 'the chance to reach, a decimal strictly between 0 and 1 (0.01–0.99)',
  },
  ...OUTPUT_FLAGS,
};

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS);
  if (values.help) {
    process.stdout.write(helpText(USAGE, 'The cheapest lever package that reaches P(meet) ≥ P.', FLAGS));
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see --help)`);
  const workers = workersFromFlags(values);
  const indicator = indicatorFromFlags(values);
  const raw = String(values.probability);
  if (!/^0?\.[0-9]+$/.test(raw) || Number(raw) < 0.01 || Number(raw) > 0.99)
    throw new UsageError(`--probability: "${raw}" must be a decimal from 0.01 to 0.99, e.g. 0.8`);
  const probability = Number(raw);
  const s = scenarioFromFlags(values);
  const out = values.out as string | undefined;
  if (out !== undefined) checkWritable('--out', out);
  const quiet = values.quiet === true;
  const started = performance.now();
  const runner = runnerFor(workers);
  try {
    const r = await goalSeek(
      runner,
      toInputs(s),
      indicator,
      probability,
      { seed: s.seed, runs: s.runs },
      {
        onProgress: progressPrinter(quiet),
      },
    );
    const body = {
      ...r,
      scenario: s.id,
      scenarioCostPerYear: publicCostPerYear(s.levers),
      seed: s.seed,
      runs: s.runs,
      model: MODEL_VERSION,
    };
    writeOutput(out, JSON.stringify(body, null, 2) + '\n');
    if (!quiet)
      process.stderr.write(
        `\ngoal seek: ${r.evaluations} variants in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    return 0;
  } finally {
    runner.dispose();
  }
}

runMain(import.meta.url, main);
