/**
 * Parsing at the boundary: anything that comes from a file, a link, the command line or a worker message passes
 * here and becomes either a valid Scenario or a list of readable errors that name the field. Never throws.
 * Keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`) are refused wherever they appear.
 */
import type * as z from 'zod';
import { migrateScenario } from './migrate.ts';
import { forbiddenKeyErrors } from './safe-keys.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((iss) => {
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

export function parseScenario(input: unknown): Parsed<Scenario> {
  // `__proto__`, `constructor` and `prototype` are refused anywhere, before migration or the schema could drop them
  const forbidden = forbiddenKeyErrors(input);
  if (forbidden.length) return { ok: false, errors: forbidden };
  // a scenario made with an older model loses the assumptions this model dropped (the version notice lists them)
  const r = ScenarioSchema.safeParse(migrateScenario(input).value);
  return r.success
    ? { ok: true, value: canonical(r.data) }
    : { ok: false, errors: formatIssues(r.error.issues) };
}

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
