/**
 * What a scenario is, as far as losing work goes: every field but its format, model version, id, name and
 * description, as JSON with the keys sorted at every level, and the assumptions it leaves out written as the
 * defaults they stand for (a preset file sets few; the draft writes all). Generic over the scenario's other fields,
 * so a field added to the scenario later (periods, targets, base figures) counts without a change here.
 */
import type { Scenario } from '../scenario/schema.ts';
import { toInputs } from '../scenario/to-inputs.ts';

const LABELS = new Set(['format', 'model', 'id', 'name', 'description']);

function stable(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(stable);
  if (x && typeof x === 'object') {
    return Object.fromEntries(
      Object.keys(x)
        .sort()
        .map((k) => [k, stable((x as Record<string, unknown>)[k])]),
    );
  }
  return x;
}

/** computed once per scenario object: scenarios are values, never changed in place */
const cache = new WeakMap<object, string>();

/** The scenario's content as stable JSON text (equal text, equal numbers). */
export function scenarioContent(s: Scenario): string {
  let text = cache.get(s);
  if (text === undefined) {
    const rest = Object.fromEntries(Object.entries(s).filter(([k]) => !LABELS.has(k)));
    text = JSON.stringify(stable({ ...rest, assumptions: toInputs(s).uncertainties }));
    cache.set(s, text);
  }
  return text;
}

/** Both scenarios compute the same thing. */
export function sameContent(a: Scenario, b: Scenario): boolean {
  return scenarioContent(a) === scenarioContent(b);
}
