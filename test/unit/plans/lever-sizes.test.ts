/**
 * The lever sizes as parameters (issue 20, item 5): each lever of a shipped plan has three sizes — its plan value, its
 * no-new-policy value and its cost — and `assumed` names which are stated assumptions. Every size of every shipped
 * plan is counted once, the file's `assumed` decides which side it falls on, the field never reaches the model, and
 * the counts sentence of docs/MODEL.md (and its Chinese edition) prints what parameterCounts() counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVER_SIZES, planModel, type Plan } from '../../../src/model/plan.ts';
import { BUNDLED_PLANS, checkPlan, LEGACY_PLAN_ID, parsePlan } from '../../../src/scenario/plans.ts';
import { leverSizes, parameterCounts } from '../../../scripts/model-doc.ts';
import { MODEL_DOCS } from '../../../scripts/generated.ts';

const legacy = () => structuredClone(BUNDLED_PLANS.find((p) => p.id === LEGACY_PLAN_ID)!) as Plan;

describe.each(BUNDLED_PLANS.map((p) => [p.id, p] as const))('the lever sizes of %s', (_id, plan) => {
  const sizes = leverSizes(plan);

  it('counts each size of each lever exactly once', () => {
    const keys = Object.keys(plan.levers);
    expect(keys.length).toBeGreaterThan(0);
    expect(sizes).toHaveLength(keys.length * LEVER_SIZES.length);
    const seen = sizes.map((s) => `${s.key}.${s.size}`);
    expect(new Set(seen).size).toBe(seen.length);
    for (const k of keys) for (const size of LEVER_SIZES) expect(seen).toContain(`${k}.${size}`);
  });

  it("says of every lever which sizes are assumptions, and counts them as the file's assumed says", () => {
    for (const [k, l] of Object.entries(plan.levers)) {
      expect(l.assumed, `${k} has no assumed`).toBeDefined();
      for (const size of LEVER_SIZES)
        expect(sizes.find((s) => s.key === k && s.size === size)!.assumption).toBe(l.assumed!.includes(size));
    }
  });
});

describe('the assumed field', () => {
  it('is optional: a plan without it loads, and its lever sizes all count as assumptions', () => {
    const p = legacy();
    for (const l of Object.values(p.levers)) delete l.assumed;
    const r = parsePlan(p);
    expect(r.ok).toBe(true);
    const sizes = leverSizes(p);
    expect(sizes.length).toBe(21);
    expect(sizes.every((s) => s.assumption)).toBe(true);
  });

  it('refuses a size named twice and a name that is not a size', () => {
    const twice = legacy();
    twice.levers.land.assumed = ['cost', 'cost'];
    const r1 = parsePlan(twice);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.errors.join('\n')).toMatch(/levers\.land\.assumed.*once/);
    const c1 = checkPlan(twice);
    expect(c1.ok).toBe(false);
    if (!c1.ok) expect(c1.issues.map((i) => i.kind)).toContain('assumed-repeat');
    const other = legacy() as unknown as { levers: { land: { assumed: string[] } } };
    other.levers.land.assumed = ['min'];
    const r2 = parsePlan(other);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors.join('\n')).toMatch(/levers\.land\.assumed/);
  });

  it('changes nothing the model reads (all of the plan model but the plan file it carries)', () => {
    const read = (p: Plan) => {
      const { plan: _plan, ...model } = planModel(p);
      return model;
    };
    const without = legacy();
    for (const l of Object.values(without.levers)) delete l.assumed;
    const none = legacy();
    for (const l of Object.values(none.levers)) l.assumed = [];
    expect(read(legacy())).toEqual(read(without));
    expect(read(legacy())).toEqual(read(none));
    expect(Object.keys(planModel(legacy()).levers.land)).not.toContain('assumed');
  });
});

describe('the counts in docs/MODEL.md', () => {
  const c = parameterCounts();

  it('include the default plan’s lever sizes', () => {
    const legacySizes = leverSizes(legacy());
    expect(c.leverSizes).toBe(legacySizes.length);
    expect(c.leverSourced).toBe(legacySizes.filter((s) => !s.assumption).length);
    expect(c.sourced + c.assumed).toBe(c.total);
  });

  it('are the ones parameterCounts() makes, in both editions', () => {
    const share = c.share.toFixed(1);
    const en = readFileSync(MODEL_DOCS.en.doc, 'utf8');
    const zh = readFileSync(MODEL_DOCS.zh.doc, 'utf8');
    expect(en).toContain(
      `**${c.total} parameters: ${c.sourced} sourced (${share} %), ${c.assumed} stated assumptions.**`,
    );
    expect(en).toContain(`the ${c.leverSizes} lever sizes of the plan's`);
    expect(en).toContain(`${c.leverSourced} of them sourced`);
    expect(zh).toContain(
      `**共 ${c.total} 个参数：${c.sourced} 个有来源（${share} %），${c.assumed} 个为明确说明的假设**`,
    );
    expect(zh).toContain(`的 ${c.leverSizes} 个杠杆数值`);
    expect(zh).toContain(`其中 ${c.leverSourced} 个有来源`);
  });
});
