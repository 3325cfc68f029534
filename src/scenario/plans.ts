/**
 * Reading plans: a plan file's text or data becomes a valid Plan or a list of readable errors that name the field
 * (size cap, JSON, forbidden keys, markup, the schema of ./plan-schema.ts). Never throws. The plans the product ships
 * (plans/*.json) pass here at load like any other file.
 */
import type * as z from 'zod';
import type { Plan } from '../model/plan.ts';
import { markupPaths, markupText } from './markup.ts';
import { flatIssues, issuesOf, issueText } from './issues.ts';
import type { Parsed } from './parse.ts';
import { MAX_PLAN_BYTES, PlanSchema } from './plan-schema.ts';
import { forbiddenKeyPaths, forbiddenKeyText } from './safe-keys.ts';
import cq20212025 from '../../plans/cq-ngit-2021-2025.json' with { type: 'json' };
import cq20262030 from '../../plans/cq-ngit-2026-2030.json' with { type: 'json' };

/**
 * One problem with a plan file: what kind (a check of zod's — too_small, too_big, invalid_type, invalid_value,
 * invalid_format, unrecognized_keys —, `required` for a missing field, one of the plan's own checks — the `kind` of
 * ./plan-schema.ts —, or too-large, not-json, forbidden-key, markup), the field (a dotted path, '' for the whole
 * file), the values it names, and the problem in English (what parsePlan and the command line give), so that a
 * caller can word it in the reader's language.
 */
export interface PlanIssue {
  kind: string;
  field: string;
  values: Record<string, string | number>;
  text: string;
}

export type PlanCheck = { ok: true; value: Plan } | { ok: false; issues: PlanIssue[] };

/** The value at a path of plain data (undefined where the path leads nowhere). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (!v || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** A validator's issue as a PlanIssue: its kind and the bounds, keys, type or options it names. */
function issueOfPlan(iss: z.core.$ZodIssue, input: unknown): PlanIssue {
  const values: Record<string, string | number> = {};
  let kind: string = iss.code;
  if (iss.code === 'custom') {
    const { kind: own, ...rest } = (iss.params ?? {}) as Record<string, string | number>;
    kind = typeof own === 'string' ? own : 'custom';
    Object.assign(values, rest);
  } else if (iss.code === 'invalid_type') {
    if (valueAt(input, iss.path) === undefined) kind = 'required';
    values.expected = iss.expected;
  } else if (iss.code === 'too_big' || iss.code === 'too_small') {
    values.origin = iss.origin;
    values.inclusive = iss.inclusive === false ? 0 : 1;
    values.limit = Number(iss.code === 'too_big' ? iss.maximum : iss.minimum);
  } else if (iss.code === 'unrecognized_keys') values.keys = iss.keys.join(', ');
  else if (iss.code === 'invalid_value') values.options = iss.values.map((v) => JSON.stringify(v)).join(', ');
  else if (iss.code === 'invalid_union' && 'note' in iss && iss.note === 'No matching discriminator')
    kind = 'dist-kind';
  return { kind, field: iss.path.join('.'), values, text: issueText(iss) };
}

/** Checks a plan: forbidden keys, the schema, then markup in any text. Never throws. */
export function checkPlan(input: unknown): PlanCheck {
  const forbidden = forbiddenKeyPaths(input);
  if (forbidden.length)
    return {
      ok: false,
      issues: forbidden.map((field) => ({
        kind: 'forbidden-key',
        field,
        values: { key: field.split('.').pop()! },
        text: forbiddenKeyText(field),
      })),
    };
  const r = PlanSchema.safeParse(input);
  if (!r.success) return { ok: false, issues: flatIssues(r.error.issues).map((i) => issueOfPlan(i, input)) };
  const markup = markupPaths(r.data);
  if (markup.length)
    return {
      ok: false,
      issues: markup.map((field) => ({ kind: 'markup', field, values: {}, text: markupText(field) })),
    };
  return { ok: true, value: r.data as Plan };
}

/**
 * The refusal of a plan file of `bytes` bytes, or null if its size is allowed: the command line checks it from the
 * file's metadata before reading, with the words the loader uses.
 */
export function planSizeProblem(bytes: number): string | null {
  return bytes > MAX_PLAN_BYTES
    ? `the file is ${bytes} bytes; a plan file may have at most ${MAX_PLAN_BYTES}`
    : null;
}

/** Checks a plan file's text: its size first, then JSON, then the plan. */
export function checkPlanJson(text: string): PlanCheck {
  const bytes = new TextEncoder().encode(text).length;
  const tooBig = planSizeProblem(bytes);
  if (tooBig) {
    const values = { bytes, max: MAX_PLAN_BYTES };
    return { ok: false, issues: [{ kind: 'too-large', field: '', values, text: tooBig }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    return {
      ok: false,
      issues: [{ kind: 'not-json', field: '', values: { detail }, text: `not valid JSON: ${detail}` }],
    };
  }
  return checkPlan(json);
}

const parsed = (c: PlanCheck): Parsed<Plan> =>
  c.ok ? c : { ok: false, errors: c.issues.map((i) => i.text) };

/**
 * Parses a plan; a plan the schema refuses also carries the validator's issues (./issues.ts), which the app words
 * for a plan carried by a link (src/app/issue-message.ts).
 */
export function parsePlan(input: unknown): Parsed<Plan> {
  const c = checkPlan(input);
  if (c.ok || c.issues.some((i) => i.kind === 'forbidden-key' || i.kind === 'markup')) return parsed(c);
  const r = PlanSchema.safeParse(input, { reportInput: true });
  return { ...parsed(c), ...(r.success ? {} : { issues: issuesOf(r.error.issues) }) } as Parsed<Plan>;
}

/** Parses a plan file's text: its size first, then JSON, then the plan. */
export function parsePlanJson(text: string): Parsed<Plan> {
  return parsed(checkPlanJson(text));
}

/** A plan the product ships (plans/`file`): checked like any other file; an invalid one stops the app loading. */
export function shippedPlan(json: unknown, file: string): Plan {
  const r = parsePlan(json);
  if (!r.ok) throw new Error(`plans/${file} is not a valid plan: ${r.errors.join('; ')}`);
  return r.value;
}

/** The plans the product ships: the 2021–2025 plan (the default, see README), then the 2026–2030 one. */
export const BUNDLED_PLANS: readonly Plan[] = [
  shippedPlan(cq20212025, 'cq-ngit-2021-2025.json'),
  shippedPlan(cq20262030, 'cq-ngit-2026-2030.json'),
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
