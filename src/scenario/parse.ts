/**
 * Parsing at the boundary: anything that comes from a file, a link, the command line or a worker message passes
 * here and becomes either a valid Scenario or a list of readable errors that name the field. Never throws.
 * Keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`) are refused wherever they appear.
 * A scenario is checked against the schema of its plan (the one it names, or the 2021–2025 plan), which must be
 * known (src/scenario/plans.ts).
 *
 * Each problem is also a value (`ScenarioIssue`: a code, the field and the values it names, beside its English
 * text), so that a caller can word it in the reader's language; `parseScenario` gives the texts alone.
 */
import * as z from 'zod';
import { issuesOf, type Issue } from './issues.ts';
import type { Plan } from '../model/plan.ts';
import { migrateScenario } from './migrate.ts';
import { planById, planIdOf } from './plans.ts';
import { forbiddenKeyIssues } from './safe-keys.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

/** A value, or the reasons it was refused: their English lines and, where the check made them, the issues. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[]; issues?: Issue[] };

/** One problem with a scenario (./issues.ts): not-json, forbidden-key, unknown-plan or invalid here. */
export type ScenarioIssue = Issue;

/**
 * A scenario checked: valid (with what migration from an older model dropped), or the issues, with the plan it was
 * checked against where that plan is known (so that a field can be named by its lever's or assumption's label).
 */
export type ScenarioCheck =
  { ok: true; value: Scenario; dropped: string[] } | { ok: false; issues: ScenarioIssue[]; plan?: Plan };

export { issueOf } from './issues.ts';
export { formatIssues } from './issues.ts';

/**
 * A valid scenario in canonical form: every number rounded to the 4 decimals the schema allows (so 0.1 + 0.2 is
 * 0.3) and -0 written as 0. Files, links and the UI all pass here, so the model sees exactly what a link carries.
 */
function canonical<T>(x: T): T {
  if (typeof x === 'number') return (x === 0 ? 0 : Number(x.toFixed(4))) as T;
  if (Array.isArray(x)) return x.map(canonical) as T;
  if (x && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, canonical(v)])) as T;
  }
  return x;
}

/**
 * Checks a scenario against the schema of the plan it names (or of `plan`, where the caller already holds it); a
 * plan that is not known is refused with its id and version.
 */
export function checkScenario(input: unknown, plan?: Plan): ScenarioCheck {
  // `__proto__`, `constructor` and `prototype` are refused anywhere, before migration or the schema could drop them
  const forbidden = forbiddenKeyIssues(input);
  if (forbidden.length) return { ok: false, issues: forbidden };
  const id = planIdOf(input);
  const p = plan ?? planById(id);
  if (!p) {
    const ref = (input as { plan?: { version?: unknown } }).plan;
    const version = typeof ref?.version === 'string' ? ref.version : '';
    const v = version ? ` version ${version}` : '';
    return {
      ok: false,
      issues: [
        {
          code: 'unknown-plan',
          field: 'plan',
          values: { id, version },
          text: `plan: the scenario is for plan "${id}"${v}, which is not loaded here (import its plan file first)`,
        },
      ],
    };
  }
  // a scenario made with an older model loses the assumptions this model dropped (the version notice lists them)
  const migrated = migrateScenario(input);
  const r = scenarioSchema(p).safeParse(migrated.value, { reportInput: true });
  return r.success
    ? { ok: true, value: canonical(r.data) as Scenario, dropped: migrated.dropped }
    : { ok: false, issues: issuesOf(r.error.issues), plan: p };
}

/** Checks JSON text, then the scenario; a syntax error is reported as such. */
export function checkScenarioJson(text: string, plan?: Plan): ScenarioCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    return {
      ok: false,
      issues: [{ code: 'not-json', field: '', values: { detail }, text: `not valid JSON: ${detail}` }],
    };
  }
  return checkScenario(json, plan);
}

const parsed = (c: ScenarioCheck): Parsed<Scenario> =>
  c.ok ? { ok: true, value: c.value } : { ok: false, errors: c.issues.map((i) => i.text), issues: c.issues };

export function parseScenario(input: unknown, plan?: Plan): Parsed<Scenario> {
  return parsed(checkScenario(input, plan));
}

/** Parses JSON text, then the scenario; a syntax error is reported as such. */
export function parseScenarioJson(text: string, plan?: Plan): Parsed<Scenario> {
  return parsed(checkScenarioJson(text, plan));
}

/** The plan of a valid scenario (it was parsed against a known plan, so it is found). */
export function planOf(s: Scenario): Plan {
  const p = planById(planIdOf(s));
  if (!p) throw new Error(`plan "${planIdOf(s)}" is not loaded`);
  return p;
}

/** A scenario inside another file (a shard's partial result): parsed as any scenario is, its errors kept. */
export const ScenarioValue = z.unknown().transform((v, ctx): Scenario => {
  const r = parseScenario(v);
  if (!r.ok) {
    for (const message of r.errors) ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return r.value;
});
