#!/usr/bin/env node
/**
 * npm run mutation -- FILE [FILE...] [--tests a.test.ts,b.test.ts]
 *
 * Mutation testing (StrykerJS 9 with the vitest runner, stryker.config.mjs) of one source file at a time, outside
 * CI: each file is mutated and only the tests that judge it run (the table below, or --tests). The score and the
 * survivors are printed; the JSON report goes to reports/mutation/. CPU-heavy: one test process, one file at a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PLAN_TESTS = [
  'test/unit/plans/links.test.ts',
  'test/unit/plans/plan-presets.test.ts',
  'test/unit/plans/plan-schema.test.ts',
  'test/unit/plans/sector-count.test.ts',
  'test/unit/mutation/plans.mutation.test.ts',
];

/** The tests that judge each file: its own unit tests and its mutation tests (test/unit/mutation/). */
export const MUTATION_TESTS = {
  'src/scenario/share-link.ts': [
    'test/unit/scenario/share-link.test.ts',
    'test/unit/mutation/share-link.mutation.test.ts',
  ],
  'src/app/run-scheduler.ts': [
    'test/unit/app/run-scheduler.test.ts',
    'test/unit/mutation/run-scheduler.mutation.test.ts',
  ],
  'src/stats/summary.ts': ['test/unit/stats/summary.test.ts', 'test/unit/mutation/summary.mutation.test.ts'],
  // the plan tests but the command line's (it spawns the CLI, which reads the unmutated files) and the fuzz (slow,
  // and its bad plans are each refused by the checks the other tests pin)
  'src/scenario/plans.ts': PLAN_TESTS,
  'src/scenario/plan-schema.ts': PLAN_TESTS,
  'src/scenario/scenario-file.ts': [
    'test/unit/scenario/scenario-file.test.ts',
    'test/unit/mutation/scenario-file.mutation.test.ts',
  ],
  'src/scenario/parse.ts': [
    'test/unit/scenario/scenario-file.test.ts',
    'test/unit/scenario/migrate.test.ts',
    'test/unit/mutation/scenario-file.mutation.test.ts',
  ],
};

const args = process.argv.slice(2);
const at = args.indexOf('--tests');
const given = at >= 0 ? args.splice(at, 2)[1]?.split(',') : null;
const files = args.filter((a) => !a.startsWith('-'));
if (!files.length) {
  console.error('usage: npm run mutation -- FILE [FILE...] [--tests a.test.ts,b.test.ts]');
  console.error(`files with a test set: ${Object.keys(MUTATION_TESTS).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const tests = given ?? MUTATION_TESTS[file];
  if (!existsSync(file) || !tests) {
    console.error(`${file}: not a file with a test set here; pass --tests a.test.ts,b.test.ts`);
    process.exit(2);
  }
  console.log(`\n== ${file}  (tests: ${tests.join(', ')})`);
  const r = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE: file, MUTATION_TESTS: tests.join(',') },
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
