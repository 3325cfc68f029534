/**
 * The live view's state: the scenario being edited (a ScenarioDraft), the runs of it (a RunScheduler, which owns
 * "latest only"), and the latest result. Every change schedules a run; loading a scenario runs it at once. Partial
 * results are shown once enough runs are in, so numbers never jump to nonsense; while a run of a newer setting is
 * going, the numbers on screen are marked stale. At most one picture is drawn per animation frame (./picture-frame.ts),
 * each timed by a performance measure (./picture-marks.ts), and the parts of a result whose numbers did not change
 * stay the same objects, so that their charts are not redrawn (./keep-unchanged.ts).
 */
import { createBrowserPool } from '../engine/browser-pool.ts';
import { toResult, type SimulationResult } from '../engine/result.ts';
import type { RunRequest, Runner } from '../engine/runner.ts';
import type { Dist, LeverKey, UncertaintyKey } from '../model/parameters.ts';
import type { Indicator } from '../model/indicators.ts';
import type { BaseFigureKey, Plan } from '../model/plan.ts';
import type { Scenario, TargetEdit } from '../scenario/schema.ts';
import { modifiedId } from '../scenario/modified.ts';
import type { Summary } from '../stats/summary.ts';
import { keepUnchanged } from './keep-unchanged.ts';
import { PictureFrame } from './picture-frame.ts';
import { timePicture } from './picture-marks.ts';
import { runErrorText } from './run-error.ts';
import { RunScheduler, systemClock, type Clock } from './run-scheduler.ts';
import { ScenarioDraft, type Source } from './scenario-draft.svelte.ts';
import { PLAN_PRESET, SCENARIOS, scenarioById } from './scenarios.ts';
import { planIdOf } from '../scenario/plans.ts';
import type { Working } from './working-store.ts';

/** How long a change waits for the running setting's first picture before replacing it anyway (ms). */
export const HOLD_MS = 400;

/**
 * How often the run count on screen follows the batches (ms). Batches come back every 10–20 ms, and each new count
 * cost the browser a frame (layout, paint: about 5 ms of main thread) that the workers' next batches wait for.
 */
export const PROGRESS_MS = 100;

export type RunState = 'idle' | 'running' | 'done' | 'stopped' | 'error';
export type { Source };

export interface SimulationOptions {
  runner?: () => Runner;
  clock?: Clock;
  /** the scenario shown first (default: the plan) */
  first?: Scenario;
  /** when pictures are drawn (default: in the browser's animation frames where there are any) */
  pictures?: PictureFrame;
}

export class Simulation {
  readonly draft: ScenarioDraft;
  #scheduler: RunScheduler;
  /** the request of the run in progress and its label (for its results) */
  #running: RunRequest | null = null;
  /** the scenario being run, for its results (a name only if the draft is not a valid scenario) */
  #scenario: Scenario | string = '';
  #clock: Clock;
  /** when the run count on screen last changed */
  #doneAt = -Infinity;
  #pictures: PictureFrame;

  /** the latest result (partial while running) and the summary it came from */
  result = $state.raw<SimulationResult | null>(null);
  summary = $state.raw<Summary | null>(null);
  /** the request the result on screen came from */
  request = $state.raw<RunRequest | null>(null);
  /** the start year and the plan of the result on screen (its years, sectors and targets) */
  resultStartYear = $state(0);
  get resultPlan(): Plan | null {
    return this.request?.inputs.plan ?? null;
  }
  state = $state<RunState>('idle');
  done = $state(0);
  total = $state(0);
  /** what the last run threw, kept raw so that its text follows a later switch of language */
  #failure = $state.raw<{ error: unknown } | null>(null);
  /** the last run's failure in the reader's current language, or null */
  get error(): string | null {
    return this.#failure ? runErrorText(this.#failure.error) : null;
  }
  /** counts runs started, for the run bar and tests */
  runId = $state(0);
  /** the result on screen belongs to an older setting than the one being run (or waiting to run) */
  stale = $state(false);
  /** a run is going or waiting to start: when false, nothing on screen can change until the next input */
  busy = $state(false);
  /** counts results shown (partial or final), for tests that watch the picture refresh */
  shown = $state(0);

  constructor(opts: SimulationOptions = {}) {
    this.draft = new ScenarioDraft(opts.first ?? scenarioById(PLAN_PRESET) ?? SCENARIOS[0]);
    this.#clock = opts.clock ?? systemClock;
    this.#pictures = opts.pictures ?? new PictureFrame();
    this.#scheduler = new RunScheduler({
      runner: opts.runner ?? (() => createBrowserPool()),
      clock: opts.clock,
      // during a drag each run shows a picture before the next replaces it
      holdMs: HOLD_MS,
      events: {
        onStart: (id, [req]) => {
          // a picture of the run this one replaces, still waiting for its frame, is never drawn
          this.#pictures.cancel();
          this.#running = req;
          this.busy = true;
          this.#scenario = this.#scenarioNow();
          this.runId = id;
          this.state = 'running';
          this.done = 0;
          this.#doneAt = -Infinity;
          this.total = req.runs;
          this.#failure = null;
        },
        onProgress: (_id, _step, done) => {
          const now = this.#clock.now();
          if (now - this.#doneAt < PROGRESS_MS) return;
          this.#doneAt = now;
          this.done = done;
        },
        onPartial: (_id, _step, summary) => this.#picture(summary),
        onSettled: (_id, outcome) => {
          this.busy = this.#scheduler.waiting;
          if (outcome.status === 'done') {
            const [summary] = outcome.summaries;
            this.#picture(
              summary,
              () => {
                this.done = summary.runs;
                this.state = 'done';
              },
              true,
            );
          } else if (outcome.status === 'stopped') {
            this.state = 'stopped';
          } else {
            this.state = 'error';
            this.#failure = { error: outcome.error };
          }
        },
      },
    });
  }

  /**
   * Shows `summary` of the run in progress in this animation frame or the next (`final`: now), then does `after`.
   */
  #picture(summary: Summary, after?: () => void, final = false) {
    const req = this.#running;
    if (!req) return;
    const scenario = this.#scenario;
    const id = this.runId;
    const draw = () => {
      if (this.runId !== id) return;
      const timed = timePicture();
      this.#show(summary, req, scenario);
      after?.();
      timed();
    };
    if (final) this.#pictures.drawNow(draw);
    else this.#pictures.draw(draw);
  }

  #show(summary: Summary, req: RunRequest, scenario: Scenario | string) {
    this.summary = summary;
    this.resultStartYear = req.inputs.startYear;
    this.request = req;
    this.result = keepUnchanged(this.result, toResult(summary, req.inputs, { scenario, seed: req.seed }));
    this.done = summary.runs;
    this.stale = false;
    this.shown++;
  }

  /** The scenario on screen as a valid Scenario, or why it is not one; reads only. */
  currentScenario() {
    return this.draft.toScenario();
  }

  /** Opens a preset of a plan (default: the plan on screen) and runs it; false if the plan has no such preset. */
  loadPreset(id: string, planId: string = this.draft.plan.id): boolean {
    const s = scenarioById(id, planId);
    if (!s) return false;
    this.draft.load(s);
    void this.runNow();
    return true;
  }

  /** Opens a validated scenario from a link, the saved list or a file, and runs it. */
  loadScenario(s: Scenario, source: Exclude<Source, 'preset'>) {
    this.draft.load(s, source);
    void this.runNow();
  }

  /** Brings back work as it was (an undo step, previous work): where it came from, its values, and runs it. */
  restore(w: Working) {
    this.draft.restore(w.base, w.source, w.current);
    void this.runNow();
  }

  /** Back to the loaded scenario as it was. */
  reload() {
    const d = this.draft;
    if (d.source === 'preset') this.loadPreset(d.base.id, planIdOf(d.base));
    else this.loadScenario(d.base, d.source);
  }

  /** Sets a lever in every period, or in period `p` only. */
  setLever(key: LeverKey, value: number, p?: number) {
    if (this.draft.setLever(key, value, p)) this.schedule();
  }

  setAssumption(key: UncertaintyKey, d: Dist) {
    if (this.draft.setAssumption(key, d)) this.schedule();
  }

  /** The user's own target for an indicator, or the plan's again with null. */
  setTarget(ind: Indicator, t: TargetEdit | null) {
    if (this.draft.setTarget(ind, t)) this.schedule();
  }

  resetTargets() {
    if (this.draft.resetTargets()) this.schedule();
  }

  /** A base figure the user holds, or the plan's again with null. */
  setBaseFigure(k: BaseFigureKey, value: number | null) {
    if (this.draft.setBaseFigure(k, value)) this.schedule();
  }

  resetBaseFigures() {
    if (this.draft.resetBaseFigures()) this.schedule();
  }

  resetAssumptions() {
    this.draft.resetAssumptions();
    this.schedule();
  }

  setRuns(n: number) {
    this.draft.setRuns(n);
    this.schedule();
  }

  setSeed(s: number | string) {
    this.draft.setSeed(s);
    this.schedule();
  }

  dismissError() {
    this.#failure = null;
  }

  /** The full scenario for the results (JSON export, CSV provenance); its id alone if the draft does not validate. */
  #scenarioNow(): Scenario | string {
    const d = this.draft;
    const s = d.toScenario();
    return s.ok ? s.value : d.modified ? modifiedId(d.base.id) : d.base.id;
  }

  /** Runs the draft soon (debounced by the scheduler); the numbers on screen are stale from now on. */
  schedule() {
    this.stale = this.result !== null;
    this.busy = true;
    this.#scheduler.schedule([this.draft.request()]);
  }

  /** Runs the draft now, superseding anything running. */
  async runNow(): Promise<void> {
    this.stale = this.result !== null;
    await this.#scheduler.runNow([this.draft.request()]);
  }

  /**
   * Stops the run in progress: the partial result already on screen stays, marked as stopped with its run count;
   * the next change or "run again" starts afresh.
   */
  stop() {
    if (this.state !== 'running') return;
    this.#scheduler.stop();
  }

  dispose() {
    this.#scheduler.dispose();
  }
}
