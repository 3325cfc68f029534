/**
 * Reading plans: a plan file's text or data becomes a valid Plan or a list of readable errors that name the field
 * (size cap, JSON, forbidden keys, markup, the schema of ./plan-schema.ts). Never throws. The plans the product ships
 * (plans/*.json) pass here at load like any other file.
 */
import type { Plan } from '../model/plan.ts';
import { markupFields } from './markup.ts';
import { formatIssues, issuesOf } from './issues.ts';
import type { Parsed } from './parse.ts';
import { MAX_PLAN_BYTES, PlanSchema } from './plan-schema.ts';
import { forbiddenKeyErrors } from './safe-keys.ts';
import cq20212025 from '../../plans/cq-ngit-2021-2025.json' with { type: 'json' };
import cq20262030 from '../../plans/cq-ngit-2026-2030.json' with { type: 'json' };

export function parsePlan(input: unknown): Parsed<Plan> {
  const forbidden = forbiddenKeyErrors(input);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const r = PlanSchema.safeParse(input, { reportInput: true });
  if (!r.success)
    return { ok: false, errors: formatIssues(r.error.issues), issues: issuesOf(r.error.issues) };
  const markup = markupFields(r.data);
  if (markup.length) return { ok: false, errors: markup };
  return { ok: true, value: r.data as Plan };
}

/** Parses a plan file's text: its size first, then JSON, then the plan. */
export function parsePlanJson(text: string): Parsed<Plan> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PLAN_BYTES)
    return {
      ok: false,
      errors: [`the file is ${bytes} bytes; a plan file may have at most ${MAX_PLAN_BYTES}`],
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parsePlan(json);
}

function bundled(json: unknown, file: string): Plan {
  const r = parsePlan(json);
  if (!r.ok) throw new Error(`plans/${file} is not a valid plan: ${r.errors.join('; ')}`);
  return r.value;
}

/** The plans the product ships: the 2021–2025 plan (the default, see README), then the 2026–2030 one. */
export const BUNDLED_PLANS: readonly Plan[] = [
  bundled(cq20212025, 'cq-ngit-2021-2025.json'),
  bundled(cq20262030, 'cq-ngit-2026-2030.json'),
];

/** The plan a scenario without a `plan` field belongs to: every scenario and link made before plans were files. */
export const LEGACY_PLAN_ID = 'cq-ngit-2021-2025';

export function bundledPlan(id: string): Plan | undefined {
  return BUNDLED_PLANS.find((p) => p.id === id);
}

/**
 * The plans a scenario can name: the bundled ones, and those a user imported or a link carried (the app), or a
 * --plan PATH gave (the command line). A plan registered with the id of a bundled one replaces it only if asked.
 */
const registry = new Map<string, Plan>(BUNDLED_PLANS.map((p) => [p.id, p]));

export function registerPlan(plan: Plan): void {
  registry.set(plan.id, plan);
}

/** Forgets a registered plan (a bundled plan comes back). */
export function unregisterPlan(id: string): void {
  const b = bundledPlan(id);
  if (b) registry.set(id, b);
  else registry.delete(id);
}

export function planById(id: string): Plan | undefined {
  return registry.get(id);
}

export function knownPlans(): Plan[] {
  return [...registry.values()];
}

/** The plan id a scenario-like value names (the legacy plan when it names none or is not an object). */
export function planIdOf(s: unknown): string {
  if (s && typeof s === 'object' && !Array.isArray(s)) {
    const ref = (s as { plan?: unknown }).plan;
    if (ref && typeof ref === 'object' && typeof (ref as { id?: unknown }).id === 'string')
      return (ref as { id: string }).id;
  }
  return LEGACY_PLAN_ID;
}
