/**
 * Plans a user imported (or a link carried), kept in the browser's storage so that a reload, a saved scenario and
 * the tab's work on such a plan still open: one key holding a versioned list, each entry a whole plan file. Every
 * entry read back passes the plan validator again (src/scenario/plans.ts, checkPlan, as a file does); one that fails,
 * or that bears the id of a bundled plan, is dropped from the list and reported (a plan that no longer validates
 * can run nothing, so keeping it would only repeat the notice). Nothing here throws; pure apart from the Storage
 * object it is given.
 */
import type { Plan } from '../model/plan.ts';
import { bundledPlan, checkPlan } from '../scenario/plans.ts';
import { writeJson, type StorageLike } from './working-store.ts';

export const PLANS_KEY = 'ngit-sim.plans';
export const PLANS_FORMAT = 'ngit-plans/1';
/** At most this many imported plans are kept (a plan file is at most 256 kB; storage holds about 5 MB). */
export const PLANS_MAX = 12;

/** The time now, as kept with a plan. */
export const isoNow = (): string => new Date().toISOString();

/** Where a kept plan came from: a plan file the user imported, or a share link that carried it. */
export type PlanOrigin = 'file' | 'link';

export interface StoredPlan {
  plan: Plan;
  from: PlanOrigin;
  /** ISO time it was kept */
  at: string;
}

/** A stored entry that could not be used: its place, the plan id it named (if any), and why (English). */
export interface DroppedPlan {
  index: number;
  id: string | null;
  reasons: string[];
}

export interface PlanList {
  plans: StoredPlan[];
  dropped: DroppedPlan[];
}

/** Why an imported plan cannot be kept beside the bundled ones, or null if it can. */
export function bundledClash(plan: Pick<Plan, 'id' | 'version'>): string | null {
  const b = bundledPlan(plan.id);
  return b
    ? `id: "${plan.id}" is the id of a plan this app ships (version ${b.version}); give the imported plan an id of its own`
    : null;
}

function readEntry(raw: unknown, index: number): StoredPlan | DroppedPlan {
  const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rawId = (e.plan as { id?: unknown } | undefined)?.id;
  const id = typeof rawId === 'string' ? rawId.slice(0, 64) : null;
  const drop = (reasons: string[]): DroppedPlan => ({ index, id, reasons });
  if (e.from !== 'file' && e.from !== 'link') return drop(['from: "file" or "link"']);
  if (typeof e.at !== 'string' || e.at.length > 40) return drop(['at: missing']);
  const r = checkPlan(e.plan);
  if (!r.ok) return drop(r.issues.slice(0, 8).map((i) => i.text));
  const clash = bundledClash(r.value);
  if (clash) return drop([clash]);
  return { plan: r.value, from: e.from, at: e.at };
}

/** The kept plans, each validated again; what fails is reported in `dropped`. Never throws. */
export function readPlans(storage: StorageLike | null): PlanList {
  let text: string | null = null;
  try {
    text = storage?.getItem(PLANS_KEY) ?? null;
  } catch {
    // blocked storage: nothing kept
  }
  if (!text) return { plans: [], dropped: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { plans: [], dropped: [{ index: -1, id: null, reasons: ['not valid JSON'] }] };
  }
  const list = json as { format?: unknown; plans?: unknown };
  if (!list || typeof list !== 'object' || list.format !== PLANS_FORMAT || !Array.isArray(list.plans))
    return {
      plans: [],
      dropped: [{ index: -1, id: null, reasons: [`not a list in the format "${PLANS_FORMAT}"`] }],
    };
  const plans: StoredPlan[] = [];
  const dropped: DroppedPlan[] = [];
  const seen = new Set<string>();
  (list.plans as unknown[]).slice(0, PLANS_MAX).forEach((raw, i) => {
    const r = readEntry(raw, i);
    if ('reasons' in r) dropped.push(r);
    else if (seen.has(r.plan.id)) dropped.push({ index: i, id: r.plan.id, reasons: ['id: kept twice'] });
    else {
      seen.add(r.plan.id);
      plans.push(r);
    }
  });
  return { plans, dropped };
}

/** Writes the list as it is; false if storage refused it (full, blocked). */
export function writePlans(storage: StorageLike | null, plans: readonly StoredPlan[]): boolean {
  return writeJson(storage, PLANS_KEY, { format: PLANS_FORMAT, plans });
}

/**
 * Keeps a plan (replacing one kept under the same id; the oldest goes when the list is full). Returns the new list,
 * and whether storage took it.
 */
export function keepPlan(
  storage: StorageLike | null,
  plan: Plan,
  from: PlanOrigin,
  at: string,
): { plans: StoredPlan[]; written: boolean } {
  const others = readPlans(storage).plans.filter((p) => p.plan.id !== plan.id);
  const plans = [...others, { plan, from, at }].slice(-PLANS_MAX);
  return { plans, written: writePlans(storage, plans) };
}

/** Forgets a kept plan. */
export function forgetPlan(
  storage: StorageLike | null,
  id: string,
): { plans: StoredPlan[]; written: boolean } {
  const plans = readPlans(storage).plans.filter((p) => p.plan.id !== id);
  return { plans, written: writePlans(storage, plans) };
}
