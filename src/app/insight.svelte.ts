/**
 * The insight panel's state: the tornado (sensitivity), goal seek and attribution (src/insight) for the scenario
 * being edited, on a worker pool of their own, made on first use (the pool cancels its run in progress when a new
 * one starts, so sharing the live view's pool would cancel each other). One request at a time, latest only:
 * - `run(tool)` aborts whatever insight request was running or waiting and starts this one;
 * - `follow()` is called when the draft changes: a request in progress is aborted and run again on the new
 *   scenario after `followMs` of quiet (the last change always runs); a shown tornado or attribution is redone the
 *   same way while the panel is open; a shown goal-seek answer only turns stale (it is asked for, not followed);
 * - `stop()` aborts the request in progress and drops a waiting one.
 * Every variant runs `runs` times on the draft's seed (common random numbers). The runner and the clock are
 * injected, so tests use a same-thread runner and fake timers. No markup here.
 */
import { createBrowserPool, defaultPoolSize } from '../engine/browser-pool.ts';
import { AbortError, type Runner } from '../engine/runner.ts';
import type { AttributionResult } from '../insight/attribution.ts';
import type { GoalSeekResult } from '../insight/goal-seek.ts';
import { costlyLevers } from '../insight/levers.ts';
import type { SensitivityResult } from '../insight/sensitivity.ts';
import type { Indicator } from '../model/indicators.ts';
import type { ModelInputs } from '../model/inputs.ts';
import type { LeverKey } from '../model/parameters.ts';
import { planModel, type LeverPackage, type LeverValue } from '../model/plan.ts';
import { noPolicyLevers } from '../model/inputs.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { inputsKey } from './inputs-key.ts';
import { runErrorText } from './run-error.ts';
import { systemClock, type Clock } from './run-scheduler.ts';
import type { ScenarioDraft } from './scenario-draft.svelte.ts';
import { scenarioById } from './scenarios.ts';

export type InsightTool = 'tornado' | 'goalSeek' | 'attribution';
export type InsightState = 'idle' | 'running' | 'done' | 'stopped' | 'error';

/**
 * Runs per variant. A tornado has 1 + 2 × (levers + assumptions) variants (95 with model 2.0), attribution 64, goal
 * seek about 80: at 5,000 runs a tornado took 29 s in headless Chromium on this project's 2-core machine (e2e
 * INSIGHT-TIMING), above the 20 s aimed at, so insight runs use 3,000 (the standard error of a P(meet) is then at
 * most 0.9 points for independent runs, about 0.45 for the plan's output with the antithetic pairs, docs/MODEL.md
 * §9.1); the panel says how many.
 */
export const INSIGHT_RUNS = 3000;
/** quiet time after a scenario change before a followed request runs again (ms) */
export const FOLLOW_MS = 400;
export const DEFAULT_PROBABILITY = 0.8;
export const DEFAULT_BASELINE = 'no-new-policy';

/** A result with what it was computed from, to tell when it is out of date. */
export interface Computed<R> {
  result: R;
  /** the levers of the scenario it was computed for */
  levers: LeverPackage;
  /** the runs of each variant it simulated (fewer than the main run's: its figures differ by Monte Carlo error) */
  runs: number;
  signature: string;
}

/** One lever a goal-seek answer changes. */
export interface LeverChange {
  key: LeverKey;
  from: LeverValue;
  to: LeverValue;
}

/** The levers that differ between two packages, in the table's order. */
export function leverChanges(keys: readonly LeverKey[], from: LeverPackage, to: LeverPackage): LeverChange[] {
  return keys
    .filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]))
    .map((key) => ({ key, from: from[key], to: to[key] }));
}

export interface InsightOptions {
  runner?: () => Runner;
  clock?: Clock;
  runs?: number;
  followMs?: number;
}

type Tools = typeof import('./insight-tools.ts');
/** the tools' code (./insight-tools.ts), once loaded */
let tools: Tools | null = null;
let toolsLoading: Promise<Tools> | null = null;

/**
 * Loads the tools' code, a chunk of its own: the panel asks for it as it opens, a request that finds it missing
 * waits for it (a failed load fails that request and is tried again by the next).
 */
export function loadInsightTools(): Promise<Tools> {
  toolsLoading ??= import('./insight-tools.ts').then(
    (m) => (tools = m),
    (e: unknown) => {
      toolsLoading = null;
      throw e;
    },
  );
  return toolsLoading;
}

export class Insight {
  #draft: ScenarioDraft;
  #makeRunner: () => Runner;
  #runner: Runner | null = null;
  #clock: Clock;
  #abort: AbortController | null = null;
  #timer: unknown = null;
  /** requests started so far; a request whose number is no longer this one goes quiet */
  #seq = 0;
  readonly followMs: number;

  open = $state(false);
  /** the tab on show */
  tool = $state<InsightTool>('tornado');
  indicator = $state<Indicator>('output');
  /** goal seek's P(meet) to reach, 0–1 */
  probability = $state(DEFAULT_PROBABILITY);
  /** attribution's baseline preset */
  baseline = $state(DEFAULT_BASELINE);
  /** the baseline in effect: the chosen preset if the plan on screen has it, else that plan's no-new-policy */
  get baselineId(): string {
    return scenarioById(this.baseline, this.#draft.plan.id) ? this.baseline : DEFAULT_BASELINE;
  }
  runs = $state(INSIGHT_RUNS);

  /** the request in progress (or last run) and its state */
  running = $state<InsightTool | null>(null);
  state = $state<InsightState>('idle');
  done = $state(0);
  total = $state(0);
  /** what the last run threw, kept raw so that its text follows a later switch of language */
  #failure = $state.raw<{ error: unknown } | null>(null);
  /** the last run's failure in the reader's current language, or null */
  get error(): string | null {
    return this.#failure ? runErrorText(this.#failure.error) : null;
  }
  /** milliseconds the last finished request took, per tool (for the measurements in the e2e test) */
  took = $state<Partial<Record<InsightTool, number>>>({});

  tornado = $state.raw<Computed<SensitivityResult> | null>(null);
  goal = $state.raw<Computed<GoalSeekResult> | null>(null);
  attribution = $state.raw<Computed<AttributionResult> | null>(null);

  /** the plan of the scenario the tools work on (its levers, assumptions and target year) */
  get pm() {
    return this.#draft.pm;
  }

  constructor(draft: ScenarioDraft, opts: InsightOptions = {}) {
    this.#draft = draft;
    this.#makeRunner = opts.runner ?? (() => createBrowserPool(defaultPoolSize()));
    this.#clock = opts.clock ?? systemClock;
    this.runs = opts.runs ?? INSIGHT_RUNS;
    this.followMs = opts.followMs ?? FOLLOW_MS;
  }

  /** What a tool's result depends on now: scenario, seed, runs and the tool's own choices. */
  signature(tool: InsightTool): string {
    const d = this.#draft;
    const own =
      tool === 'tornado'
        ? [this.indicator]
        : tool === 'goalSeek'
          ? [this.indicator, this.probability]
          : [this.indicator, this.baselineId];
    const inputs = d.inputs();
    // goal seek sets every costly lever itself: the scenario's own values of them do not change its answer, so
    // applying the answer does not make it stale
    if (tool === 'goalSeek') {
      const levers = { ...inputs.levers };
      for (const k of costlyLevers(planModel(inputs.plan))) delete (levers as Partial<LeverPackage>)[k];
      inputs.levers = levers;
    }
    return JSON.stringify([tool, inputsKey(inputs), d.seed, this.runs, own]);
  }

  /** The tool's shown result belongs to another scenario or other choices. */
  isStale(tool: InsightTool): boolean {
    const c = tool === 'tornado' ? this.tornado : tool === 'goalSeek' ? this.goal : this.attribution;
    return c !== null && c.signature !== this.signature(tool);
  }

  /** A waiting (debounced) request exists. */
  get waiting(): boolean {
    return this.#timer !== null;
  }

  /** Runs a tool now on the draft as it is, superseding any insight request running or waiting. */
  async run(tool: InsightTool): Promise<void> {
    this.#cancelTimer();
    this.#abort?.abort();
    const id = ++this.#seq;
    const abort = new AbortController();
    this.#abort = abort;
    const d = this.#draft;
    const inputs: ModelInputs = d.inputs();
    const levers = { ...inputs.levers };
    const run = { seed: d.seed, runs: this.runs };
    const indicator = this.indicator;
    const signature = this.signature(tool);
    this.tool = tool;
    this.running = tool;
    this.state = 'running';
    this.done = 0;
    this.total = 0;
    this.#failure = null;
    const live = () => id === this.#seq;
    const opts = {
      signal: abort.signal,
      onProgress: (p: { done: number; total: number }) => {
        if (!live()) return;
        this.done = p.done;
        this.total = p.total;
      },
    };
    const t0 = this.#clock.now();
    try {
      // once the code is in, a request starts at once (no await)
      const { attribution, goalSeek, sensitivity } = tools ?? (await loadInsightTools());
      if (!live()) return;
      this.#runner ??= this.#makeRunner();
      const runner = this.#runner;
      if (tool === 'tornado') {
        const result = await sensitivity(runner, inputs, indicator, run, opts);
        if (!live()) return;
        this.tornado = { result, levers, runs: run.runs, signature };
      } else if (tool === 'goalSeek') {
        const result = await goalSeek(runner, inputs, indicator, this.probability, run, opts);
        if (!live()) return;
        this.goal = { result, levers, runs: run.runs, signature };
      } else {
        // the plan's own no-new-policy package, or a scenario of the same plan
        const id = this.baselineId;
        const base = id === DEFAULT_BASELINE ? null : scenarioById(id, inputs.plan.id);
        if (id !== DEFAULT_BASELINE && !base) throw new Error(`unknown baseline scenario: ${id}`);
        const baseLevers = base ? toInputs(base).levers : noPolicyLevers(planModel(inputs.plan));
        const result = await attribution(runner, inputs, baseLevers, indicator, run, opts);
        if (!live()) return;
        this.attribution = { result, levers, runs: run.runs, signature };
      }
      this.took = { ...this.took, [tool]: Math.round(this.#clock.now() - t0) };
      this.state = 'done';
      this.#abort = null;
    } catch (e) {
      if (!live()) return;
      this.#abort = null;
      if (e instanceof AbortError || (e instanceof Error && e.name === 'AbortError')) {
        this.state = 'stopped';
      } else {
        this.state = 'error';
        this.#failure = { error: e };
      }
    }
  }

  /**
   * The draft changed. A request in progress is aborted and, after `followMs` of quiet, run again on the new
   * scenario; with the panel open, a shown tornado or attribution is redone the same way.
   */
  follow() {
    let tool: InsightTool | null = null;
    if (this.state === 'running' && this.running) tool = this.running;
    else if (this.#timer !== null) tool = this.tool;
    else if (this.open && this.tool !== 'goalSeek' && this.isStale(this.tool)) tool = this.tool;
    if (!tool) return;
    if (this.state === 'running') {
      // the old request goes quiet at once; it must not finish on the old scenario
      this.#seq++;
      this.#abort?.abort();
      this.#abort = null;
    }
    this.running = tool;
    this.state = 'running';
    this.done = 0;
    this.total = 0;
    const next = tool;
    this.#cancelTimer();
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      void this.run(next);
    }, this.followMs);
  }

  /** Stops the request in progress (its partial work is dropped) and any waiting one. */
  stop() {
    const had = this.state === 'running';
    this.#cancelTimer();
    this.#seq++;
    this.#abort?.abort();
    this.#abort = null;
    if (had) this.state = 'stopped';
  }

  /** Opens the panel on goal seek for one indicator and runs it (the scorecard's link for a target out of reach). */
  seek(indicator: Indicator) {
    this.open = true;
    this.indicator = indicator;
    void this.run('goalSeek');
  }

  /** The levers the goal-seek answer changes against the scenario it was found for. */
  goalChanges(): LeverChange[] {
    const g = this.goal;
    return g ? leverChanges(this.#draft.pm.leverKeys, g.levers, g.result.levers) : [];
  }

  /** The changes that applying the answer makes to the draft as it is now. */
  pendingChanges(): LeverChange[] {
    const g = this.goal;
    return g
      ? leverChanges(
          this.#draft.pm.leverKeys,
          $state.snapshot(this.#draft.levers) as LeverPackage,
          g.result.levers,
        )
      : [];
  }

  #cancelTimer() {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  dispose() {
    this.#cancelTimer();
    this.#seq++;
    this.#abort?.abort();
    this.#abort = null;
    this.#runner?.dispose();
    this.#runner = null;
  }
}
