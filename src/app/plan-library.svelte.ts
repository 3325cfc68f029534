/**
 * The plans the app can open, as reactive state: the bundled ones and those kept in storage (./plan-store.ts), each
 * registered with the scenario layer (registerPlan) so that a scenario, a link or a saved entry on it validates and
 * runs. Made before anything reads the tab's work or the saved list, so that work on an imported plan comes back
 * after a reload. A plan file is judged by checkPlanJson, the validator and size cap of the command line's
 * `--plan PATH`; a refusal comes back as issues the page words in its language (./plan-issue.ts).
 *
 * A plan with the id of a bundled plan is refused, whatever its version: every link and saved scenario that names
 * that id means the bundled plan (a link names a plan by id; the registry holds one plan per id), so a second plan
 * under it would change what old work computes, silently. The refusal asks for an id of the plan's own.
 */
import type { Plan } from '../model/plan.ts';
import {
  BUNDLED_PLANS,
  bundledPlan,
  checkPlanJson,
  registerPlan,
  unregisterPlan,
  type PlanIssue,
} from '../scenario/plans.ts';
import { MAX_PLAN_BYTES } from '../scenario/plan-schema.ts';
import { browserStorage } from './saved-store.ts';
import {
  bundledClash,
  forgetPlan,
  isoNow,
  keepPlan,
  readPlans,
  writePlans,
  type DroppedPlan,
  type PlanOrigin,
  type StoredPlan,
} from './plan-store.ts';
import type { StorageLike } from './working-store.ts';

export type PlanFileCheck = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

/** Judges a plan file's text for import: the plan validator, then the bundled ids. */
export function checkPlanFile(text: string): PlanFileCheck {
  const r = checkPlanJson(text);
  if (!r.ok) return r;
  const clash = bundledClash(r.value);
  if (clash) {
    const b = bundledPlan(r.value.id)!;
    return {
      ok: false,
      issues: [
        { kind: 'bundled-id', field: 'id', values: { id: r.value.id, version: b.version }, text: clash },
      ],
    };
  }
  return { ok: true, plan: r.value };
}

export class PlanLibrary {
  /** the plans kept in storage (imported, or carried by a link), oldest first */
  kept = $state.raw<StoredPlan[]>([]);
  /** stored entries that no longer validate, dropped at the last read */
  dropped = $state.raw<DroppedPlan[]>([]);
  /** storage refused the last write: the plan is open in this page only */
  unsaved = $state(false);
  readonly #storage: () => StorageLike | null;
  readonly #now: () => string;
  /** plans removed in this page, still registered (see `remove`); read by no view */
  #removed: StoredPlan[] = [];

  constructor(storage: () => StorageLike | null = browserStorage, now: () => string = isoNow) {
    this.#storage = storage;
    this.#now = now;
    this.refresh();
  }

  /** Every plan the picker offers: the bundled ones first, then the kept ones. */
  get plans(): Plan[] {
    return [...BUNDLED_PLANS, ...this.kept.map((k) => k.plan)];
  }

  /** Reads storage again and registers what it holds (a plan forgotten elsewhere is unregistered). */
  refresh() {
    const before = this.kept;
    const list = readPlans(this.#storage());
    this.dropped = list.dropped;
    // an entry that fails is dropped for good: it can run nothing
    if (list.dropped.length) writePlans(this.#storage(), list.plans);
    this.#take(list.plans, before);
  }

  #take(plans: StoredPlan[], before: readonly StoredPlan[]) {
    for (const k of before) if (!plans.some((p) => p.plan.id === k.plan.id)) unregisterPlan(k.plan.id);
    for (const k of plans) registerPlan(k.plan);
    this.kept = plans;
  }

  /** Registers and keeps a plan (a file's, or one a link carried); replaces one kept under the same id. */
  add(plan: Plan, from: PlanOrigin) {
    const r = keepPlan(this.#storage(), plan, from, this.#now());
    this.unsaved = !r.written;
    // kept in this page even when storage refused it
    const plans = r.written
      ? r.plans
      : [...this.kept.filter((k) => k.plan.id !== plan.id), { plan, from, at: '' }];
    this.#take(plans, this.kept);
  }

  /**
   * Forgets a kept plan: it leaves storage and the picker. It stays known to this page, so that work on it (an undo
   * step, previous work) still opens here, and keeps it again (`reinstate`); after a reload that work cannot open
   * until the plan is imported again.
   */
  remove(id: string) {
    const gone = this.kept.find((k) => k.plan.id === id);
    const r = forgetPlan(this.#storage(), id);
    this.#take(r.written ? r.plans : this.kept.filter((k) => k.plan.id !== id), this.kept);
    if (gone) {
      this.#removed = [...this.#removed.filter((k) => k.plan.id !== id), gone];
      registerPlan(gone.plan);
    }
  }

  /** A plan removed in this page is open again (Undo, previous work): it is kept again. False if none was. */
  reinstate(id: string): boolean {
    const gone = this.#removed.find((k) => k.plan.id === id);
    if (!gone || this.kept.some((k) => k.plan.id === id)) return false;
    this.#removed = this.#removed.filter((k) => k !== gone);
    this.add(gone.plan, gone.from);
    return true;
  }

  /** Reads a chosen file and judges it; a file over the cap is refused before it is read. */
  async readFile(file: File): Promise<PlanFileCheck | 'unreadable'> {
    if (file.size > MAX_PLAN_BYTES) {
      const text = `the file is ${file.size} bytes; a plan file may have at most ${MAX_PLAN_BYTES}`;
      return {
        ok: false,
        issues: [{ kind: 'too-large', field: '', values: { bytes: file.size, max: MAX_PLAN_BYTES }, text }],
      };
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      return 'unreadable';
    }
    return checkPlanFile(text);
  }

  dismissDropped() {
    this.dropped = [];
  }
}

/** A plan as a file: pretty JSON, named after its id and version. */
export function planFile(plan: Plan): { text: string; name: string } {
  return { text: JSON.stringify(plan, null, 2) + '\n', name: `${plan.id}-${plan.version}.plan.json` };
}
