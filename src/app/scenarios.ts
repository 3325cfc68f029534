/**
 * The presets of each plan. The bundled scenario files (scenarios/*.json) are validated at load like any other file;
 * a file that fails is left out and reported on the console. A plan with scenario files has those (the 2021–2025
 * plan: its five, exactly as shipped); a plan without any — the 2026–2030 plan, an imported one — has two derived
 * from its file: 'plan' (its `plan` lever values) and 'no-new-policy' (its `noPolicy` values), from its base year,
 * with the runs and seed of the shipped plan scenario. The plan comes first, then the rest in a fixed order.
 */
import type { Plan } from '../model/plan.ts';
import { parseScenario } from '../scenario/parse.ts';
import { planPreset, PRESET_KINDS, type PresetKind } from '../scenario/plan-presets.ts';
import { LEGACY_PLAN_ID, planById, planIdOf } from '../scenario/plans.ts';
import type { Scenario } from '../scenario/schema.ts';

// the JSON Schema beside them is for editors and other tools, never read here: left out of the bundle
const files = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/*.schema.json'], {
  eager: true,
  import: 'default',
}) as Record<string, unknown>;

const ORDER = ['plan', 'no-new-policy', 'downside', 'realised-pc-demand', 'backcast-2016'];
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
const ordered = (list: Scenario[]) =>
  list.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));

function load(): Scenario[] {
  const out: Scenario[] = [];
  for (const [path, json] of Object.entries(files)) {
    const r = parseScenario(json);
    if (r.ok) out.push(r.value);
    else console.warn(`scenario ${path} is not valid:`, r.errors);
  }
  return ordered(out);
}

/** Every bundled scenario file, of whichever plan. */
const FILES: Scenario[] = load();

/** The bundled scenario files by the plan they name. */
const FILES_OF = new Map<string, Scenario[]>();
for (const s of FILES) FILES_OF.set(planIdOf(s), [...(FILES_OF.get(planIdOf(s)) ?? []), s]);

/** The bundled scenarios of the legacy plan (LEGACY_PLAN_ID), exactly as shipped. */
export const SCENARIOS: Scenario[] = FILES_OF.get(LEGACY_PLAN_ID) ?? [];

/** The ids of the presets every plan has. */
export const PLAN_PRESET: PresetKind = 'plan';
export const NO_POLICY_PRESET: PresetKind = 'no-new-policy';

/** The two presets of a plan without scenario files, made from its file (src/scenario/plan-presets.ts). */
export function derivedPresets(plan: Plan): Scenario[] {
  return PRESET_KINDS.map((kind) => planPreset(plan, kind));
}

/** computed once per plan object: a plan registered again under the same id gets its own */
const derived = new WeakMap<Plan, Scenario[]>();

/** The presets of a plan (by id; none for a plan that is not loaded). */
export function presetsOf(planId: string = LEGACY_PLAN_ID): Scenario[] {
  const own = FILES_OF.get(planId);
  if (own) return own;
  const plan = planById(planId);
  if (!plan) return [];
  let list = derived.get(plan);
  if (!list) {
    list = derivedPresets(plan);
    derived.set(plan, list);
  }
  return list;
}

/** A preset of a plan (default: the legacy plan, LEGACY_PLAN_ID). */
export function scenarioById(id: string, planId: string = LEGACY_PLAN_ID): Scenario | undefined {
  return presetsOf(planId).find((s) => s.id === id);
}
