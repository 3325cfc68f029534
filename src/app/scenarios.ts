/**
 * The bundled scenarios (scenarios/*.json), validated at load like any other file; a file that fails is left out
 * and reported on the console. The plan comes first, then the rest in a fixed order.
 */
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';

// the JSON Schema beside them is for editors and other tools, never read here: left out of the bundle
const files = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/*.schema.json'], {
  eager: true,
  import: 'default',
}) as Record<string, unknown>;

const ORDER = ['plan', 'no-new-policy', 'downside', 'realised-pc-demand', 'backcast-2016'];

function load(): Scenario[] {
  const out: Scenario[] = [];
  for (const [path, json] of Object.entries(files)) {
    const r = parseScenario(json);
    if (r.ok) out.push(r.value);
    else console.warn(`scenario ${path} is not valid:`, r.errors);
  }
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return out.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

export const SCENARIOS: Scenario[] = load();

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
