/**
 * The user's own targets, base figures and per-period levers as part of the scenario being edited: the draft holds
 * them, the model reads them, the modified mark, toScenario, share links and restore carry them.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../../src/app/scenario-draft.svelte.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { checkBase, checkTarget } from '../../../src/app/validate.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { parsePlan, planById, registerPlan, unregisterPlan } from '../../../src/scenario/plans.ts';
import { effectivePlan } from '../../../src/scenario/to-inputs.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share-link.ts';
import { PLAN, PM } from '../../helpers.ts';
import { scenario2026 } from '../../scenario-2026.ts';

const plan = scenarioById('plan')!;
const PLAN_2026 = planById('cq-ngit-2026-2030')!;

describe('targets in the draft', () => {
  it("a typed target replaces the plan's in the plan the model reads, marked as the user's, and marks the draft modified", () => {
    const d = new ScenarioDraft(plan);
    expect(d.setTarget('firms', { value: 60, direction: 'atLeast' })).toBe(true);
    expect(d.modified).toBe(true);
    expect(d.plan.targets.firms).toMatchObject({ value: 60, direction: 'atLeast', status: 'user' });
    expect(d.pm.indicators.firms.target?.value).toBe(60);
    expect(d.inputs().plan.targets.firms?.value).toBe(60);
    // the plan file is untouched
    expect(d.planFile.targets.firms?.value).toBe(PLAN.targets.firms?.value);
    const s = d.toScenario();
    expect(s.ok && s.value.targets).toEqual({ firms: { value: 60, direction: 'atLeast' } });
    expect(s.ok && s.value.id).toBe('plan-modified');
  });

  it("the plan's own value and direction typed back is the plan's again; a reset clears every target", () => {
    const d = new ScenarioDraft(plan);
    const own = PLAN.targets.firms!;
    d.setTarget('firms', { value: 60, direction: 'atLeast' });
    expect(d.setTarget('firms', { value: own.value, direction: own.direction })).toBe(true);
    expect(d.targets).toEqual({});
    expect(d.modified).toBe(false);
    expect(d.setTarget('firms', { value: own.value, direction: own.direction })).toBe(false);
    d.setTarget('firms', { value: own.value, direction: own.direction === 'atLeast' ? 'atMost' : 'atLeast' });
    expect(d.targets.firms?.direction).not.toBe(own.direction);
    d.setTarget('output', { value: 4000.123456, direction: 'atLeast' });
    expect(d.targets.output?.value).toBe(4000.1235);
    const rev = d.revision;
    expect(d.resetTargets()).toBe(true);
    expect(d.targets).toEqual({});
    expect(d.revision).toBe(rev + 1);
    expect(d.resetTargets()).toBe(false);
    expect(d.plan).toBe(d.planFile); // no edits: the plan file itself, so what is compiled from it is reused
  });

  it('an indicator without a target in the plan can be given one, and taken away again', () => {
    // a plan that sets no target for above-size firms
    const { firms: _none, ...targets } = PLAN.targets;
    void _none;
    const open = { ...PLAN, id: 'test-no-firms-target', targets };
    registerPlan(open);
    try {
      const s = { ...plan, plan: { id: open.id, version: open.version } };
      const d = new ScenarioDraft(s, 'file');
      expect(d.pm.indicators.firms.target ?? null).toBeNull();
      expect(d.setTarget('firms', { value: 50, direction: 'atLeast' })).toBe(true);
      expect(d.pm.indicators.firms.target).toMatchObject({ value: 50, status: 'user' });
      expect(d.modified).toBe(true);
      const out = d.toScenario();
      expect(out.ok && out.value.targets).toEqual({ firms: { value: 50, direction: 'atLeast' } });
      expect(d.setTarget('firms', null)).toBe(true);
      expect(d.pm.indicators.firms.target ?? null).toBeNull();
      expect(d.modified).toBe(false);
    } finally {
      unregisterPlan(open.id);
    }
  });
});

describe('base figures in the draft', () => {
  it("a typed base figure replaces the plan's, marked as the user's; the plan's own value is the plan's", () => {
    const d = new ScenarioDraft(plan);
    expect(d.setBaseFigure('firms', 40)).toBe(true);
    expect(d.plan.base.firms).toMatchObject({ value: 40, status: 'user' });
    expect(d.modified).toBe(true);
    const s = d.toScenario();
    expect(s.ok && s.value.base).toEqual({ firms: 40 });
    expect(d.setBaseFigure('firms', PLAN.base.firms.value)).toBe(true);
    expect(d.baseFigures).toEqual({});
    expect(d.modified).toBe(false);
  });

  it("an estimated figure with a band replaced by the user's is fixed: no band is drawn, even at the band's middle", () => {
    const s2026 = parseScenario(scenario2026(), PLAN_2026);
    expect(s2026.ok).toBe(true);
    if (!s2026.ok) return;
    const d = new ScenarioDraft(s2026.value, 'link');
    const own = PLAN_2026.base.output;
    expect(own.range).toBeDefined();
    expect(d.setBaseFigure('output', own.value)).toBe(true);
    expect(d.plan.base.output.range).toBeUndefined();
    expect(d.plan.base.output.status).toBe('user');
    expect(d.resetBaseFigures()).toBe(true);
    expect(d.plan.base.output.range).toEqual(own.range);
  });
});

describe('the plan with the user’s base figures', () => {
  it('is a valid plan file for every count of firms the app takes: the sectors’ firms follow the count', () => {
    for (const firms of [PM.sectors.length * 3, 37, 40, 1000]) {
      const eff = effectivePlan(PLAN, { base: { firms } });
      const r = parsePlan(eff);
      expect(r.ok ? [] : r.errors, `firms ${firms}`).toEqual([]);
      expect(eff.sectors.reduce((a, s) => a + s.base.firms, 0)).toBe(firms);
    }
    // the plan's own count gives the plan's own split
    expect(
      effectivePlan(PLAN, { base: { firms: PLAN.base.firms.value } }).sectors.map((s) => s.base.firms),
    ).toEqual(PLAN.sectors.map((s) => s.base.firms));
  });

  it('is a valid plan file for the ratios the app takes', () => {
    for (const [k, x] of [
      ['va_ratio', 12],
      ['rd_intensity', 2],
      ['output', 5000],
      ['rd_institution_share', 50],
    ] as const) {
      expect(checkBase(PM, k, String(x), 'en').ok, `${k} ${x}`).toBe(true);
      const r = parsePlan(effectivePlan(PLAN, { base: { [k]: x } }));
      expect(r.ok ? [] : r.errors, `${k} ${x}`).toEqual([]);
    }
  });
});

describe('edits travel with the scenario', () => {
  function edited(): ScenarioDraft {
    const d = new ScenarioDraft(plan);
    d.setTarget('output', { value: 4000, direction: 'atLeast' });
    d.setTarget('va_ratio', { value: 9, direction: 'atMost' });
    d.setBaseFigure('output', 2000);
    d.setLever('land', 900, 1);
    return d;
  }

  it('a share link carries targets, base figures and per-period levers, and opens to the same scenario', () => {
    const s = edited().toScenario();
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.value.levers.land).toEqual([plan.levers.land, 900]);
    const back = decodeShareLink(encodeShareLink(s.value));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    // a link of the second form names the plan it was made on
    expect(back.scenario).toEqual({
      ...s.value,
      plan: { id: PLAN.id, version: PLAN.version },
      description: { zh: '', en: '' },
    });
    const again = new ScenarioDraft(back.scenario, 'link');
    expect(again.plan.targets.output?.value).toBe(4000);
    expect(again.plan.base.output.value).toBe(2000);
    expect(again.levers.land).toEqual([plan.levers.land, 900]);
  });

  it('restore brings back the edits on top of the scenario as loaded, with the modified mark', () => {
    const s = edited().toScenario();
    if (!s.ok) throw new Error(s.errors.join('; '));
    const d = new ScenarioDraft(scenarioById('downside')!);
    d.restore(plan, 'preset', s.value);
    expect(d.base.id).toBe('plan');
    expect(d.targets).toEqual(s.value.targets);
    expect(d.baseFigures).toEqual(s.value.base);
    expect(d.modified).toBe(true);
    // a scenario saved with edits opens with them, not modified against itself
    const saved = new ScenarioDraft(s.value, 'saved');
    expect(saved.modified).toBe(false);
    expect(saved.plan.targets.va_ratio).toMatchObject({ value: 9, direction: 'atMost', status: 'user' });
  });

  it('the scenario schema refuses a target or a base figure outside its range or that the plan cannot take', () => {
    const ok = edited().toScenario();
    if (!ok.ok) throw new Error('expected a valid scenario');
    const bad = (patch: Partial<Scenario>) => parseScenario({ ...ok.value, ...patch });
    expect(bad({ targets: { va_ratio: { value: 101, direction: 'atLeast' } } }).ok).toBe(false);
    expect(bad({ base: { firms: 2.5 } }).ok).toBe(false);
    expect(bad({ base: { firms: 1 } }).ok).toBe(false); // fewer firms than sectors
    const r = bad({ base: { firms: 1 } });
    expect(!r.ok && r.errors.join(' ')).toMatch(/sectors needs at least one firm/);
  });
});

describe('what a user types for a target or a base figure', () => {
  it('a target: a number in its range, refused in the reader’s language otherwise', () => {
    expect(checkTarget('output', '4,000', 'zh')).toEqual({ ok: true, value: 4000 });
    expect(checkTarget('va_ratio', '120', 'en')).toMatchObject({
      ok: false,
      problem: { key: 'err.range', params: { min: 0, max: 100, unit: '%' } },
    });
    expect(checkTarget('output_cagr', '-5', 'en')).toEqual({ ok: true, value: -5 });
    expect(checkTarget('firms', 'abc', 'zh')).toMatchObject({ ok: false, problem: { key: 'err.number' } });
  });

  it('a base figure: whole firms, enough for every sector, a residual ratio inside 0–100 %', () => {
    expect(checkBase(PM, 'firms', '40', 'en')).toEqual({ ok: true, value: 40 });
    expect(checkBase(PM, 'firms', '40.5', 'en')).toMatchObject({ ok: false, problem: { key: 'err.whole' } });
    expect(checkBase(PM, 'firms', String(PM.sectors.length - 1), 'en')).toMatchObject({
      ok: false,
      problem: { key: 'err.range' },
    });
    // as many firms as sectors, but the smallest sectors' share rounds to none
    const few = checkBase(PM, 'firms', String(PM.sectors.length), 'zh');
    if (!few.ok) expect(few.problem.key).toMatch(/err\.(baseFirms|range)/);
    expect(checkBase(PM, 'va_ratio', '0.01', 'zh')).toMatchObject({
      ok: false,
      problem: { key: 'err.baseResidual' },
    });
    expect(checkBase(PM, 'va_ratio', String(PLAN.base.va_ratio.value), 'en').ok).toBe(true);
    // the app and the scenario schema agree on the same numbers
    for (const x of [0.01, 5, 8.7262, 30, 99]) {
      const app = checkBase(PM, 'va_ratio', String(x), 'en').ok;
      const s = edited2(x);
      expect(s, `va_ratio ${x}`).toBe(app);
    }
  });
});

function edited2(va: number): boolean {
  return parseScenario({ ...plan, base: { va_ratio: va } }, PLAN).ok;
}
