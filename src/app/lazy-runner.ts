/**
 * A JobRunner whose code loads on its first run: `load` is a dynamic import that makes the real runner, so that a
 * runner the first picture does not need (the honest cost's paired run, which starts only after the main run has
 * finished) stays out of the main chunk. A failed load rejects that run (the caller shows its error) and is tried
 * again on the next one; dispose() before the load finished disposes the runner as soon as it is made.
 */
import type { RunRequest } from '../engine/runner.ts';
import type { JobRunner } from './run-scheduler.ts';

export class LazyJobRunner<S> implements JobRunner<S> {
  #load: () => Promise<JobRunner<S>>;
  #loading: Promise<JobRunner<S>> | null = null;
  #runner: JobRunner<S> | null = null;
  #disposed = false;

  constructor(load: () => Promise<JobRunner<S>>) {
    this.#load = load;
  }

  #get(): Promise<JobRunner<S>> {
    this.#loading ??= this.#load().then(
      (r) => {
        if (this.#disposed) r.dispose();
        else this.#runner = r;
        return r;
      },
      (e: unknown) => {
        this.#loading = null;
        throw e;
      },
    );
    return this.#loading;
  }

  async run(req: RunRequest, opts?: Parameters<JobRunner<S>['run']>[1]): Promise<S> {
    const runner = await this.#get();
    if (this.#disposed) throw new Error('the runner was disposed');
    return runner.run(req, opts);
  }

  dispose(): void {
    this.#disposed = true;
    this.#runner?.dispose();
    this.#runner = null;
  }
}
