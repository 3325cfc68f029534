/**
 * StrykerJS (mutation testing) for `npm run mutation -- FILE` (scripts/mutation.js), outside CI: it mutates one
 * source file at a time and runs the narrowed test set the script names (MUTATION_TESTS) through the vitest runner.
 * Every mutator stays on (none excluded); one test process at a time, since the machine is shared.
 */
const mutate = (process.env.MUTATE ?? '').split(',').filter(Boolean);
const name = (mutate[0] ?? 'all').replace(/^src\//, '').replace(/[/.]/g, '-');

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate,
  mutator: { excludedMutations: [] },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  ignorePatterns: [
    'dist',
    'test-results',
    'playwright-report',
    'screenshots',
    'reports',
    'scratch',
    '.stryker-tmp',
  ],
  cleanTempDir: true,
};
