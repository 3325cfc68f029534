import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import FanLegend from '../../../src/charts/FanLegend.svelte';
import { basePoints } from '../../../src/app/base-points.ts';
import { pointKinds } from '../../../src/charts/fan-layout.ts';
import { effectivePlan } from '../../../src/scenario/to-inputs.ts';
import { bundledPlan } from '../../../src/scenario/plans.ts';
import { PLAN } from '../../helpers.ts';

const NEXT = bundledPlan('cq-ngit-2026-2030')!;
const legend = (plan: typeof PLAN, lang: 'zh' | 'en') =>
  render(FanLegend, {
    props: { lang, baseYear: plan.baseYear, targetYear: plan.targetYear, points: basePoints(plan) },
  }).body;

describe('the base figures as the fan charts’ points', () => {
  it('draws the 2021–2025 plan’s published base as observed points, and keys them "actual"', () => {
    const pts = basePoints(PLAN);
    expect(pts.output).toEqual([{ year: 2020, value: 2259.3 }]);
    expect(pts.va_ratio).toEqual([{ year: 2020, value: 8.73 }]);
    expect(pointKinds(Object.values(pts).flat())).toEqual({ observed: true, estimated: false });
    expect(legend(PLAN, 'en')).toContain('2020 actual');
    expect(legend(PLAN, 'en')).not.toContain('estimated');
    expect(legend(PLAN, 'zh')).toContain('2020年实际值');
  });

  it('draws the 2026–2030 plan’s estimated base with its range, and never calls it actual', () => {
    const pts = basePoints(NEXT);
    for (const k of ['output', 'firms'] as const)
      expect(pts[k], k).toEqual([{ year: 2025, value: NEXT.base[k].value, range: NEXT.base[k].range }]);
    expect(NEXT.base.firms.range).toBeDefined();
    expect(pointKinds(Object.values(pts).flat())).toEqual({ observed: false, estimated: true });
    const en = legend(NEXT, 'en');
    expect(en).toContain('2025 estimated');
    expect(en).not.toContain('actual');
    const zh = legend(NEXT, 'zh');
    expect(zh).toContain('2025年估计值');
    expect(zh).not.toContain('实际');
  });

  it('calls a base the user typed an observation, beside the estimates still drawn', () => {
    const typed = effectivePlan(NEXT, { base: { output: 3000 } });
    const pts = basePoints(typed);
    expect(pts.output).toEqual([{ year: 2025, value: 3000 }]);
    expect(pts.firms?.[0].range).toEqual(NEXT.base.firms.range);
    expect(pointKinds(Object.values(pts).flat())).toEqual({ observed: true, estimated: true });
    const en = legend(typed, 'en');
    expect(en).toContain('2025 actual');
    expect(en).toContain('2025 estimated');
  });
});
