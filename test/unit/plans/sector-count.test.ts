/**
 * The kernel loops over a plan's sectors (issue 19, item 3): on a 2-sector plan (the 2021–2025 plan's sectors merged
 * in pairs) and an 8-sector one (each split in two), for the plan's package, its no-new-policy package and extreme
 * levers, the fast kernel gives the numbers of the readable reference model, path by path, and both draw the same
 * random numbers. (That the 2021–2025 plan's own numbers do not move is pinned byte for byte by
 * test/unit/pins/summaries.test.ts and kernel = reference on it by test/unit/model/reference.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ModelInputs } from '../../../src/model/inputs.ts';
import { fundKeyOf, planModel, sectorRatios, type Plan, type PlanSector } from '../../../src/model/plan.ts';
import { planPreset } from '../../../src/scenario/plan-presets.ts';
import { parsePlan, registerPlan, unregisterPlan } from '../../../src/scenario/plans.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { kernelVersusReference } from '../../helpers.ts';

const LEGACY = JSON.parse(
  readFileSync(new URL('../../../plans/cq-ngit-2021-2025.json', import.meta.url), 'utf8'),
) as Plan;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** each sector split into two halves: shares, firms, attraction and fund shares split, the rest kept */
function splitPlan(): Plan {
  const p = structuredClone(LEGACY);
  const ratios = sectorRatios(p, p.base.va_ratio.value, p.base.rd_intensity.value);
  p.id = 'test-eight-sectors';
  p.sectors = p.sectors.flatMap((s, i): PlanSector[] => {
    const half = (x: number | number[]) => (typeof x === 'number' ? x / 2 : x.map((y) => y / 2));
    const firmsA = Math.ceil(s.base.firms / 2);
    const part = (suffix: 'a' | 'b', firms: number, residualKept: boolean): PlanSector => ({
      ...structuredClone(s),
      id: `${s.id}_${suffix}`,
      label: { zh: `${s.label.zh}${suffix}`, en: `${s.label.en} ${suffix}` },
      base: {
        ...s.base,
        outputShare: s.base.outputShare / 2,
        firms,
        // one residual at most: the second half takes the figure the residual gives
        vaRatio: s.base.vaRatio === 'residual' && !residualKept ? round2(ratios.vaRatio[i]) : s.base.vaRatio,
        rdIntensity:
          s.base.rdIntensity === 'residual' && !residualKept
            ? round2(ratios.rdIntensity[i])
            : s.base.rdIntensity,
      },
      attractionMix: s.attractionMix / 2,
      fundShare: { ...s.fundShare, plan: half(s.fundShare.plan), noPolicy: half(s.fundShare.noPolicy) },
    });
    return [part('a', firmsA, true), part('b', s.base.firms - firmsA, false)];
  });
  return p;
}

/** the sectors merged in pairs (chips with terminals, sensors with applications): the first one's nature, summed sizes */
function mergedPlan(): Plan {
  const p = structuredClone(LEGACY);
  p.id = 'test-two-sectors';
  const pair = (a: PlanSector, b: PlanSector, id: string, like: PlanSector): PlanSector => {
    const share = a.base.outputShare + b.base.outputShare;
    const mean = (k: 'vaRatio' | 'rdIntensity') =>
      a.base[k] === 'residual' || b.base[k] === 'residual'
        ? ('residual' as const)
        : round2(
            ((a.base[k] as number) * a.base.outputShare + (b.base[k] as number) * b.base.outputShare) / share,
          );
    const sum = (x: number | number[], y: number | number[]) =>
      typeof x === 'number' && typeof y === 'number'
        ? x + y
        : (x as number[]).map((v, i) => v + (y as number[])[i]);
    return {
      ...structuredClone(like),
      id,
      label: { zh: `${a.label.zh}与${b.label.zh}`, en: `${a.label.en} and ${b.label.en}` },
      base: {
        ...like.base,
        outputShare: share,
        firms: a.base.firms + b.base.firms,
        vaRatio: mean('vaRatio'),
        rdIntensity: mean('rdIntensity'),
      },
      attractionMix: a.attractionMix + b.attractionMix,
      fundShare: {
        ...like.fundShare,
        plan: sum(a.fundShare.plan, b.fundShare.plan),
        noPolicy: sum(a.fundShare.noPolicy, b.fundShare.noPolicy),
      },
    };
  };
  const [chips, terminals, sensors, applications] = p.sectors;
  p.sectors = [
    pair(chips, terminals, 'hardware', terminals),
    pair(sensors, applications, 'emerging', sensors),
  ];
  return p;
}

const plans = [mergedPlan(), splitPlan()].map((p) => {
  const r = parsePlan(p);
  if (!r.ok) throw new Error(`${p.id}: ${r.errors.join('; ')}`);
  registerPlan(r.value);
  return r.value;
});
afterAll(() => plans.forEach((p) => unregisterPlan(p.id)));

function cases(plan: Plan): [string, ModelInputs][] {
  const pm = planModel(plan);
  const inPlan = toInputs(planPreset(plan, 'plan'));
  const fundKeys = plan.sectors.map((s) => fundKeyOf(s.id));
  const extreme: ModelInputs = {
    ...inPlan,
    levers: {
      ...inPlan.levers,
      land: 0,
      factory_space: pm.levers.factory_space.max,
      fund: pm.levers.fund.max,
      ...Object.fromEntries(fundKeys.map((k, i) => [k, i === fundKeys.length - 1 ? 100 : 0])),
      attraction: pm.levers.attraction.max,
      talent: pm.levers.talent.max,
    },
  };
  return [
    [`${plan.sectors.length} sectors, plan`, inPlan],
    [`${plan.sectors.length} sectors, no new policy`, toInputs(planPreset(plan, 'no-new-policy'))],
    [`${plan.sectors.length} sectors, extreme levers`, extreme],
  ];
}

describe('the kernel equals the reference model on 2 and 8 sectors', () => {
  it('the derived plans are what they say', () => {
    expect(plans.map((p) => p.sectors.length)).toEqual([2, 8]);
    expect(planModel(plans[1]).fundKeys).toHaveLength(8);
  });

  it.each(plans.flatMap(cases))('%s: 200 paths, every series and year, to 1e-10 relative', (_, inputs) => {
    const r = kernelVersusReference(inputs, 200, 'sectors', 3);
    expect(r.mismatches).toEqual([]);
    expect(r.sameDraws).toBe(true);
    expect(r.finite).toBeGreaterThan(200 * r.nYears); // real numbers were compared, not NaN against NaN
  });
});
