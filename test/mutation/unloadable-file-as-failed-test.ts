/**
 * A vitest reporter for mutation runs only (vitest.mutation.config.ts): a test file that fails to load becomes one
 * failed test carrying the load error.
 *
 * Why: Stryker's vitest runner (9.6.1, and 10.0.0) builds a mutant's result from the tests it collects
 * (`collectTestsFromSuite(file)` over `file.tasks`), and a file whose import throws collects none, so a *static*
 * mutant — one in code that runs at import, as `BUNDLED_PLANS` validating the shipped plans in
 * src/scenario/plans.ts — that stops the module loading is reported Survived with 0 tests run, though every test of
 * the file fails (stryker-js#6144, #6209). With this reporter such a mutant counts as Killed. A file that loaded is
 * left as it is, whether its tests passed or failed; the everyday suite never sees this reporter.
 */
import type { Reporter, Vitest } from 'vitest/node';

type Task = { type: string; name: string; mode: string; file: unknown; suite?: unknown; result?: unknown };
type FileTask = {
  filepath: string;
  tasks: Task[];
  result?: { state?: string; errors?: { message?: string }[] };
};

/** Adds a failed test to each file that failed with no test collected (its import threw). Exported for the test. */
export function markUnloadable(files: readonly FileTask[]): number {
  let marked = 0;
  for (const file of files) {
    if (file.tasks.length || file.result?.state !== 'fail') continue;
    const errors = file.result.errors?.length
      ? file.result.errors
      : [{ message: `${file.filepath} failed to load` }];
    file.tasks.push({
      type: 'test',
      name: 'the test file loads',
      mode: 'run',
      file,
      result: { state: 'fail', errors },
    });
    marked++;
  }
  return marked;
}

export default class UnloadableFileAsFailedTest implements Reporter {
  private vitest?: Vitest;
  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }
  /** The files as Stryker reads them after the run (`ctx.state.getFiles()`). */
  onTestRunEnd(): void {
    if (this.vitest) markUnloadable(this.vitest.state.getFiles() as unknown as FileTask[]);
  }
}
