/**
 * A runner the test drives by hand: each run waits until the test reports progress or finishes it, and rejects
 * with AbortError when its signal is aborted, as the pool does. Summaries are real (made by the same-thread engine
 * on a few runs), so the state classes can turn them into results.
 */
import { AbortError, type RunOptions, type RunRequest, type Runner } from '../../../src/engine/runner.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import type { Summary } from '../../../src/stats/summary.ts';

export interface PendingRun {
  req: RunRequest;
  opts: RunOptions;
  aborted: boolean;
  settled: boolean;
  /** reports progress with a real summary of `done` runs */
  progress(done: number): Promise<void>;
  /** finishes the run with a real summary of all its runs */
  finish(): Promise<void>;
  fail(e: Error): void;
}

export class FakeRunner implements Runner {
  runs: PendingRun[] = [];
  disposed = false;
  #engine = new SameThreadRunner();

  get last(): PendingRun {
    const r = this.runs.at(-1);
    if (!r) throw new Error('no run started');
    return r;
  }

  run(req: RunRequest, opts: RunOptions = {}): Promise<Summary> {
    return new Promise<Summary>((resolve, reject) => {
      const summaryOf = (n: number) => this.#engine.run({ ...req, runs: n });
      const pending: PendingRun = {
        req,
        opts,
        aborted: false,
        settled: false,
        progress: async (done) => {
          const summary = await summaryOf(done);
          if (!pending.settled) opts.onProgress?.({ done, total: req.runs, summary });
        },
        finish: async () => {
          const summary = await summaryOf(req.runs);
          if (pending.settled) return;
          pending.settled = true;
          resolve(summary);
        },
        fail: (e) => {
          if (pending.settled) return;
          pending.settled = true;
          reject(e);
        },
      };
      opts.signal?.addEventListener('abort', () => {
        pending.aborted = true;
        pending.fail(new AbortError());
      });
      this.runs.push(pending);
    });
  }

  dispose() {
    this.disposed = true;
  }
}

/** The clock of vitest's fake timers. */
export const fakeClock = {
  now: () => Date.now(),
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
};
