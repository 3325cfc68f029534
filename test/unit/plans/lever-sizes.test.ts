/**
 * The lever sizes as parameters (issue 20, item 5): each lever of a shipped plan has three sizes — its plan value, its
 * no-new-policy value and its cost — and `assumed` names which are stated assumptions. Every size of every shipped
 * plan is counted once, the file's `assumed` decides which side it falls on, the field never reaches the model, and
 * the counts sentence of docs/MODEL.md (and its Chinese edition) prints what parameterCounts() counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVER_SIZES, leverSizeIsIdentity, planModel, type Plan } from '../../../src/model/plan.ts';
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

  it('include the default plan’s lever sizes but for the unit identities', () => {
    const legacySizes = leverSizes(legacy());
    const counted = legacySizes.filter((s) => !s.identity);
    expect(c.leverSizes).toBe(counted.length);
    expect(c.leverSourced).toBe(counted.filter((s) => !s.assumption).length);
    expect(c.identities).toBe(legacySizes.length - counted.length);
    expect(c.sourced + c.assumed).toBe(c.total);
  });

  it('are the ones parameterCounts() makes, in both editions', () => {
    const share = String(Number(c.share.toFixed(1))); // as the docs print it: one decimal, no trailing zero
    const en = readFileSync(MODEL_DOCS.en.doc, 'utf8');
    const zh = readFileSync(MODEL_DOCS.zh.doc, 'utf8');
    expect(en).toContain(
      `**${c.total} parameters: ${c.sourced} sourced (${share} %), ${c.assumed} stated assumptions.**`,
    );
    expect(en).toContain(`the ${c.leverSizes} lever sizes of the plan's`);
    expect(en).toContain(`${c.leverSourced} of them sourced`);
    expect(en).toContain(`but for the ${c.identities} costs that are a unit identity`);
    expect(zh).toContain(
      `**共 ${c.total} 个参数：${c.sourced} 个有来源（${share} %），${c.assumed} 个为明确说明的假设**`,
    );
    expect(zh).toContain(`的 ${c.leverSizes} 个杠杆数值`);
    expect(zh).toContain(`其中 ${c.leverSourced} 个有来源`);
    expect(zh).toContain(`但不含 ${c.identities} 个属于单位恒等式的成本`);
  });
});

describe('unit identities (issue 20, item 5: a money lever’s cost is not a parameter)', () => {
  it('are exactly the costs of the levers read in 亿元 a year whose cost is 1 亿元 per 亿元', () => {
    const sizes = leverSizes(legacy());
    expect(
      sizes
        .filter((s) => s.identity)
        .map((s) => `${s.key}.${s.size}`)
        .sort(),
    ).toEqual(['attraction.cost', 'cultivation.cost', 'fund.cost', 'rd_incentive.cost', 'talent.cost']);
    // land (亩) and factory space (万㎡) cost money per unit of something else: a parameter, sourced or assumed
    expect(sizes.find((s) => s.key === 'land' && s.size === 'cost')!.identity).toBe(false);
    expect(sizes.find((s) => s.key === 'factory_space' && s.size === 'cost')!.identity).toBe(false);
    // a plan value or a no-new-policy value is never an identity, even where it is 1
    const p = legacy();
    p.levers.fund.plan = 1;
    expect(leverSizeIsIdentity(p.levers.fund, 'plan')).toBe(false);
  });

  it('stop being identities where a money lever has another cost, and then count as parameters', () => {
    const p = legacy();
    p.levers.fund.cost = 0.8; // a co-financed fund: public money is part of the spending
    expect(leverSizeIsIdentity(p.levers.fund, 'cost')).toBe(false);
    expect(leverSizes(p).filter((s) => s.identity)).toHaveLength(4);
    const other = legacy();
    other.levers.land.cost = 1; // 1 亿元 per 亩 is a price, not an identity
    expect(leverSizeIsIdentity(other.levers.land, 'cost')).toBe(false);
  });

  it('are left out of the total: 3 sizes a lever less the identities', () => {
    const c = parameterCounts();
    const sizes = leverSizes(legacy());
    expect(c.leverSizes + c.identities).toBe(sizes.length);
    expect(c.identities).toBe(5);
  });
});
