/**
 * The history check on screen: when the scenario on screen is the replay (realised-pc-demand, edited or not), the
 * comparable figures of the record (record/realised.json) are compared with the model's value of the series each
 * names (its year-on-year growth or level), path by path (src/engine/history-check.ts). It runs after the main run has finished, on the page in
 * yielding chunks, at most HISTORY_MAX_RUNS paths (their growth values are kept for exact quantiles), latest only:
 * a newer request aborts the one going. Its code and the record load on the replay's first check (most visitors
 * never open the replay, and the page runs no path otherwise); a failed load is an error of its own (`loadFailed`),
 * tried again by the next request.
 */
import type { FigureCheck } from '../engine/history-check.ts';
import type { RunRequest } from '../engine/runner.ts';
import { abortableRun } from './abortable-run.ts';
import { requestKey } from './inputs-key.ts';

/** the check's code and the figures it compares, loaded once on first use */
const loadCheck = () => Promise.all([import('../engine/history-check.ts'), import('../scenario/record.ts')]);

export const REPLAY_ID = 'realised-pc-demand';
/** 20,000 paths, as docs/MODEL.md's table: the Monte Carlo error of a 5 % quantile is then about 0.15 % of n. */
export const HISTORY_MAX_RUNS = 20_000;

export class HistoryCheck {
  checks = $state.raw<FigureCheck[] | null>(null);
  state = $state<'idle' | 'running' | 'done' | 'error'>('idle');
  runs = $state(0);
  error = $state<string | null>(null);
  /** the error is that the check's code could not be loaded (the server went away, a newer build replaced it) */
  loadFailed = $state(false);
  /** the request the checks (or the run going) belong to */
  #key: string | null = null;
  #doneKey: string | null = null;
  #abort: AbortController | null = null;

  /** The checks belong to this request. */
  freshFor(req: RunRequest | null): boolean {
    return req !== null && this.state === 'done' && this.#doneKey === requestKey(req);
  }

  /** Checks the result of this request if its scenario is the replay; clears the check otherwise. */
  refresh(req: RunRequest, scenarioId: string): Promise<void> {
    if (scenarioId !== REPLAY_ID) {
      this.clear();
      return Promise.resolve();
    }
    const key = requestKey(req);
    if (key === this.#key && this.state !== 'error') return Promise.resolve();
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#key = key;
    this.state = 'running';
    this.error = null;
    this.loadFailed = false;
    const runs = Math.min(req.runs, HISTORY_MAX_RUNS);
    this.runs = runs;
    const live = () => this.#abort === abort;
    return loadCheck().then(
      ([{ checkableFigures, checkFiguresAsync }, { COMPARABLE_FIGURES }]) => {
        if (!live()) return;
        const figures = checkableFigures(req.inputs, COMPARABLE_FIGURES);
        return abortableRun(
          checkFiguresAsync(req.inputs, req.seed, runs, figures, abort.signal),
          live,
          this,
          (checks) => {
            this.checks = checks;
            this.#doneKey = key;
          },
        );
      },
      () => {
        if (!live()) return;
        this.state = 'error';
        this.loadFailed = true;
      },
    );
  }

  /** Stops a check still going (a new main run needs the core). */
  pause() {
    if (this.state !== 'running') return;
    this.#abort?.abort();
    this.#abort = null;
    this.#key = null;
    this.state = 'idle';
  }

  clear() {
    this.#abort?.abort();
    this.#abort = null;
    this.#key = null;
    this.#doneKey = null;
    this.checks = null;
    this.state = 'idle';
  }

  dispose() {
    this.clear();
  }
}
