/**
 * npm run expost -- [--plan ID] [--realised indicator=value]… [--runs N] [--seed S] [--format json|csv] [--out FILE]
 *
 * The ex-post check of a plan against the record (record/realised.json; src/engine/expost.ts): each target with its
 * realised value where published (or the user's, from --realised, marked as theirs), the ex-ante model's band at the
 * target year, the realised value's percentile and a verdict; then the calibration over every comparable figure of
 * the record after the plan's base year (percentile, inside the 5–95 % band or not, share inside, balance).
 * Bad input gets one message naming the problem and exit code 2.
 */
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { EXPOST_RUNS, EXPOST_SEED, expost } from '../engine/expost.ts';
import { BUNDLED_PLANS, LEGACY_PLAN_ID, bundledPlan } from '../scenario/plans.ts';
import { RECORD } from '../scenario/record.ts';
import {
  checkWritable,
  decimalInt,
  decimalNumber,
  formatFromFlags,
  OUTPUT_FLAGS,
  parseFlags,
  runMain,
  SEED_MAX,
  UsageError,
  writeOutput,
  type FlagTable,
} from './args.ts';
import { expostCsv, expostJson } from './expost-output.ts';

const USAGE =
  'npm run expost -- [--plan ID] [--realised indicator=value]… [--runs N] [--seed S] [--format json|csv] [--out FILE]';

const FLAGS: FlagTable = {
  plan: {
    type: 'string',
    default: LEGACY_PLAN_ID,
    value: 'ID',
    help: 'the plan to check (a bundled plan id)',
  },
  realised: {
    type: 'string',
    multiple: true,
    value: 'indicator=value',
    help: 'your own realised target-year value of an indicator the record does not publish (marked as yours); repeat for several',
  },
  runs: {
    type: 'string',
    default: String(EXPOST_RUNS),
    value: 'N',
    help: 'paths, a whole number 100–1,000,000',
  },
  seed: {
    type: 'string',
    default: String(EXPOST_SEED),
    value: 'S',
    help: `random seed, a whole number 0–${SEED_MAX}`,
  },
  format: { type: 'string', default: 'json', value: 'json|csv', help: 'output format' },
  ...OUTPUT_FLAGS,
};

function helpText(): string {
  const lines = [
    `usage: ${USAGE}`,
    '',
    'The ex-post check of a plan against the record of realised figures (record/realised.json).',
    '',
    'flags:',
  ];
  for (const [name, f] of Object.entries(FLAGS))
    lines.push(
      `${`  --${name}${f.value ? ' ' + f.value : ''}`.padEnd(28)} ${f.help}${f.default ? ` [default: ${f.default}]` : ''}`,
    );
  lines.push(
    '',
    `plans: ${BUNDLED_PLANS.map((p) => p.id).join(', ')}`,
    `indicators: ${INDICATORS.join(', ')}`,
  );
  return lines.join('\n') + '\n';
}

export function realisedFromFlags(
  raw: readonly string[],
  targets: readonly string[],
): Partial<Record<Indicator, number>> {
  const out: Partial<Record<Indicator, number>> = {};
  for (const s of raw) {
    const m = /^([^=]+)=(.*)$/.exec(s);
    if (!m)
      throw new UsageError(`--realised "${s}": write it as indicator=value, e.g. --realised firms=1200`);
    if (!targets.includes(m[1]))
      throw new UsageError(
        `--realised: "${m[1]}" is not a target of the plan; its targets are: ${targets.join(', ')}`,
      );
    out[m[1] as Indicator] = decimalNumber(`--realised ${m[1]}`, m[2]);
  }
  return out;
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS);
  if (values.help) {
    process.stdout.write(helpText());
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see --help)`);
  const id = String(values.plan);
  const plan = bundledPlan(id);
  if (!plan)
    throw new UsageError(`--plan: no plan "${id}"; plans are: ${BUNDLED_PLANS.map((p) => p.id).join(', ')}`);
  const format = formatFromFlags(values, ['json', 'csv']);
  const runs = decimalInt('--runs', String(values.runs), 100, 1_000_000);
  const seed = decimalInt('--seed', String(values.seed), 0, SEED_MAX);
  const userRealised = realisedFromFlags(
    (values.realised as string[] | undefined) ?? [],
    Object.keys(plan.targets),
  );
  const out = values.out as string | undefined;
  if (out !== undefined) checkWritable('--out', out);
  const started = performance.now();
  const report = expost({ plan, figures: RECORD.figures, userRealised, seed, runs });
  writeOutput(out, format === 'csv' ? expostCsv(report) : expostJson(report));
  if (values.quiet !== true)
    process.stderr.write(
      `ex-post check of ${id} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  return 0;
}

runMain(import.meta.url, main);
