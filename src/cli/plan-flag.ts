/**
 * `--plan ID|PATH`, on every command: a bundled plan by its id, or a plan file read as the app's import reads one
 * (src/scenario/plans.ts, parsePlanJson: the same size cap, the same schema, the same messages) and registered, so
 * that scenarios naming it pass the one scenario validator. Without the flag a command runs on the scenario's own
 * plan, and names (`--scenario plan`) and the lever listing of --help are the default plan's: the app's, 2021–2025.
 */
import { statSync } from 'node:fs';
import type { Plan } from '../model/plan.ts';
import {
  BUNDLED_PLANS,
  bundledPlan,
  LEGACY_PLAN_ID,
  parsePlanJson,
  planById,
  planSizeProblem,
  registerPlan,
} from '../scenario/plans.ts';
import { NOT_UTF8_TEXT, utf8 } from '../scenario/scenario-file.ts';
import { MAX_PLAN_BYTES } from '../scenario/plan-schema.ts';
import { problems, readInputBytes, UsageError, type FlagTable } from './args.ts';

/** The plan a command runs on, and whether --plan named it (then every scenario given must be of that plan). */
export interface PlanChoice {
  plan: Plan;
  explicit: boolean;
}

const bundledIds = () => BUNDLED_PLANS.map((p) => p.id).join(', ');

export const PLAN_FLAG: FlagTable = {
  plan: {
    type: 'string',
    value: 'ID|PATH',
    help: `a bundled plan (${bundledIds()}) or a plan file of at most ${MAX_PLAN_BYTES / 1024} kB (docs/PLANS.md) (default: the scenario's plan; for scenario names and --help ${LEGACY_PLAN_ID})`,
  },
};

/** A plan file's verdict: the plan, or the loader's problems, one line each. Unreadable files throw a UsageError. */
export function readPlanFile(
  label: string,
  path: string,
): { ok: true; plan: Plan } | { ok: false; problems: string[] } {
  const bytes = readInputBytes(label, path, planSizeProblem);
  const text = utf8(bytes);
  if (text === null) return { ok: false, problems: [NOT_UTF8_TEXT] };
  const r = parsePlanJson(text);
  return r.ok ? { ok: true, plan: r.value } : { ok: false, problems: r.errors };
}

/**
 * The plan of --plan, registered when it comes from a file. A file with the id and version of a bundled plan must
 * be that plan (a changed copy would run other numbers under its name); with another version it replaces it.
 */
export function planFromFlags(values: Record<string, unknown>): PlanChoice {
  const ref = values.plan;
  if (typeof ref !== 'string') return { plan: planById(LEGACY_PLAN_ID)!, explicit: false };
  if (ref === '')
    throw new UsageError(`--plan needs a value: a bundled plan (${bundledIds()}) or a plan file`);
  const bundled = /^[a-z0-9][a-z0-9-]*$/.test(ref) ? bundledPlan(ref) : undefined;
  if (bundled) return { plan: bundled, explicit: true };
  try {
    statSync(ref);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !/[/\\.]/.test(ref))
      throw new UsageError(`--plan ${ref}: file not found, and not a bundled plan (${bundledIds()})`);
  }
  const file = readPlanFile('--plan', ref);
  if (!file.ok) throw new UsageError(problems(`plan file ${ref} is not valid`, file.problems));
  const plan = file.plan;
  const held = planById(plan.id);
  if (held && held.version === plan.version) {
    if (JSON.stringify(held) === JSON.stringify(plan)) return { plan: held, explicit: true };
    throw new UsageError(
      `--plan ${ref}: a changed copy of plan "${plan.id}" ${plan.version}, which is bundled; give your plan an id of its own (or raise its version)`,
    );
  }
  registerPlan(plan);
  return { plan, explicit: true };
}
