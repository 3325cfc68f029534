/** A scenario on the 2026–2030 plan from its 2025 base with the plan's levers: no shipped scenario is on it yet. */
import { defaultLevers } from '../src/model/inputs.ts';
import { planModel } from '../src/model/plan.ts';
import { planById } from '../src/scenario/plans.ts';
import { SCENARIO_FORMAT, type Scenario } from '../src/scenario/schema.ts';

export const PLAN_2026_ID = 'cq-ngit-2026-2030';

export function scenario2026(runs = 1000): Scenario {
  const plan = planById(PLAN_2026_ID)!;
  return {
    format: SCENARIO_FORMAT,
    plan: { id: plan.id, version: plan.version },
    id: 'plan-2026',
    name: { zh: '2026—2030规划', en: 'The 2026–2030 plan' },
    description: { zh: '', en: '' },
    startYear: 2025,
    levers: defaultLevers(planModel(plan)),
    assumptions: {},
    pinnedPcDemand: {},
    seed: 7,
    runs,
  };
}
