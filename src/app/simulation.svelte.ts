/**
 * The app's state: the scenario being edited (levers, assumptions, runs, seed), the worker pool that runs it and
 * the latest result. Every change schedules a run (debounced while a slider is dragged); the pool supersedes the
 * run in progress. Partial results are shown once enough runs are in, so numbers never jump to nonsense.
 */
import { createBrowserPool } from '../engine/browser-pool.ts';
import { toResult, type SimulationResult } from '../engine/result.ts';
import type { Runner } from '../engine/runner.ts';
import { defaultUncertainties, publicCostPerYear, type ModelInputs } from '../model/inputs.ts';
import {
  LEVER_KEYS,
  UNCERTAINTY_KEYS,
  type Dist,
  type LeverKey,
  type Levers,
  type UncertaintyKey,
} from '../model/parameters.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { parseScenario, type Parsed } from '../scenario/parse.ts';
import { SCENARIO_FORMAT, type Scenario } from '../scenario/schema.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import type { Summary } from '../stats/summary.ts';
import { sameDist } from './dist.ts';
import { FUND_SHARES, isFundShare, rebalanceFund } from './fund.ts';
import { SCENARIOS, scenarioById } from './scenarios.ts';

export type RunState = 'idle' | 'running' | 'done' | 'stopped' | 'error';
/** Where the scenario being edited came from: a bundled preset, a share link, the saved list or a file. */
export type Source = 'preset' | 'link' | 'saved' | 'file';

const MODIFIED_SUFFIX = { zh: '（已修改）', en: ' (modified)' } as const;
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Partial results are shown only once this many runs are in (or the whole run, if smaller). */
export const PARTIAL_MIN_RUNS = 2000;
/** Delay before a run starts after a change: dragging a slider does not start a run per pixel. */
export const DEBOUNCE_MS = 100;
/** At most one partial-result refresh per this many ms. */
const REFRESH_MS = 120;

export class Simulation {
  #makeRunner: () => Runner;
  #runner: Runner | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastStart = -Infinity;
  #abort: AbortController | null = null;
  #gen = 0;
  #lastRefresh = 0;

  presetId = $state('plan');
  /** where the loaded scenario came from; anything but 'preset' shows as its own entry in the scenario list */
  source = $state<Source>('preset');
  #preset = $state.raw<Scenario>(SCENARIOS[0]);
  #presetInputs = $state.raw<ModelInputs>(toInputs(SCENARIOS[0]));

  startYear = $state(2020);
  levers = $state<Levers>({ ...SCENARIOS[0].levers });
  assumptions = $state<Record<UncertaintyKey, Dist>>(toInputs(SCENARIOS[0]).uncertainties);
  pinnedPcDemand = $state.raw<Record<number, number>>({});
  runs = $state(20000);
  seed = $state<number | string>(7);
  /** bumps whenever values are replaced wholesale (preset, reset), so input fields drop what was typed */
  revision = $state(0);

  /** the latest result (partial while running) and the summary it came from */
  result = $state.raw<SimulationResult | null>(null);
  summary = $state.raw<Summary | null>(null);
  resultStartYear = $state(2020);
  state = $state<RunState>('idle');
  done = $state(0);
  total = $state(0);
  error = $state<string | null>(null);
  /** counts runs started, for the run bar and tests */
  runId = $state(0);

  costPerYear = $derived(publicCostPerYear(this.levers));

  modified = $derived.by(() => {
    const lv = this.#preset.levers;
    if (LEVER_KEYS.some((k) => this.levers[k] !== lv[k])) return true;
    return UNCERTAINTY_KEYS.some((k) => !sameDist(this.assumptions[k], this.#presetInputs.uncertainties[k]));
  });

  preset = $derived(this.#preset);

  constructor(makeRunner: () => Runner = createBrowserPool) {
    this.#makeRunner = makeRunner;
    const first = scenarioById('plan') ?? SCENARIOS[0];
    if (first) this.#apply(first);
  }

  #apply(s: Scenario, source: Source = 'preset') {
    const inputs = toInputs(s);
    this.source = source;
    this.presetId = s.id;
    this.#preset = s;
    this.#presetInputs = inputs;
    this.startYear = inputs.startYear;
    this.levers = { ...inputs.levers };
    this.assumptions = inputs.uncertainties;
    this.pinnedPcDemand = inputs.pinnedPcDemand;
    this.runs = s.runs; // validated by the scenario schema: never clamped
    this.seed = s.seed;
    this.revision++;
  }

  loadPreset(id: string) {
    const s = scenarioById(id);
    if (!s) return;
    this.#apply(s);
    this.runNow();
  }

  /** Opens a validated scenario from a link, the saved list or a file, and runs it. */
  loadScenario(s: Scenario, source: Exclude<Source, 'preset'>) {
    this.#apply(s, source);
    this.runNow();
  }

  /** Back to the loaded scenario as it was (a preset, or what a link, the saved list or a file gave). */
  reload() {
    if (this.source === 'preset') this.loadPreset(this.presetId);
    else this.loadScenario(this.#preset, this.source);
  }

  /**
   * The scenario on screen as a valid Scenario: every number rounded to the 4 decimals the format allows, the model
   * version stamped, and a name that says when it was modified. If rounding changed anything, the screen takes the
   * rounded values (and reruns), so what is shared or saved is exactly what was seen.
   */
  currentScenario(): Parsed<Scenario> {
    const base = this.#preset;
    const strip = (n: string, suffix: string) => (n.endsWith(suffix) ? n.slice(0, -suffix.length) : n);
    const name = (lang: 'zh' | 'en') => {
      const n = strip(base.name[lang], MODIFIED_SUFFIX[lang]);
      const m = n + MODIFIED_SUFFIX[lang];
      return this.modified && m.length <= 80 ? m : base.name[lang];
    };
    const levers = Object.fromEntries(LEVER_KEYS.map((k) => [k, round4(this.levers[k])]));
    const assumptions = Object.fromEntries(
      UNCERTAINTY_KEYS.map((k) => [
        k,
        Object.fromEntries(
          Object.entries(this.assumptions[k]).map(([f, v]) => [f, typeof v === 'number' ? round4(v) : v]),
        ),
      ]),
    );
    const pinnedPcDemand = Object.fromEntries(
      Object.entries(this.pinnedPcDemand).map(([y, g]) => [String(y), round4(g)]),
    );
    const parsed = parseScenario({
      format: SCENARIO_FORMAT,
      model: MODEL_VERSION,
      id: base.id,
      name: { zh: name('zh'), en: name('en') },
      description: base.description,
      startYear: this.startYear,
      levers,
      assumptions,
      pinnedPcDemand,
      seed: this.seed,
      runs: this.runs,
    });
    if (parsed.ok) this.#adopt(parsed.value);
    return parsed;
  }

  /** Takes a scenario's numbers if they differ from the screen's (float noise, extra decimals) and reruns. */
  #adopt(s: Scenario) {
    const next = toInputs(s);
    const cur = this.inputs();
    const same =
      LEVER_KEYS.every((k) => next.levers[k] === cur.levers[k]) &&
      UNCERTAINTY_KEYS.every((k) => sameDist(next.uncertainties[k], cur.uncertainties[k])) &&
      JSON.stringify(next.pinnedPcDemand) === JSON.stringify(cur.pinnedPcDemand);
    if (same) return;
    this.levers = { ...next.levers };
    this.assumptions = next.uncertainties;
    this.pinnedPcDemand = next.pinnedPcDemand;
    this.revision++;
    this.runNow();
  }

  /** Sets a lever (already validated); a fund share rescales the other three. */
  setLever(key: LeverKey, value: number) {
    if (isFundShare(key)) {
      const shares = Object.fromEntries(FUND_SHARES.map((k) => [k, this.levers[k]])) as Record<
        (typeof FUND_SHARES)[number],
        number
      >;
      Object.assign(this.levers, rebalanceFund(shares, key, value));
    } else {
      if (this.levers[key] === value) return;
      this.levers[key] = value;
    }
    this.schedule();
  }

  setAssumption(key: UncertaintyKey, d: Dist) {
    this.assumptions[key] = { ...d };
    this.schedule();
  }

  /** Back to the model's default assumptions (and no pinned PC years); the levers stay. */
  resetAssumptions() {
    this.assumptions = defaultUncertainties();
    this.pinnedPcDemand = {};
    this.revision++;
    this.schedule();
  }

  setRuns(n: number) {
    this.runs = n;
    this.schedule();
  }

  setSeed(s: number | string) {
    this.seed = s;
    this.schedule();
  }

  dismissError() {
    this.error = null;
  }

  inputs(): ModelInputs {
    return {
      startYear: this.startYear,
      levers: $state.snapshot(this.levers),
      uncertainties: $state.snapshot(this.assumptions),
      pinnedPcDemand: { ...this.pinnedPcDemand },
    };
  }

  /**
   * Runs soon, at most one run start per DEBOUNCE_MS: the first change after a quiet spell runs at once (so the
   * picture follows the hand), changes during a drag are throttled, and the last one always runs. The pool
   * supersedes an older run, so nothing queues.
   */
  schedule() {
    if (this.#timer) clearTimeout(this.#timer);
    const wait = Math.max(0, this.#lastStart + DEBOUNCE_MS - performance.now());
    this.#timer = setTimeout(() => this.runNow(), wait);
  }

  async runNow(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#lastStart = performance.now();
    const gen = ++this.#gen;
    const inputs = this.inputs();
    const seed = this.seed;
    const runs = this.runs;
    const scenario = this.modified ? `${this.presetId} (modified)` : this.presetId;
    this.runId = gen;
    this.state = 'running';
    this.done = 0;
    this.total = runs;
    this.error = null;
    this.#lastRefresh = -Infinity; // a new run's first partial result shows at once
    const abort = new AbortController();
    this.#abort = abort;
    const show = (summary: Summary) => {
      this.summary = summary;
      this.resultStartYear = inputs.startYear;
      this.result = toResult(summary, inputs, { scenario, seed });
    };
    try {
      this.#runner ??= this.#makeRunner();
      const summary = await this.#runner.run(
        { inputs, seed, runs },
        {
          signal: abort.signal,
          onProgress: (p) => {
            if (gen !== this.#gen) return;
            this.done = p.done;
            const now = performance.now();
            if (p.done >= Math.min(PARTIAL_MIN_RUNS, runs) && now - this.#lastRefresh > REFRESH_MS) {
              this.#lastRefresh = now;
              show(p.summary);
            }
          },
        },
      );
      if (gen !== this.#gen) return;
      show(summary);
      this.done = summary.runs;
      this.state = 'done';
    } catch (e) {
      if (gen !== this.#gen || (e instanceof Error && e.name === 'AbortError')) return;
      this.state = 'error';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /**
   * Stops the run in progress: the partial result already on screen stays, marked as stopped with its run count;
   * the next change or "run again" starts afresh.
   */
  stop() {
    if (this.state !== 'running') return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#gen++;
    this.#abort?.abort();
    this.state = 'stopped';
  }

  dispose() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#gen++;
    this.#runner?.dispose();
    this.#runner = null;
  }
}
