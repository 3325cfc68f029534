/**
 * A persistent pool of workers behind the Runner interface, the same for Web Workers and Node threads (only
 * `spawn` differs). Workers are created once and reused. Runs are cut into fixed chunks (./chunks.ts) that idle
 * workers take from a queue in small batches; each batch's summary is merged as it arrives and reported as
 * progress, so the picture sharpens while the run goes on. Summaries are exact and mergeable in any order, so the
 * result does not depend on the number of workers or on which worker ran what.
 *
 * A new run supersedes the one in progress (it is rejected with AbortError): dragging a slider never queues runs.
 *
 * Every worker is watched (./worker-slot.ts): a worker that reports an `error` or `messageerror`, or does not answer
 * a batch within its deadline (a grace period plus a time per run, so a large batch gets longer), is taken for
 * dead, terminated and replaced, and its batch retried once on a fresh worker. A browser that kills a worker
 * (out of memory, a tab discarded) sends no event at all: the deadline is what notices. A batch that kills a second
 * worker, or a worker that cannot be started, fails the run with a clear error; every worker is then dropped, so
 * the next run starts on a freshly built pool. A worker that throws (a refused request) fails the run and stays.
 */
import { createSummary, mergeSummary, type Summary } from '../stats/summary.ts';
import { chunksOf, type Chunk } from './chunks.ts';
import type { ChunkRequest } from './messages.ts';
import {
  AbortError,
  progressOf,
  type ManyOptions,
  type RunOptions,
  type RunRequest,
  type Runner,
} from './runner.ts';
import { runSpec } from './focus.ts';
import {
  DEFAULT_DEADLINE,
  WorkerDiedError,
  WorkerSlot,
  type Deadline,
  type WorkerHandle,
} from './worker-slot.ts';

export { DEFAULT_DEADLINE, WorkerDiedError, type Deadline, type WorkerHandle } from './worker-slot.ts';

/** No worker could be started (the browser refused the script, file:// pages, a blocked worker-src). */
export class WorkerStartError extends Error {
  constructor(detail: string) {
    super(`no simulation worker could be started (${detail})`);
    this.name = 'WorkerStartError';
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
  /**
   * hand each worker a single chunk first, so that the first partial result comes early, then 2, 4, … chunks up to
   * the guided size (the app does)
   */
  startSmall?: boolean;
  /**
   * a run's first batch on each worker reports its summary so far once this many runs are in, and the first of those
   * reports to arrive, if no batch is merged yet, is the run's first partial result (`run` only; the app uses
   * EARLY_RUNS). The run's own summary is made of whole batches, as without it.
   */
  earlyRuns?: number;
  /** when a batch's worker is taken for dead (default DEFAULT_DEADLINE) */
  deadline?: Deadline;
}

/**
 * The app's early look (PoolOptions.earlyRuns): the first partial picture of a run from 512 runs, about half a chunk
 * sooner than from a whole chunk. A multiple of the 16 paths a worker adds to its summary at once (BATCH_PATHS), so
 * the look falls at the end of a batch of paths. Its Monte Carlo error of a chance is at most 2.2 points
 * (√(0.25 / 512) for independent runs; less with the antithetic pairs), against 1.6 for a chunk of 1,000.
 */
export const EARLY_RUNS = 512;

const defaultBatch = (remaining: number, size: number) =>
  Math.max(1, Math.min(20, Math.ceil(remaining / (size * 2))));

/** one request of a run: its chunks, the first not yet handed out, and the summary its batches merge into */
interface Job {
  req: RunRequest;
  chunks: Chunk[];
  next: number;
  total: Summary;
}

interface Batch {
  job: Job;
  chunks: Chunk[];
  attempts: number;
}

export class PoolRunner implements Runner {
  readonly size: number;
  #slots: (WorkerSlot | null)[];
  #spawn: () => WorkerHandle;
  #batch: (total: number, size: number) => number;
  #startSmall: boolean;
  #earlyRuns: number | undefined;
  #deadline: Deadline;
  #current: { cancel: () => void } | null = null;
  /** workers started in place of dead ones since the pool was made (for tests and diagnostics) */
  replaced = 0;

  constructor(opts: PoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size));
    this.#spawn = opts.spawn;
    this.#batch = opts.batchChunks ?? defaultBatch;
    this.#startSmall = opts.startSmall ?? false;
    this.#earlyRuns = opts.earlyRuns;
    this.#deadline = opts.deadline ?? DEFAULT_DEADLINE;
    this.#slots = Array.from({ length: this.size }, () => null);
  }

  /** The live worker in slot i, started (or restarted after a death) on demand; throws WorkerStartError. */
  #slot(i: number): WorkerSlot {
    const old = this.#slots[i];
    if (old && !old.dead) return old;
    let handle: WorkerHandle;
    try {
      handle = this.#spawn();
    } catch (e) {
      this.#slots[i] = null;
      throw new WorkerStartError(e instanceof Error ? e.message : String(e));
    }
    if (old) this.replaced++;
    const slot = new WorkerSlot(handle, this.#deadline);
    this.#slots[i] = slot;
    return slot;
  }

  /** Stops every worker: the next run starts on fresh ones. */
  #reset() {
    this.#slots.forEach((w) => w?.kill());
    this.#slots = this.#slots.map(() => null);
  }

  run(req: RunRequest, opts: RunOptions = {}): Promise<Summary> {
    const total = createSummary(runSpec(req.inputs.plan, req.inputs.startYear, req.focus));
    const job: Job = { req, chunks: chunksOf(req.runs), next: 0, total };
    return this.#schedule([job], {
      signal: opts.signal,
      replaceSoon: opts.replaceSoon,
      startSmall: this.#startSmall,
      onMerged: (done) => opts.onProgress?.(progressOf(done, req.runs, total)),
      // the look is a copy the worker made for this run alone: the receiver may keep it as it is (no second copy)
      onEarly: opts.onProgress && ((s) => opts.onProgress!({ done: s.runs, total: req.runs, summary: s })),
    }).then(() => total);
  }

  /**
   * Every request's chunks from one queue, in order (the first request's chunks, then the next one's, …), each
   * batch within one request: a worker that finishes takes the next chunks whatever request they belong to, so none
   * idles while another runs a variant's last chunk. Each summary is the one `run` gives for its request.
   */
  runMany(reqs: RunRequest[], opts: ManyOptions = {}): Promise<Summary[]> {
    const jobs: Job[] = reqs.map((req) => ({
      req,
      chunks: chunksOf(req.runs),
      next: 0,
      total: createSummary(runSpec(req.inputs.plan, req.inputs.startYear, req.focus)),
    }));
    const all = reqs.reduce((a, r) => a + r.runs, 0);
    return this.#schedule(jobs, {
      signal: opts.signal,
      startSmall: false,
      onMerged: (done) => opts.onProgress?.({ done, total: all }),
    }).then(() => jobs.map((j) => j.total));
  }

  /** Runs the jobs' chunks on the workers, merging each batch into its job's total; resolves when all are merged. */
  #schedule(
    jobs: Job[],
    opts: {
      signal?: AbortSignal;
      replaceSoon?: () => boolean;
      startSmall: boolean;
      /** after each merged batch, with the runs merged so far over all jobs (not called once the run failed) */
      onMerged: (done: number) => void;
      /** the first early look of the run, if it comes before any batch is merged (PoolOptions.earlyRuns) */
      onEarly?: (s: Summary) => void;
    },
  ): Promise<void> {
    this.#current?.cancel();
    /** batches of dead workers, to retry first */
    const retry: Batch[] = [];
    let j = 0; // the first job with chunks not yet handed out
    const chunksLeft = () => jobs.reduce((a, job) => a + job.chunks.length - job.next, 0);
    const allRuns = jobs.reduce((a, job) => a + job.req.runs, 0);
    const allChunks = jobs.reduce((a, job) => a + job.chunks.length, 0);
    /** batches handed to each worker in this run */
    const handed: number[] = Array.from({ length: this.size }, () => 0);
    const take = (i: number): Batch | undefined => {
      if (retry.length) return retry.shift();
      while (j < jobs.length && jobs[j].next >= jobs[j].chunks.length) j++;
      if (j >= jobs.length) return undefined;
      const job = jobs[j];
      const guided = this.#batch(jobs.length === 1 ? job.chunks.length - job.next : chunksLeft(), this.size);
      // starting small: 1, 2, 4, … chunks, so that the batch a worker is busy with when the run is superseded (a
      // drag) is short and the next run's first picture does not wait behind it
      const n = Math.min(
        job.chunks.length - job.next,
        opts.replaceSoon?.() ? 1 : opts.startSmall ? Math.min(guided, 2 ** Math.min(handed[i], 5)) : guided,
      );
      handed[i]++;
      job.next += n;
      return { job, chunks: job.chunks.slice(job.next - n, job.next), attempts: 0 };
    };
    /** per worker, the summary of its last batch, merged and handed back with its next batch to be filled again */
    const spare: (Summary | undefined)[] = [];
    let done = 0;
    let finished = false;
    let busy = 0;
    let looked = false;
    const early = this.#earlyRuns;
    const onEarly = (s: Summary) => {
      if (finished || looked || done > 0) return;
      looked = true;
      opts.onEarly!(s);
    };

    return new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => {
        if (finished) return;
        finished = true;
        if (this.#current === token) this.#current = null;
        opts.signal?.removeEventListener('abort', onAbort);
        // workers that died or could not start: drop them all, so the next run builds the pool afresh
        if (e instanceof WorkerDiedError || e instanceof WorkerStartError) this.#reset();
        reject(e);
      };
      const token = { cancel: () => fail(new AbortError()) };
      this.#current = token;
      const onAbort = () => token.cancel();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      if (opts.signal?.aborted) return token.cancel();

      const feed = (i: number) => {
        if (finished) return;
        const batch = take(i);
        if (!batch) {
          if (busy === 0) {
            finished = true;
            if (this.#current === token) this.#current = null;
            opts.signal?.removeEventListener('abort', onAbort);
            resolve();
          }
          return;
        }
        let slot: WorkerSlot;
        try {
          slot = this.#slot(i);
        } catch (e) {
          return fail(e);
        }
        busy++;
        batch.attempts++;
        const reuse = spare[i];
        spare[i] = undefined;
        const { req } = batch.job;
        const request: ChunkRequest = { inputs: req.inputs, seed: req.seed, chunks: batch.chunks, reuse };
        if (req.focus) request.focus = req.focus;
        // a worker's first batch of the run, if it is long enough, looks early (the first partial picture)
        const look =
          early !== undefined &&
          opts.onEarly !== undefined &&
          !looked &&
          done === 0 &&
          !req.focus &&
          handed[i] === 1 &&
          batch.chunks[0].runs > early;
        if (look) request.early = early;
        slot.simulate(request, look ? onEarly : undefined).then(
          (s) => {
            busy--;
            if (finished) return;
            mergeSummary(batch.job.total, s);
            done += s.runs;
            spare[i] = s;
            // the worker gets its next batch before the progress is reported: drawing a partial picture takes
            // the main thread 10–25 ms, which the worker would otherwise spend waiting
            feed(i);
            if (!finished || done === allRuns) opts.onMerged(done);
          },
          (e: unknown) => {
            busy--;
            if (finished) return;
            if (e instanceof WorkerDiedError && batch.attempts < 2) {
              retry.push(batch);
              return feed(i);
            }
            fail(e);
          },
        );
      };
      for (let i = 0; i < Math.min(this.size, Math.max(1, allChunks)); i++) feed(i);
    });
  }

  dispose() {
    this.#current?.cancel();
    this.#reset();
  }
}
