/**
 * Parsing at the boundary: anything that comes from a file, a link, the command line or a worker message passes
 * here and becomes either a valid Scenario or a list of readable errors that name the field. Never throws.
 * Keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`) are refused wherever they appear.
 */
import * as z from 'zod';
import type { Plan } from '../model/plan.ts';
import { migrateScenario } from './migrate.ts';
import { planById, planIdOf } from './plans.ts';
import { forbiddenKeyErrors } from './safe-keys.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * A union whose every option failed (a lever that is a number or one number per period): the option of the input's
 * own type says what is wrong with it; zod's own "Invalid input" says nothing.
 */
function unionBranch(iss: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (iss.code !== 'invalid_union' || !('errors' in iss) || !Array.isArray(iss.errors)) return null;
  const branches = iss.errors as z.core.$ZodIssue[][];
  const typed = branches.filter(
    (b) => b.length && !b.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  if (typed.length !== 1) return null;
  return typed[0].map((i) => ({ ...i, path: [...iss.path, ...i.path] }));
}

export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues
    .flatMap((iss) => unionBranch(iss) ?? [iss])
    .map((iss) => {
      const where = iss.path.length ? iss.path.join('.') : '(top level)';
      if (iss.code === 'unrecognized_keys') {
        return `${where}: unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
      }
      if (iss.code === 'invalid_union' && 'note' in iss && iss.note === 'No matching discriminator') {
        return `${where}: "kind" must be one of the distribution kinds this field allows`;
      }
      return `${where}: ${iss.message}`;
    });
}

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
 * A scenario of the plan it names (or of `plan`, where the caller already holds it): the plan is looked up among the
 * known plans (src/scenario/plans.ts); one that is not known is refused with its id and version.
 */
export function parseScenario(input: unknown, plan?: Plan): Parsed<Scenario> {
  // `__proto__`, `constructor` and `prototype` are refused anywhere, before migration or the schema could drop them
  const forbidden = forbiddenKeyErrors(input);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const id = planIdOf(input);
  const p = plan ?? planById(id);
  if (!p) {
    const ref = (input as { plan?: { version?: unknown } }).plan;
    const v = typeof ref?.version === 'string' ? ` version ${ref.version}` : '';
    return {
      ok: false,
      errors: [
        `plan: the scenario is for plan "${id}"${v}, which is not loaded here (import its plan file first)`,
      ],
    };
  }
  // a scenario made with an older model loses the assumptions this model dropped (the version notice lists them)
  const r = scenarioSchema(p).safeParse(migrateScenario(input).value);
  return r.success
    ? { ok: true, value: canonical(r.data) as Scenario }
    : { ok: false, errors: formatIssues(r.error.issues) };
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

/** Parses JSON text, then the scenario; a syntax error is reported as such. */
export function parseScenarioJson(text: string): Parsed<Scenario> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parseScenario(json);
}
