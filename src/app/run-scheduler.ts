/**
 * Only the latest input runs. Every run of the app — the live view and a comparison — goes through a
 * RunScheduler, which owns all of "latest only":
 * - `schedule()` debounces: the first change after a quiet spell starts at once (in a microtask, so that the
 *   changes of one event handler make one run, and the workers start before the browser draws the stale marks),
 *   later changes start at most one run per `debounceMs`, and the last change always runs;
 * - `runNow()` starts at once and supersedes whatever was running or waiting: the old run is aborted and its
 *   results are never reported;
 * - partial results are reported once `partialMinRuns` are in, then at most one per `throttleMs` (the first of a run
 *   at once), so the screen is not redrawn for every batch; a later partial result is skipped when, at the run's
 *   pace so far, the whole run will be in within `throttleMs` (drawing it would only delay the final picture);
 * - with `holdMs`, a change does not replace a run that has not shown its first picture yet until that picture
 *   arrives (or `holdMs` after the run started): a drag then shows a fresh picture every run instead of replacing
 *   each run before it could show anything;
 * - while a newer change waits, the runner is told so (`replaceSoon`): the pool then hands out one chunk at a
 *   time, and the next run's first picture does not wait behind a long batch of the run it replaces;
 * - `stop()` ends the run in progress and drops a waiting one.
 * A unit of work is a list of jobs run one after another (one for the live view, one per scenario for a comparison);
 * superseding cancels the rest of the list. The runner and the clock are injected, so tests use fake timers and a
 * same-thread runner. No Svelte here: the state classes turn the events into what the screen shows.
 */
import { EARLY_RUNS } from '../engine/pool.ts';
import { AbortError, type RunRequest } from '../engine/runner.ts';
import type { Summary } from '../stats/summary.ts';

/**
 * What the scheduler drives: the engine's Runner (S = Summary) or any runner with the same shape that yields
 * another kind of summary (the paired run of the honest cost yields a PairedSummary).
 */
export interface JobRunner<S = Summary> {
  run(
    req: RunRequest,
    opts?: {
      signal?: AbortSignal;
      onProgress?: (p: { done: number; total: number; summary: S }) => void;
      replaceSoon?: () => boolean;
    },
  ): Promise<S>;
  dispose(): void;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Defaults of the live view (milliseconds and runs). A partial picture needs the runs of a worker's early look
 * (EARLY_RUNS, 512: the Monte Carlo error of a chance is then at most 2.2 points, src/engine/pool.ts), so a run's
 * first picture comes half a chunk into its first batch and a drag shows a picture per setting without waiting for
 * a whole chunk. During a drag a new setting starts every DEBOUNCE_MS at most, and not before the running one has shown
 * its picture (holdMs), so pictures come every max(DEBOUNCE_MS, time to a first picture): 70 ms gave a median gap of
 * 101 ms against 109–113 ms with 100 (headless Chromium, 2 cores, the same run of the bench).
 */
export const DEBOUNCE_MS = 70;
export const THROTTLE_MS = 120;
export const PARTIAL_MIN_RUNS = EARLY_RUNS;

export type Outcome<S = Summary> =
  | { status: 'done'; summaries: S[] }
  /** a newer unit of work replaced this one */
  | { status: 'superseded' }
  | { status: 'stopped' }
  /** `error` is what the runner threw, for a caller that words it (./run-error.ts) */
  | { status: 'error'; message: string; error: unknown };

export interface RunEvents<S = Summary> {
  /** a unit of work started: `id` counts units started; `runs` of each of its jobs */
  onStart?(id: number, requests: readonly RunRequest[]): void;
  /** runs finished so far in job `step` (every batch) */
  onProgress?(id: number, step: number, done: number): void;
  /** a partial summary of job `step`, throttled */
  onPartial?(id: number, step: number, summary: S): void;
  /** how the unit ended; never called for one that was superseded */
  onSettled?(id: number, outcome: Exclude<Outcome<S>, { status: 'superseded' }>): void;
}

export interface SchedulerOptions<S = Summary> {
  /** made on first use, so a scheduler that never runs starts no workers */
  runner: () => JobRunner<S>;
  clock?: Clock;
  debounceMs?: number;
  throttleMs?: number;
  partialMinRuns?: number;
  /** how long a change may wait for the running unit's first picture (0: never waits) */
  holdMs?: number;
  events?: RunEvents<S>;
}

export class RunScheduler<S = Summary> {
  readonly debounceMs: number;
  readonly throttleMs: number;
  readonly partialMinRuns: number;
  readonly holdMs: number;
  #makeRunner: () => JobRunner<S>;
  #runner: JobRunner<S> | null = null;
  #clock: Clock;
  #events: RunEvents<S>;
  #timer: unknown = null;
  /** the token of a start queued as a microtask (a change after a quiet spell), or null */
  #soon: object | null = null;
  #pending: readonly RunRequest[] | null = null;
  #lastStart = -Infinity;
  #abort: AbortController | null = null;
  /** units started so far */
  #count = 0;
  /** the live unit; an older unit's callbacks compare their token with it and go quiet */
  #live: { stopped: boolean; pictured: boolean } | null = null;

  constructor(opts: SchedulerOptions<S>) {
    this.#makeRunner = opts.runner;
    this.#clock = opts.clock ?? systemClock;
    this.#events = opts.events ?? {};
    this.debounceMs = opts.debounceMs ?? DEBOUNCE_MS;
    this.throttleMs = opts.throttleMs ?? THROTTLE_MS;
    this.partialMinRuns = opts.partialMinRuns ?? PARTIAL_MIN_RUNS;
    this.holdMs = opts.holdMs ?? 0;
  }

  /** units of work started so far (the id of the latest) */
  get started(): number {
    return this.#count;
  }
  /** a unit is running (not waiting for the debounce) */
  get running(): boolean {
    return this.#live !== null;
  }
  /** a unit waits for the debounce timer */
  get waiting(): boolean {
    return this.#timer !== null || this.#soon !== null;
  }

  /** Runs these jobs soon (see the file comment); a later call before the start replaces them. */
  schedule(requests: readonly RunRequest[]): void {
    this.#pending = requests;
    if (this.#soon) return; // a start is queued in this task: it takes the latest requests
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    const now = this.#clock.now();
    let wait = Math.max(0, this.#lastStart + this.debounceMs - now);
    // the running unit has shown nothing yet: give it until its first picture, at most holdMs after its start
    if (this.#live && !this.#live.pictured) wait = Math.max(wait, this.#lastStart + this.holdMs - now);
    if (wait > 0) {
      this.#timer = this.#clock.setTimeout(() => this.#startPending(), wait);
      return;
    }
    const token = {};
    this.#soon = token;
    queueMicrotask(() => {
      if (this.#soon === token) this.#startPending();
    });
  }

  #startPending() {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#soon = null;
    const next = this.#pending;
    this.#pending = null;
    if (next) void this.runNow(next);
  }

  /** Runs these jobs now, one after another, superseding anything running or waiting. */
  async runNow(requests: readonly RunRequest[]): Promise<Outcome<S>> {
    this.#cancelWaiting();
    this.#abort?.abort();
    const id = ++this.#count;
    const token = { stopped: false, pictured: false };
    this.#live = token;
    const abort = new AbortController();
    this.#abort = abort;
    this.#lastStart = this.#clock.now();
    const latest = () => this.#live === token;
    const gone = (): Outcome<S> => (token.stopped ? { status: 'stopped' } : { status: 'superseded' });
    this.#events.onStart?.(id, requests);
    const summaries: S[] = [];
    try {
      for (const [step, req] of requests.entries()) {
        if (!latest()) return gone();
        let lastPartial = -Infinity; // a job's first partial result shows at once
        const jobStart = this.#clock.now();
        const minRuns = Math.min(this.partialMinRuns, req.runs);
        this.#runner ??= this.#makeRunner();
        const summary = await this.#runner.run(req, {
          signal: abort.signal,
          // a newer change is waiting: this run will be replaced, so no long batches
          replaceSoon: () => latest() && this.#pending !== null,
          onProgress: (p) => {
            if (!latest()) return;
            this.#events.onProgress?.(id, step, p.done);
            const now = this.#clock.now();
            // at the pace so far, the rest of the job takes `left` ms
            const left = ((now - jobStart) * (req.runs - p.done)) / p.done;
            const soonDone = lastPartial > -Infinity && left < this.throttleMs;
            if (p.done >= minRuns && p.done < req.runs && now - lastPartial >= this.throttleMs && !soonDone) {
              lastPartial = now;
              this.#events.onPartial?.(id, step, p.summary);
              if (!token.pictured) {
                token.pictured = true;
                // a change held for this picture starts now, or when the debounce allows
                if (this.#pending && this.#timer !== null) {
                  this.#clock.clearTimeout(this.#timer);
                  const wait = Math.max(0, this.#lastStart + this.debounceMs - now);
                  this.#timer = this.#clock.setTimeout(() => this.#startPending(), wait);
                }
              }
            }
          },
        });
        if (!latest()) return gone();
        summaries.push(summary);
      }
      return this.#settle(id, { status: 'done', summaries });
    } catch (e) {
      if (!latest()) return gone();
      if (e instanceof AbortError || (e instanceof Error && e.name === 'AbortError'))
        return this.#settle(id, { status: 'stopped' });
      return this.#settle(id, {
        status: 'error',
        message: e instanceof Error ? e.message : String(e),
        error: e,
      });
    }
  }

  #settle<O extends Exclude<Outcome<S>, { status: 'superseded' }>>(id: number, outcome: O): O {
    this.#live = null;
    this.#abort = null;
    this.#events.onSettled?.(id, outcome);
    return outcome;
  }

  #cancelWaiting() {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#soon = null;
    this.#pending = null;
  }

  /**
   * Stops the unit in progress and drops a waiting one. Returns whether anything was stopped. The stopped unit
   * settles as 'stopped' (its partial results stay where they were shown).
   */
  stop(): boolean {
    const had = this.#live !== null || this.waiting;
    this.#cancelWaiting();
    if (this.#live) {
      // the aborted unit settles here, once; its late callbacks are ignored
      this.#live.stopped = true;
      this.#abort?.abort();
      this.#settle(this.#count, { status: 'stopped' });
    }
    return had;
  }

  dispose() {
    this.#cancelWaiting();
    this.#live = null;
    this.#abort?.abort();
    this.#abort = null;
    this.#runner?.dispose();
    this.#runner = null;
  }
}
