/**
 * A persistent pool of workers behind the Runner interface, the same for Web Workers and Node threads (only
 * `spawn` differs). Workers are created once and reused. Runs are cut into fixed chunks (./chunks.ts) that idle
 * workers take from a queue in small batches; each batch's summary is merged as it arrives and reported as
 * progress, so the picture sharpens while the run goes on. Summaries are exact and mergeable in any order, so the
 * result does not depend on the number of workers or on which worker ran what.
 *
 * A new run supersedes the one in progress (it is rejected with AbortError): dragging a slider never queues runs.
 * A worker that dies is replaced and its batch retried once; a batch that kills a second worker, or a worker that
 * throws, fails the run with a clear error. The pool stays usable either way.
 */
import { createSummary, mergeSummary, type Summary } from '../stats/summary.ts';
import { chunksOf, type Chunk } from './chunks.ts';
import type { ChunkRequest } from './messages.ts';
import { AbortError, progressOf, type RunOptions, type RunRequest, type Runner } from './runner.ts';
import { summarySpec } from './summary-spec.ts';

export interface WorkerHandle {
  /** rejects with WorkerDiedError if the worker dies, with the worker's own error if it throws */
  simulate(req: ChunkRequest): Promise<Summary>;
  terminate(): void;
}

export class WorkerDiedError extends Error {
  constructor(detail: string) {
    super(`a simulation worker stopped unexpectedly (${detail})`);
    this.name = 'WorkerDiedError';
  }
}

export interface PoolOptions {
  size: number;
  spawn: () => WorkerHandle;
  /**
   * chunks in the next batch handed to a worker, given the chunks not yet handed out. Default: guided scheduling,
   * half the remainder shared among the workers (at most 20 chunks), so batches shrink towards the end and no
   * worker idles while another finishes a large last batch.
   */
  batchChunks?: (remainingChunks: number, size: number) => number;
  /** hand each worker a single chunk first, so that the first partial result comes early (the app does) */
  startSmall?: boolean;
}

const defaultBatch = (remaining: number, size: number) =>
  Math.max(1, Math.min(20, Math.ceil(remaining / (size * 2))));

interface Batch {
  chunks: Chunk[];
  attempts: number;
}

export class PoolRunner implements Runner {
  readonly size: number;
  #workers: (WorkerHandle | null)[];
  #spawn: () => WorkerHandle;
  #batch: (total: number, size: number) => number;
  #startSmall: boolean;
  #current: { cancel: () => void } | null = null;
  /** workers replaced since the pool was made (for tests and diagnostics) */
  replaced = 0;

  constructor(opts: PoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size));
    this.#spawn = opts.spawn;
    this.#batch = opts.batchChunks ?? defaultBatch;
    this.#startSmall = opts.startSmall ?? false;
    this.#workers = Array.from({ length: this.size }, () => null);
  }

  #worker(i: number): WorkerHandle {
    let w = this.#workers[i];
    if (!w) {
      w = this.#spawn();
      this.#workers[i] = w;
    }
    return w;
  }

  #replace(i: number) {
    this.#workers[i]?.terminate();
    this.#workers[i] = null;
    this.replaced++;
  }

  run(req: RunRequest, opts: RunOptions = {}): Promise<Summary> {
    this.#current?.cancel();
    const chunks = chunksOf(req.runs);
    /** batches of dead workers, to retry first */
    const retry: Batch[] = [];
    let next = 0; // the first chunk not yet handed out
    let handed = 0;
    const take = (): Batch | undefined => {
      if (retry.length) return retry.shift();
      if (next >= chunks.length) return undefined;
      const n = this.#startSmall && handed < this.size ? 1 : this.#batch(chunks.length - next, this.size);
      handed++;
      next += n;
      return { chunks: chunks.slice(next - n, next), attempts: 0 };
    };
    const total = createSummary(summarySpec(req.inputs.startYear));
    let done = 0;
    let finished = false;
    let busy = 0;

    return new Promise<Summary>((resolve, reject) => {
      const fail = (e: unknown) => {
        if (finished) return;
        finished = true;
        if (this.#current === token) this.#current = null;
        reject(e);
      };
      const token = { cancel: () => fail(new AbortError()) };
      this.#current = token;
      const onAbort = () => token.cancel();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      if (opts.signal?.aborted) return token.cancel();

      const feed = (i: number) => {
        if (finished) return;
        const batch = take();
        if (!batch) {
          if (busy === 0) {
            finished = true;
            if (this.#current === token) this.#current = null;
            opts.signal?.removeEventListener('abort', onAbort);
            resolve(total);
          }
          return;
        }
        busy++;
        batch.attempts++;
        this.#worker(i)
          .simulate({ inputs: req.inputs, seed: req.seed, chunks: batch.chunks })
          .then(
            (s) => {
              busy--;
              if (finished) return;
              mergeSummary(total, s);
              done += s.runs;
              opts.onProgress?.(progressOf(done, req.runs, total));
              feed(i);
            },
            (e: unknown) => {
              busy--;
              if (e instanceof WorkerDiedError) {
                this.#replace(i);
                if (batch.attempts < 2) {
                  retry.push(batch);
                  return feed(i);
                }
              }
              fail(e);
            },
          );
      };
      for (let i = 0; i < Math.min(this.size, Math.max(1, chunks.length)); i++) feed(i);
    });
  }

  dispose() {
    this.#current?.cancel();
    this.#workers.forEach((w) => w?.terminate());
    this.#workers = this.#workers.map(() => null);
  }
}
