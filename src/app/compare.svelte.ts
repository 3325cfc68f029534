/**
 * Comparing up to four scenarios — the one on screen, presets, saved ones — with the same seed and run count, so
 * common random numbers make their differences meaningful. Runs go one after another on a small pool of their
 * own, made on first use: a comparison never cancels the live run, nor the live run a comparison.
 */
import { COMPARE_COLORS, COMPARE_DASHES } from '../charts/palette.ts';
import { createBrowserPool, defaultPoolSize } from '../engine/browser-pool.ts';
import { toResult, type SimulationResult } from '../engine/result.ts';
import type { Runner } from '../engine/runner.ts';
import type { ModelInputs } from '../model/inputs.ts';
import type { Indicator } from '../model/indicators.ts';
import type { Bilingual } from '../model/parameters.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import type { SavedScenarios } from './workspace.svelte.ts';
import { diffPp } from './format.ts';
import { scenarioById } from './scenarios.ts';
import type { Simulation } from './simulation.svelte.ts';

export const COMPARE_MAX = 4;

export interface CompareColumn {
  key: string;
  name: Bilingual;
  color: string;
  dash: string;
  result: SimulationResult;
}

export type CompareState = 'idle' | 'running' | 'done' | 'error';

export class Compare {
  #sim: Simulation;
  #saved: SavedScenarios;
  #makeRunner: () => Runner;
  #runner: Runner | null = null;
  #gen = 0;

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

  constructor(
    sim: Simulation,
    saved: SavedScenarios,
    makeRunner: () => Runner = () => createBrowserPool(Math.min(2, defaultPoolSize())),
  ) {
    this.#sim = sim;
    this.#saved = saved;
    this.#makeRunner = makeRunner;
  }

  /** What a key stands for now: its name and model inputs, or null if it no longer exists. */
  resolve(key: string): { name: Bilingual; inputs: ModelInputs } | null {
    if (key === 'current') {
      const p = this.#sim.preset;
      const mod = this.#sim.modified;
      return {
        name: mod ? { zh: `${p.name.zh}（已修改）`, en: `${p.name.en} (modified)` } : p.name,
        inputs: this.#sim.inputs(),
      };
    }
    if (key.startsWith('preset:')) {
      const s = scenarioById(key.slice(7));
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
      this.chosen.map((k) => [k, this.resolve(k)?.inputs ?? null]),
      this.#sim.seed,
      this.#sim.runs,
    ]);
  }

  setSlot(i: number, key: string) {
    this.slots[i] = key;
    if (!this.chosen.includes(this.base)) this.base = this.chosen[0] ?? 'current';
  }

  async run(): Promise<void> {
    const gen = ++this.#gen;
    const keys = this.chosen;
    const seed = this.#sim.seed;
    const runs = this.#sim.runs;
    const signature = this.#signature();
    const items = keys.map((k) => ({ key: k, r: this.resolve(k) })).filter((x) => x.r !== null);
    this.state = 'running';
    this.error = null;
    this.steps = items.length;
    this.step = 0;
    const out: CompareColumn[] = [];
    try {
      this.#runner ??= this.#makeRunner();
      for (const [i, { key, r }] of items.entries()) {
        if (gen !== this.#gen) return;
        this.step = i + 1;
        const { name, inputs } = r!;
        const summary = await this.#runner.run({ inputs, seed, runs });
        if (gen !== this.#gen) return;
        out.push({
          key,
          name,
          color: COMPARE_COLORS[i % COMPARE_COLORS.length],
          dash: COMPARE_DASHES[i % COMPARE_DASHES.length],
          result: toResult(summary, inputs, { scenario: key, seed }),
        });
      }
      this.columns = out;
      this.#ranWith = signature;
      if (!keys.includes(this.base)) this.base = keys[0];
      this.state = 'done';
    } catch (e) {
      if (gen !== this.#gen || (e instanceof Error && e.name === 'AbortError')) return;
      this.state = 'error';
      this.error = e instanceof Error ? e.message : String(e);
    }
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
    this.#gen++;
    this.#runner?.dispose();
    this.#runner = null;
  }
}
