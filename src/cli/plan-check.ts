/**
 * npm run plan:check -- FILE
 *
 * Validates a plan file as every reader of plans does (src/scenario/plans.ts, parsePlanJson: the size cap, UTF-8,
 * JSON, the schema, markup; the same texts as the app's import and --plan PATH). A valid file gets one line on
 * standard output, "valid: <id> <version> (…)", and exit code 0; otherwise each problem is one line on standard
 * error, "FILE: <the field's path>: <what is wrong>", and the exit code is 2. Nothing is simulated.
 */
import { helpText, parseFlags, runMain, UsageError, type FlagTable } from './args.ts';
import { readPlanFile } from './plan-flag.ts';

const USAGE = 'npm run plan:check -- FILE';
const FLAGS: FlagTable = { help: { type: 'boolean', default: 'false', help: 'show this help' } };

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS);
  if (values.help) {
    process.stdout.write(
      helpText(USAGE, 'Checks a plan file (docs/PLANS.md): one line per problem, or "valid".', FLAGS),
    );
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length ? `give one plan file, not ${positionals.length}` : 'give the plan file to check',
    );
  const file = positionals[0];
  const r = readPlanFile('', file);
  if (!r.ok) {
    process.stderr.write(r.problems.map((p) => `${file}: ${p}\n`).join(''));
    return 2;
  }
  const p = r.plan;
  const periods = p.periods.map((x) => `${x.from}–${x.to}`).join(', ');
  process.stdout.write(
    `valid: ${p.id} ${p.version} (${p.sectors.length} sectors, base year ${p.baseYear}, target year ${p.targetYear}, outlook ${p.endYear}; periods ${periods})\n`,
  );
  return 0;
}

runMain(import.meta.url, main);
