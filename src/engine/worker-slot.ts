/**
 * One watched worker of the pool. Every batch sent gets a deadline that starts when the worker is free to work on it
 * (the answer to the batch before it has come back: a superseded run's batch may still be in the worker's queue),
 * and lasts `graceMs + msPerRun × runs`. A worker that misses a deadline, or whose handle reports its death (an
 * `error` or `messageerror` event, a thread exit), is terminated, and every batch still waiting on it is rejected
 * with WorkerDiedError, so nothing waits forever on a worker the browser killed without a word.
 */
import type { ChunkRequest } from './messages.ts';
import type { Summary } from '../stats/summary.ts';

export interface WorkerHandle {
  /**
   * rejects with WorkerDiedError if the worker dies, with the worker's own error if it throws; `onEarly` gets the
   * summary so far once `req.early` runs are in, where the transport can call back (the browser's workers)
   */
  simulate(req: ChunkRequest, onEarly?: (s: Summary) => void): Promise<Summary>;
  terminate(): void;
}

export class WorkerDiedError extends Error {
  constructor(detail: string) {
    super(`a simulation worker stopped unexpectedly (${detail})`);
    this.name = 'WorkerDiedError';
  }
}

/** How long a batch of `runs` runs may take: graceMs + msPerRun × runs. */
export interface Deadline {
  graceMs: number;
  msPerRun: number;
}

/**
 * Assumption, measured on the development machine (2 cores shared with other jobs, Node 20, 2026-11): a batch costs
 * about 0.02 ms per run (19 ms per chunk of 1,000 runs with model 1, 23 ms with model 2.0). 0.5 ms per run is over
 * 20× that, for slow office machines and a busy second tab; the 10 s grace covers a worker's start (loading the
 * module, compiling it) and a machine briefly swapping. A false alarm costs only a retried batch (the numbers do not
 * change), a real death is noticed in 10–30 s.
 */
export const DEFAULT_DEADLINE: Deadline = { graceMs: 10_000, msPerRun: 0.5 };

export function deadlineMs(d: Deadline, runs: number): number {
  return d.graceMs + d.msPerRun * runs;
}

export class WorkerSlot {
  #handle: WorkerHandle;
  #deadline: Deadline;
  #dead = false;
  /** reject functions of the batches waiting on this worker */
  #waiting = new Set<(e: Error) => void>();
  /** settles when the last batch sent has been answered */
  #tail: Promise<void> = Promise.resolve();

  constructor(handle: WorkerHandle, deadline: Deadline) {
    this.#handle = handle;
    this.#deadline = deadline;
  }

  get dead(): boolean {
    return this.#dead;
  }

  simulate(req: ChunkRequest, onEarly?: (s: Summary) => void): Promise<Summary> {
    if (this.#dead) return Promise.reject(new WorkerDiedError('the worker was stopped'));
    const runs = req.chunks.reduce((n, c) => n + c.runs, 0);
    const ms = deadlineMs(this.#deadline, runs);
    return new Promise<Summary>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        if (timer !== undefined) clearTimeout(timer);
        this.#waiting.delete(abandon);
      };
      const abandon = (e: Error) => {
        settle();
        reject(e);
      };
      this.#waiting.add(abandon);
      let answer: Promise<Summary>;
      try {
        answer = this.#handle.simulate(req, onEarly);
      } catch (e) {
        answer = Promise.reject(e);
      }
      const before = this.#tail;
      this.#tail = answer.then(
        () => {},
        () => {},
      );
      void before.then(() => {
        if (!this.#waiting.has(abandon)) return;
        timer = setTimeout(
          () => this.kill(new WorkerDiedError(`no answer within ${Math.round(ms / 1000)} s`)),
          ms,
        );
      });
      answer.then(
        (s) => {
          if (!this.#waiting.has(abandon)) return;
          settle();
          resolve(s);
        },
        (e: unknown) => {
          if (!this.#waiting.has(abandon)) return;
          if (e instanceof WorkerDiedError) return this.kill(e);
          settle();
          reject(e);
        },
      );
    });
  }

  /** Terminates the worker; every batch waiting on it is rejected with `reason`. */
  kill(reason: Error = new WorkerDiedError('the worker was stopped')): void {
    if (this.#dead) return;
    this.#dead = true;
    try {
      this.#handle.terminate();
    } catch {
      // a worker that cannot even be terminated is gone all the same
    }
    for (const abandon of [...this.#waiting]) abandon(reason);
  }
}
