/**
 * The 2026–2030 plan's base is the model's replay of 2021–2025 (scripts/estimate-base.ts): this keeps the file equal
 * to what the model says today, so a model change that moves the replay fails here until the plan file is
 * regenerated (npx tsx scripts/make-plan-2026.ts) and its version raised.
 */
import { describe, expect, it } from 'vitest';
import { estimateBase } from '../../../scripts/estimate-base.ts';
import { MODEL_VERSION } from '../../../src/model/version.ts';
import { planById } from '../../../src/scenario/plans.ts';

const plan = planById('cq-ngit-2026-2030')!;
const e = estimateBase();

describe('the 2026–2030 plan’s estimated base', () => {
  it('is the replay of the current model', () => {
    expect(e.model).toBe(MODEL_VERSION);
    expect(e.year).toBe(plan.baseYear);
  });

  it.each(Object.keys(e.figures) as (keyof typeof e.figures)[])('%s: median and band', (key) => {
    const f = plan.base[key];
    expect(f.status).toBe('estimated');
    expect({ value: f.value, lo: f.range?.lo, hi: f.range?.hi }).toEqual(e.figures[key]);
    expect(f.source).toContain(`model ${MODEL_VERSION}`);
  });

  it('splits output and firms by sector as the replay does', () => {
    for (const s of plan.sectors) {
      const es = e.sectors[s.id];
      expect(s.base.outputShare, s.id).toBe(es.outputShare);
      expect(s.base.firms, s.id).toBe(es.firms);
      if (s.base.vaRatio !== 'residual') expect(s.base.vaRatio, s.id).toBe(es.vaRatio);
    }
    expect(plan.sectors.reduce((a, s) => a + s.base.firms, 0)).toBe(plan.base.firms.value);
    expect(plan.sectors.reduce((a, s) => a + s.base.outputShare, 0)).toBeCloseTo(100, 9);
  });
});
