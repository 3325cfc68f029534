/**
 * Comparing up to four scenarios — the one on screen, presets, saved ones — with the same seed and run count, so
 * common random numbers make their differences meaningful. Runs go one after another through a RunScheduler with a
 * small pool of its own, made on first use: a comparison never cancels the live run, nor the live run a comparison,
 * and a new comparison supersedes one in progress.
 */
import { COMPARE_COLORS, COMPARE_DASHES } from '../charts/palette.ts';
import { createBrowserPool, defaultPoolSize } from '../engine/browser-pool.ts';
import { toResult, type SimulationResult } from '../engine/result.ts';
import type { Runner } from '../engine/runner.ts';
import { RunScheduler, type Clock } from './run-scheduler.ts';
import type { ScenarioDraft } from './scenario-draft.svelte.ts';
import type { ModelInputs } from '../model/inputs.ts';
import type { Indicator } from '../model/indicators.ts';
import type { Bilingual } from '../model/parameters.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { diffPp } from './format.ts';
import type { SavedScenarios } from './saved-scenarios.svelte.ts';
import { inputsKey } from './inputs-key.ts';
import { scenarioById } from './scenarios.ts';

export const COMPARE_MAX = 4;

export interface CompareColumn {
  key: string;
  name: Bilingual;
  color: string;
  dash: string;
  result: SimulationResult;
}

export type CompareState = 'idle' | 'running' | 'done' | 'error';

export interface CompareOptions {
  runner?: () => Runner;
  clock?: Clock;
}

export class Compare {
  #draft: ScenarioDraft;
  #saved: SavedScenarios;
  #scheduler: RunScheduler;

  open = $state(false);
  /** the chosen scenarios by key ('current', 'preset:<id>', 'saved:<key>'); '' for an empty slot */
  slots = $state<string[]>(['current', 'preset:no-new-policy', '', '']);
  /** key of the base scenario the differences are taken against */
  base = $state('current');
  state = $state<CompareState>('idle');
  step = $state(0);
  steps = $state(0);
  error = $state<string | null>(null);
  columns = $state.raw<CompareColumn[]>([]);
  #ranWith = $state<string | null>(null);

  chosen = $derived(this.slots.filter((k, i) => k !== '' && this.slots.indexOf(k) === i));
  /** the base column: the chosen base if it was run, else the first */
  baseColumn = $derived(this.columns.find((c) => c.key === this.base) ?? this.columns[0] ?? null);
  stale = $derived(this.#ranWith !== null && this.#ranWith !== this.#signature());

  /** the plan compared: the draft's (its targets and target year head the table) */
  get plan() {
    return this.#draft.plan;
  }

  constructor(draft: ScenarioDraft, saved: SavedScenarios, opts: CompareOptions = {}) {
    this.#draft = draft;
    this.#saved = saved;
    this.#scheduler = new RunScheduler({
      runner: opts.runner ?? (() => createBrowserPool(Math.min(2, defaultPoolSize()))),
      clock: opts.clock,
      events: { onProgress: (_id, step) => (this.step = step + 1) },
    });
  }

  /** What a key stands for now: its name and model inputs, or null if it no longer exists. */
  resolve(key: string): { name: Bilingual; inputs: ModelInputs } | null {
    if (key === 'current') return { name: this.#draft.name, inputs: this.#draft.inputs() };
    if (key.startsWith('preset:')) {
      const s = scenarioById(key.slice(7), this.#draft.plan.id);
      return s ? { name: s.name, inputs: toInputs(s) } : null;
    }
    if (key.startsWith('saved:')) {
      const e = this.#saved.byKey(key.slice(6));
      return e ? { name: { zh: e.name, en: e.name }, inputs: toInputs(e.scenario) } : null;
    }
    return null;
  }

  /** Everything a comparison depends on, to tell when its results are out of date. */
  #signature(): string {
    return JSON.stringify([
      this.chosen.map((k) => {
        const inputs = this.resolve(k)?.inputs;
        return [k, inputs ? inputsKey(inputs) : null];
      }),
      this.#draft.seed,
      this.#draft.runs,
    ]);
  }

  setSlot(i: number, key: string) {
    this.slots[i] = key;
    if (!this.chosen.includes(this.base)) this.base = this.chosen[0] ?? 'current';
  }

  async run(): Promise<void> {
    const keys = this.chosen;
    const seed = this.#draft.seed;
    const runs = this.#draft.runs;
    const signature = this.#signature();
    const items = keys.flatMap((key) => {
      const r = this.resolve(key);
      return r ? [{ key, ...r }] : [];
    });
    this.state = 'running';
    this.error = null;
    this.steps = items.length;
    this.step = items.length ? 1 : 0;
    const outcome = await this.#scheduler.runNow(items.map(({ inputs }) => ({ inputs, seed, runs })));
    if (outcome.status === 'superseded') return;
    if (outcome.status === 'stopped') return void (this.state = 'idle');
    if (outcome.status === 'error') {
      this.state = 'error';
      this.error = outcome.message;
      return;
    }
    this.columns = items.map(({ key, name, inputs }, i) => ({
      key,
      name,
      color: COMPARE_COLORS[i % COMPARE_COLORS.length],
      dash: COMPARE_DASHES[i % COMPARE_DASHES.length],
      result: toResult(outcome.summaries[i], inputs, { scenario: key, seed }),
    }));
    this.#ranWith = signature;
    if (!keys.includes(this.base)) this.base = keys[0];
    this.state = 'done';
  }

  /** Percentage-point difference of each target's chance against the base, per column. */
  diff(col: CompareColumn, ind: Indicator | 'all'): number | null {
    const b = this.baseColumn;
    if (!b || b.key === col.key) return null;
    return ind === 'all'
      ? diffPp(col.result.pAllTargets, b.result.pAllTargets)
      : diffPp(col.result.indicators[ind].pMeet, b.result.indicators[ind].pMeet);
  }

  dispose() {
    this.#scheduler.dispose();
  }
}
