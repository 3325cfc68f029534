/**
 * The vitest configuration Stryker runs (stryker.config.mjs): the project's, with the test files narrowed to those
 * scripts/mutation.js names for the file under mutation (MUTATION_TESTS, comma-separated). The list replaces the
 * project's include (mergeConfig would append to it). A test file that fails to load counts as a failed test
 * (./test/mutation/unloadable-file-as-failed-test.ts says why).
 */
import base from './vite.config.ts';
import UnloadableFileAsFailedTest from './test/mutation/unloadable-file-as-failed-test.ts';

const tests = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);
if (!tests.length)
  throw new Error('MUTATION_TESTS is empty: run mutation testing through npm run mutation -- FILE');

export default {
  ...base,
  test: { ...base.test, include: tests, reporters: ['default', new UnloadableFileAsFailedTest()] },
};
