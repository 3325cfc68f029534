/**
 * A validated scenario becomes the model's inputs: assumptions it does not set keep the plan's defaults, and the
 * user's own targets and base figures are applied to the plan the model reads (marked as the user's).
 */
import { defaultUncertainties, type ModelInputs } from '../model/inputs.ts';
import { apportionFirms } from '../model/base.ts';
import { planModel, type Plan } from '../model/plan.ts';
import { planOf } from './parse.ts';
import type { Scenario } from './schema.ts';

/**
 * The plan with the scenario's own targets and base figures in place of the plan's; the plan itself where the
 * scenario changes neither (the same object, so that everything compiled from it is reused).
 */
export function effectivePlan(plan: Plan, s: Pick<Scenario, 'targets' | 'base'>): Plan {
  const targets = s.targets && Object.keys(s.targets).length ? s.targets : null;
  const base = s.base && Object.keys(s.base).length ? s.base : null;
  if (!targets && !base) return plan;
  const next: Plan = { ...plan, targets: { ...plan.targets }, base: { ...plan.base } };
  for (const [k, t] of Object.entries(targets ?? {}) as [
    keyof Plan['targets'],
    { value: number; direction: 'atLeast' | 'atMost' },
  ][]) {
    const own = plan.targets[k];
    next.targets[k] = {
      value: t.value,
      direction: t.direction,
      status: 'user',
      quote: own?.quote ?? { zh: '用户设定的目标', en: "the user's own target" },
    };
  }
  for (const [k, value] of Object.entries(base ?? {}) as [keyof Plan['base'], number][]) {
    next.base[k] = {
      value,
      unit: plan.base[k].unit,
      status: 'user',
      source: 'entered by the user',
      sourceZh: '用户输入',
    };
  }
  // the sectors' firms add up to the base count (src/scenario/plan-schema.ts): a typed count keeps their proportions
  if (base?.firms !== undefined) {
    const firms = apportionFirms(
      plan.sectors.map((s) => s.base.firms),
      base.firms,
    );
    next.sectors = plan.sectors.map((s, i) => ({ ...s, base: { ...s.base, firms: firms[i] } }));
  }
  return next;
}

export function toInputs(s: Scenario, plan: Plan = planOf(s)): ModelInputs {
  const eff = effectivePlan(plan, s);
  const pm = planModel(eff);
  const uncertainties = defaultUncertainties(pm);
  for (const k of pm.uncertaintyKeys) {
    const d = s.assumptions[k];
    if (d) uncertainties[k] = { ...d };
  }
  const pinned: Record<number, number> = {};
  for (const [y, g] of Object.entries(s.pinnedPcDemand)) pinned[Number(y)] = g;
  const pinnedChip: Record<number, number> = {};
  for (const [y, g] of Object.entries(s.pinnedChipDemand ?? {})) pinnedChip[Number(y)] = g;
  return {
    plan: eff,
    startYear: s.startYear,
    levers: { ...s.levers },
    uncertainties,
    pinnedPcDemand: pinned,
    ...(Object.keys(pinnedChip).length ? { pinnedChipDemand: pinnedChip } : {}),
  };
}
