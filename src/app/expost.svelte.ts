/**
 * The ex-post check on screen (src/engine/expost.ts): for the plan of the scenario being edited, the ex-ante paths'
 * target-year values and the calibration over the record, computed once per plan on the page in yielding chunks
 * (the same seed and number of paths as `npm run expost`, so the same numbers), latest only; the targets' rows are
 * then rebuilt from the user's own realised values (kept with the scenario, `realised`) without a new run. A plan
 * whose target year is after the record's last year gets no run: there is no record yet.
 * Loaded with the panel (a dynamic import), so none of it is in the main chunk.
 */
import {
  EXPOST_RUNS,
  EXPOST_SEED,
  calibrationAsync,
  recordUntil,
  targetRows,
  targetValuesAsync,
  type Calibration,
  type TargetRow,
} from '../engine/expost.ts';
import type { Indicator } from '../model/indicators.ts';
import type { Plan } from '../model/plan.ts';
import { RECORD } from '../scenario/record.ts';
import { abortableRun } from './abortable-run.ts';
import { shortUnit } from './format.ts';
import { checkRange, parseNumber, type Checked } from './validate.ts';
import type { Lang } from '../i18n/messages.ts';

/** The largest magnitude a typed realised value may have. */
export const REALISED_MAX = 1e6;

/** A typed realised value: a number, not below −100 % for a growth nor below 0 for a level. */
export function checkRealised(ind: Indicator, text: string, lang: Lang): Checked<number> {
  const growth = ind.endsWith('_cagr');
  return checkRange(parseNumber(text), growth ? -100 : 0, REALISED_MAX, shortUnit(ind, lang));
}

export class ExpostCheck {
  state = $state<'idle' | 'running' | 'done' | 'error'>('idle');
  error = $state<string | null>(null);
  calibration = $state.raw<Calibration | null>(null);
  #values = $state.raw<Float64Array[] | null>(null);
  #plan = $state.raw<Plan | null>(null);
  #abort: AbortController | null = null;
  readonly runs = EXPOST_RUNS;
  readonly recordUntil = recordUntil(RECORD.figures);

  /** Whether the record reaches a plan's target year. */
  covers(plan: Plan): boolean {
    return this.recordUntil >= plan.targetYear;
  }

  /** Runs the check for a plan (nothing if it is the one done or going, or the record does not reach it). */
  start(plan: Plan): Promise<void> {
    if (plan === this.#plan && this.state !== 'error') return Promise.resolve();
    this.#abort?.abort();
    this.#plan = plan;
    this.#values = null;
    this.calibration = null;
    if (!this.covers(plan)) {
      this.state = 'idle';
      return Promise.resolve();
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.state = 'running';
    this.error = null;
    const run = (async () => {
      const values = await targetValuesAsync(plan, EXPOST_SEED, EXPOST_RUNS, abort.signal);
      const cal = await calibrationAsync(plan, RECORD.figures, EXPOST_SEED, EXPOST_RUNS, abort.signal);
      return { values, cal };
    })();
    return abortableRun(
      run,
      () => this.#abort === abort,
      this,
      ({ values, cal }) => {
        this.#values = values;
        this.calibration = cal;
      },
    );
  }

  /** The targets' rows with these user values (null until the run is done). */
  rows(realised: Partial<Record<Indicator, number>>): TargetRow[] | null {
    const plan = this.#plan;
    const values = this.#values;
    return plan && values ? targetRows(plan, RECORD.figures, realised, values) : null;
  }

  dispose() {
    this.#abort?.abort();
    this.#abort = null;
  }
}
