/**
 * A plan's own two packages as scenarios (src/scenario/plan-presets.ts), the presets of a plan in the app and the
 * scenario names of a plan without scenario files on the command line: valid scenarios of that plan, from its base
 * year, with its plan and no-new-policy lever values; on the 2021–2025 plan the levers of the shipped files.
 */
import { describe, expect, it } from 'vitest';
import { defaultLevers, noPolicyLevers } from '../../../src/model/inputs.ts';
import { planModel } from '../../../src/model/plan.ts';
import { isPresetKind, planPreset, PRESET_KINDS } from '../../../src/scenario/plan-presets.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { BUNDLED_PLANS, bundledPlan, LEGACY_PLAN_ID } from '../../../src/scenario/plans.ts';
import { loadScenario } from '../../helpers.ts';

describe('planPreset(plan, kind)', () => {
  it.each(BUNDLED_PLANS.flatMap((p) => PRESET_KINDS.map((k) => [p.id, k] as const)))(
    '%s, %s: a valid scenario of the plan from its base year, with the plan’s lever values',
    (id, kind) => {
      const plan = bundledPlan(id)!;
      const s = planPreset(plan, kind);
      expect(parseScenario(s, plan)).toEqual({ ok: true, value: s });
      expect(s.id).toBe(kind);
      expect(s.plan).toEqual({ id: plan.id, version: plan.version });
      expect(s.startYear).toBe(plan.baseYear);
      const pm = planModel(plan);
      expect(s.levers).toEqual(kind === 'plan' ? defaultLevers(pm) : noPolicyLevers(pm));
      expect(s.assumptions).toEqual({});
      for (const lang of ['zh', 'en'] as const) {
        expect(s.name[lang].length).toBeGreaterThan(0);
        expect(s.description[lang]).toContain(String(plan.baseYear));
        expect(s.description[lang]).toContain(plan.shortTitle[lang]);
      }
    },
  );

  it('on the 2021–2025 plan: the levers and start year of scenarios/plan.json and no-new-policy.json', () => {
    const plan = bundledPlan(LEGACY_PLAN_ID)!;
    for (const kind of PRESET_KINDS) {
      const file = loadScenario(`${kind}.json`);
      const s = planPreset(plan, kind);
      expect(s.levers).toEqual(file.levers);
      expect(s.startYear).toBe(file.startYear);
      expect([s.seed, s.runs]).toEqual([file.seed, file.runs]);
    }
  });

  it('each call gives a copy: changing one changes no later one', () => {
    const plan = bundledPlan(LEGACY_PLAN_ID)!;
    const a = planPreset(plan, 'plan');
    a.levers.land = 0;
    a.name.en = 'changed';
    const b = planPreset(plan, 'plan');
    expect(b.levers.land).toBe(planModel(plan).levers.land.plan);
    expect(b.name.en).not.toBe('changed');
  });

  it('isPresetKind knows the two kinds only', () => {
    expect(PRESET_KINDS.filter(isPresetKind)).toEqual(['plan', 'no-new-policy']);
    expect(isPresetKind('downside')).toBe(false);
  });
});
