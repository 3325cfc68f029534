/**
 * The scenario being edited: where it came from, its plan, its levers (one value each, or one per period of the
 * plan), the user's own targets and base figures, assumptions, pinned PC years, runs and seed, and whether it differs
 * from what was loaded. Values are rounded to the scenario format's 4 decimals as they come in, so what is shown is
 * exactly what a share link, a saved entry or an export carries, and `toScenario()` only reads.
 * No runner, no timers: Simulation and Compare read the draft; only its setters change it.
 */
import { message } from '../i18n/messages.ts';
import { defaultUncertainties, publicCostPerYear, type ModelInputs } from '../model/inputs.ts';
import type { Indicator } from '../model/indicators.ts';
import type { Dist, LeverKey, UncertaintyKey } from '../model/parameters.ts';
import { leverIn, planModel, type BaseFigureKey, type LeverPackage, type Plan } from '../model/plan.ts';
import { MODEL_VERSION } from '../model/version.ts';
import type { RunRequest } from '../engine/runner.ts';
import { parseScenario, planOf, type Parsed } from '../scenario/parse.ts';
import {
  SCENARIO_FORMAT,
  type BaseEdits,
  type Scenario,
  type TargetEdit,
  type TargetEdits,
} from '../scenario/schema.ts';
import { effectivePlan, toInputs } from '../scenario/to-inputs.ts';
import { modifiedId, modifiedName, unmarkedName } from '../scenario/modified.ts';
import { sameDist } from './dist.ts';
import { rebalanceFund } from './fund.ts';

/** Where the scenario being edited came from: a bundled preset, a share link, the saved list or a file. */
export type Source = 'preset' | 'link' | 'saved' | 'file';

/** The scenario format's precision: 4 decimals, -0 as 0. */
export const round4 = (x: number): number => {
  const r = Math.round(x * 1e4) / 1e4;
  return r === 0 ? 0 : r;
};
const roundDist = (d: Dist): Dist =>
  Object.fromEntries(Object.entries(d).map(([f, v]) => [f, typeof v === 'number' ? round4(v) : v])) as Dist;

export class ScenarioDraft {
  /** the scenario as loaded (a preset, or what a link, the saved list or a file gave) */
  base = $state.raw<Scenario>() as Scenario;
  source = $state<Source>('preset');
  #baseInputs = $state.raw<ModelInputs>() as ModelInputs;

  /** the plan file of the scenario, as published */
  planFile = $state.raw<Plan>() as Plan;
  /** the user's own targets and base figures (none: the plan's) */
  targets = $state.raw<TargetEdits>({});
  baseFigures = $state.raw<BaseEdits>({});
  /** the plan the model reads: the plan file with the user's targets and base figures in place (./to-inputs.ts) */
  plan = $derived(effectivePlan(this.planFile, { targets: this.targets, base: this.baseFigures }));
  pm = $derived(planModel(this.plan));
  startYear = $state(0);
  levers = $state<LeverPackage>() as LeverPackage;
  assumptions = $state<Record<UncertaintyKey, Dist>>() as Record<UncertaintyKey, Dist>;
  pinnedPcDemand = $state.raw<Record<number, number>>({});
  /** pinned world chip sales growth (model 3.0): carried from the scenario as it came, not edited on screen */
  pinnedChipDemand = $state.raw<Record<number, number>>({});
  runs = $state(20000);
  seed = $state<number | string>(7);
  /**
   * the user's own realised target-year values for the ex-post check (kept with the scenario, marked as theirs; not
   * an input to the model, so they do not make the scenario "modified")
   */
  realised = $state.raw<Partial<Record<Indicator, number>>>({});
  /** bumps whenever values are replaced wholesale (load, reset), so input fields drop what was typed */
  revision = $state(0);

  costPerYear = $derived(publicCostPerYear(this.pm, this.levers));
  /** the public cost a year in each period of the plan (they differ where a lever is set by period) */
  costByPeriod = $derived(this.plan.periods.map((_, p) => publicCostPerYear(this.pm, this.levers, p)));

  /**
   * the levers, targets, base figures or assumptions differ from the loaded scenario (runs and seed do not count)
   */
  modified = $derived.by(() => {
    if (!sameEdits(this.targets, this.base.targets) || !sameEdits(this.baseFigures, this.base.base))
      return true;
    const lv = this.#baseInputs.levers;
    const same = (a: LeverPackage[LeverKey], b: LeverPackage[LeverKey]) =>
      a === b || JSON.stringify(a) === JSON.stringify(b);
    if (this.pm.leverKeys.some((k) => !same(this.levers[k], lv[k]))) return true;
    if (
      this.pm.uncertaintyKeys.some((k) => !sameDist(this.assumptions[k], this.#baseInputs.uncertainties[k]))
    )
      return true;
    return (
      JSON.stringify(this.pinnedPcDemand) !== JSON.stringify(this.#baseInputs.pinnedPcDemand) ||
      JSON.stringify(this.pinnedChipDemand) !== JSON.stringify(this.#baseInputs.pinnedChipDemand ?? {})
    );
  });

  /** the name shown and saved: the loaded scenario's, marked when modified */
  name = $derived(this.modified ? modifiedName(this.base.name) : this.base.name);

  constructor(first: Scenario, source: Source = 'preset') {
    this.load(first, source);
  }

  /** Replaces everything with a validated scenario. */
  load(s: Scenario, source: Source = 'preset') {
    this.planFile = planOf(s);
    const inputs = toInputs(s, this.planFile);
    this.targets = { ...s.targets };
    this.baseFigures = { ...s.base };
    this.source = source;
    this.base = s;
    this.#baseInputs = inputs;
    this.startYear = inputs.startYear;
    this.levers = { ...inputs.levers };
    this.assumptions = inputs.uncertainties;
    this.pinnedPcDemand = inputs.pinnedPcDemand;
    this.pinnedChipDemand = inputs.pinnedChipDemand ?? {};
    this.runs = s.runs; // validated by the scenario schema: never clamped
    this.seed = s.seed;
    this.realised = { ...s.realised };
    this.revision++;
  }

  /**
   * Loads a scenario as it was loaded before, then takes the values of `current` (levers, assumptions, pinned years,
   * runs, seed): the draft is as it was, modified mark included.
   */
  restore(base: Scenario, source: Source, current: Scenario) {
    this.load(base, source);
    const inputs = toInputs(current, this.planFile);
    this.targets = { ...current.targets };
    this.baseFigures = { ...current.base };
    this.startYear = inputs.startYear;
    this.levers = { ...inputs.levers };
    this.assumptions = inputs.uncertainties;
    this.pinnedPcDemand = inputs.pinnedPcDemand;
    this.pinnedChipDemand = inputs.pinnedChipDemand ?? {};
    this.runs = current.runs;
    this.seed = current.seed;
    this.realised = { ...current.realised };
  }

  /** Sets (a finite number) or clears (null) the user's realised value of an indicator, rounded to 4 decimals. */
  setRealised(key: Indicator, value: number | null) {
    const next = { ...this.realised };
    if (value === null) delete next[key];
    else next[key] = round4(value);
    this.realised = next;
  }

  /** The number of periods of the plan, and a lever's value in period p. */
  get periods(): number {
    return this.plan.periods.length;
  }
  leverAt(key: LeverKey, p = 0): number {
    return leverIn(this.levers[key], p);
  }
  /** Whether a lever holds one value per period (the period control is open). */
  byPeriod(key: LeverKey): boolean {
    return typeof this.levers[key] !== 'number';
  }

  /**
   * Sets a lever (already validated against its range), rounded to 4 decimals: in every period, or in period `p`
   * only (the lever then holds one value per period; equal values fold back into one). A fund share rescales the
   * others so the shares add up to 100 (in that period). Returns whether anything changed.
   */
  setLever(key: LeverKey, value: number, p?: number): boolean {
    const keys = this.pm.fundKeys;
    const group = keys.includes(key) ? keys : [key];
    const before = group.map((k) => JSON.stringify(this.levers[k]));
    const values = {} as Record<LeverKey, number[]>;
    for (const k of group) values[k] = Array.from({ length: this.periods }, (_, q) => this.leverAt(k, q));
    for (const q of p === undefined ? values[key].keys() : [p]) {
      const next: Record<LeverKey, number> =
        group.length > 1
          ? rebalanceFund(
              keys,
              Object.fromEntries(keys.map((k) => [k, values[k][q]])) as Record<LeverKey, number>,
              key,
              value,
            )
          : ({ [key]: round4(value) } as Record<LeverKey, number>);
      for (const k of group) values[k][q] = next[k];
    }
    for (const k of group) {
      const v = values[k];
      this.levers[k] = v.every((x) => x === v[0]) ? v[0] : v;
    }
    return group.some((k, i) => JSON.stringify(this.levers[k]) !== before[i]);
  }

  /** Opens or closes a lever's period control: one value per period (each the current value), or one for all. */
  setByPeriod(key: LeverKey, on: boolean): boolean {
    const group = this.pm.fundKeys.includes(key) ? this.pm.fundKeys : [key];
    if (on === this.byPeriod(key)) return false;
    for (const k of group) {
      this.levers[k] = on
        ? Array.from({ length: this.periods }, (_, q) => this.leverAt(k, q))
        : this.leverAt(k, 0);
    }
    return true;
  }

  /**
   * Sets the user's own target for an indicator (already validated against its range), or back to the plan's with
   * null. A target equal to the plan's, value and direction, is the plan's. Returns whether anything changed.
   */
  setTarget(ind: Indicator, t: TargetEdit | null): boolean {
    const own = this.planFile.targets[ind];
    const next = t && { value: round4(t.value), direction: t.direction };
    const plain =
      !next || (own !== undefined && own.value === next.value && own.direction === next.direction);
    const targets = withEdit(this.targets, ind, plain ? null : next);
    if (!targets) return false;
    this.targets = targets;
    return true;
  }

  /** Every target back to the plan's. */
  resetTargets(): boolean {
    if (!Object.keys(this.targets).length) return false;
    this.targets = {};
    this.revision++;
    return true;
  }

  /**
   * Sets a base figure the user holds (already validated), or back to the plan's with null. The plan's own value
   * where the plan publishes it is the plan's; where the plan estimates a range, any typed value (its middle too)
   * is the user's and fixed. Returns whether anything changed.
   */
  setBaseFigure(k: BaseFigureKey, value: number | null): boolean {
    const own = this.planFile.base[k];
    const next = value === null ? null : round4(value);
    const base = withEdit(
      this.baseFigures,
      k,
      next === null || (!own.range && own.value === next) ? null : next,
    );
    if (!base) return false;
    this.baseFigures = base;
    return true;
  }

  /** Every base figure back to the plan's. */
  resetBaseFigures(): boolean {
    if (!Object.keys(this.baseFigures).length) return false;
    this.baseFigures = {};
    this.revision++;
    return true;
  }

  setAssumption(key: UncertaintyKey, d: Dist): boolean {
    const next = roundDist(d);
    if (sameDist(next, this.assumptions[key])) return false;
    this.assumptions[key] = next;
    return true;
  }

  /** Back to the model's default assumptions (and no pinned PC years); the levers stay. */
  resetAssumptions() {
    this.assumptions = defaultUncertainties(this.pm);
    this.pinnedPcDemand = {};
    this.pinnedChipDemand = {};
    this.revision++;
  }

  setRuns(n: number) {
    this.runs = n;
  }

  setSeed(s: number | string) {
    this.seed = s;
  }

  /**
   * The levers and assumptions as plain copies, made once per change whoever reads them (the run, the validation and
   * the insight panel each made their own: about 2 ms of every step of a slider drag). Shared: read, never written.
   */
  #plain = $derived({
    levers: $state.snapshot(this.levers) as LeverPackage,
    uncertainties: $state.snapshot(this.assumptions) as Record<UncertaintyKey, Dist>,
  });

  /** The model's inputs: plain copies, safe to post to a worker (the levers and assumptions shared, read only). */
  inputs(): ModelInputs {
    return {
      plan: this.plan,
      startYear: this.startYear,
      levers: this.#plain.levers,
      uncertainties: this.#plain.uncertainties,
      pinnedPcDemand: { ...this.pinnedPcDemand },
      ...(Object.keys(this.pinnedChipDemand).length
        ? { pinnedChipDemand: { ...this.pinnedChipDemand } }
        : {}),
    };
  }

  /** What a run of the draft asks for. */
  request(): RunRequest {
    return { inputs: this.inputs(), seed: this.seed, runs: this.runs };
  }

  /**
   * The draft as a valid Scenario (the model version stamped, the name marked when modified), or the reasons it is
   * not valid. Reads only.
   */
  toScenario(): Parsed<Scenario> {
    return this.#parsed;
  }

  /**
   * One validation per change, whoever asks (the export name, the kept work and the run each did their own: three
   * zod parses for every step of a slider drag).
   */
  #parsed = $derived.by((): Parsed<Scenario> => {
    const base = this.base;
    return parseScenario(
      {
        format: SCENARIO_FORMAT,
        model: MODEL_VERSION,
        ...(base.plan ? { plan: base.plan } : {}),
        // a changed package has an id of its own: exports, links and saved entries never call it by its base's id
        id: this.modified ? modifiedId(base.id) : base.id,
        name: this.name,
        description: this.modified
          ? {
              zh: message('zh', 'preset.modifiedDesc', { name: unmarkedName(base.name.zh, 'zh') }),
              en: message('en', 'preset.modifiedDesc', { name: unmarkedName(base.name.en, 'en') }),
            }
          : base.description,
        startYear: this.startYear,
        levers: this.#plain.levers,
        ...(Object.keys(this.targets).length ? { targets: { ...this.targets } } : {}),
        ...(Object.keys(this.baseFigures).length ? { base: { ...this.baseFigures } } : {}),
        assumptions: this.#plain.uncertainties,
        pinnedPcDemand: Object.fromEntries(
          Object.entries(this.pinnedPcDemand).map(([y, g]) => [String(y), g]),
        ),
        ...(Object.keys(this.pinnedChipDemand).length
          ? {
              pinnedChipDemand: Object.fromEntries(
                Object.entries(this.pinnedChipDemand).map(([y, g]) => [String(y), g]),
              ),
            }
          : {}),
        ...(Object.keys(this.realised).length ? { realised: { ...this.realised } } : {}),
        seed: this.seed,
        runs: this.runs,
      },
      this.planFile,
    );
  });
}

/** A set of edits with one key set, or removed with null; null where that changes nothing. */
function withEdit<K extends string, V>(
  edits: Partial<Record<K, V>>,
  key: K,
  value: V | null,
): Partial<Record<K, V>> | null {
  const next = { ...edits };
  if (value === null) delete next[key];
  else next[key] = value;
  return sameEdits(next, edits) ? null : next;
}

/** Two sets of edits (targets or base figures) hold the same values; none and an empty set are the same. */
function sameEdits(a: object | undefined, b: object | undefined): boolean {
  const text = (x: object | undefined) =>
    JSON.stringify(
      Object.entries(x ?? {})
        .filter(([, v]) => v !== undefined)
        .sort(([p], [q]) => (p < q ? -1 : 1)),
    );
  return text(a) === text(b);
}
