/** The words of an undo or a redo, worked out from two whole snapshots. */
import { describe, expect, it } from 'vitest';
import { changedPaths, changeNote } from '../../../src/app/change-note.ts';
import { scenarioContent, sameContent } from '../../../src/app/scenario-content.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import type { Working } from '../../../src/app/working-store.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

const plan = scenarioById('plan')!;
const w = (current: Partial<Scenario>, base: Scenario = plan): Working => ({
  base,
  source: 'preset',
  current: { ...plan, ...current },
});

describe('changeNote', () => {
  it('names a lever with both values and its unit, in each language', () => {
    const from = w({ levers: { ...plan.levers, land: 1234 } });
    const to = w({});
    expect(changeNote(from, to, 'zh')).toBe('新开发工业用地 1234 → 830亩/年');
    expect(changeNote(from, to, 'en')).toMatch(/^New industrial land 1234 → 830 mu/);
  });

  it('names the runs and the seed, an assumption and a pinned year by name, and counts the rest', () => {
    expect(changeNote(w({ runs: 20000 }), w({ runs: 50000 }), 'zh')).toBe('模拟次数 20,000 → 50,000');
    expect(changeNote(w({ seed: 7 }), w({ seed: 'abc' }), 'en')).toBe('Seed 7 → abc');
    const pc = { kind: 'normal' as const, mean: 3, sd: 4 };
    expect(changeNote(w({}), w({ assumptions: { pc_demand: pc } }), 'en')).toMatch(/PC/);
    expect(changeNote(w({}), w({ pinnedPcDemand: { '2023': -13.9 } }), 'zh')).toBe('2023年全球PC出货增速');
    // a field the scenario gains later is counted, not named
    const later = { ...plan, periods: [1, 2] } as unknown as Scenario;
    expect(changeNote(w({}), { base: plan, source: 'preset', current: later }, 'en')).toBe('one setting');
    expect(changeNote(w({ runs: 100 }), w({ seed: 8 }), 'en')).toBe('Seed 7 → 8 and one more change');
  });

  it('several changes: the first named, the others counted; a fund share moves three others with it', () => {
    const to = w({
      levers: { ...plan.levers, fund_chips: 70, fund_terminals: 10, fund_sensors: 10, fund_applications: 10 },
    });
    expect(changeNote(w({}), to, 'en')).toMatch(/ and 3 more changes$/);
  });

  it('a switch of scenario is said as one', () => {
    const downside = scenarioById('downside')!;
    const to: Working = { base: downside, source: 'preset', current: downside };
    expect(changeNote(w({}), to, 'zh')).toBe(`情景“${plan.name.zh}” → “${downside.name.zh}”`);
  });
});

describe('scenarioContent', () => {
  it('ignores names, descriptions, ids and key order, and reads left-out assumptions as their defaults', () => {
    const renamed = { ...plan, id: 'x', name: { zh: '甲', en: 'A' }, model: '1.0.0' };
    expect(sameContent(plan, renamed)).toBe(true);
    const reordered = Object.fromEntries(Object.entries(plan).reverse()) as Scenario;
    expect(scenarioContent(reordered)).toBe(scenarioContent(plan));
    expect(sameContent(plan, { ...plan, seed: 8 })).toBe(false);
    expect(sameContent(plan, { ...plan, levers: { ...plan.levers, land: 831 } })).toBe(false);
  });

  it('changedPaths lists every differing leaf', () => {
    expect(changedPaths({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 5 }, e: 0 })).toEqual([
      ['b', 'c'],
      ['b', 'd'],
      ['e'],
    ]);
  });
});

describe('changeNote: targets, base figures and a lever by period', () => {
  it("names a target with both values, the plan's where there was none typed", () => {
    const to = w({ targets: { firms: { value: 60, direction: 'atLeast' } } });
    expect(changeNote(w({}), to, 'zh')).toBe('规上企业数量目标 ≥ 100家 → ≥ 60家');
    expect(changeNote(to, w({}), 'en')).toBe('target for Above-size firms ≥ 60 firms → ≥ 100 firms');
    const flipped = w({ targets: { firms: { value: 50, direction: 'atMost' } } });
    // value and direction of one target are one change
    expect(changeNote(to, flipped, 'en')).toBe('target for Above-size firms ≥ 60 firms → ≤ 50 firms');
  });

  it("names a base figure with both values, the plan's where none was typed", () => {
    const to = w({ base: { output: 2000 } });
    expect(changeNote(w({}), to, 'zh')).toBe('产业规模（产值）基数 规划基数 → 2000亿元');
    expect(changeNote(to, w({}), 'en')).toBe("base Output 2,000 × 100M CNY → the plan's base");
  });

  it('a lever that moved in one period only is named with that period', () => {
    const from = w({});
    const to = w({ levers: { ...plan.levers, land: [830, 900] } });
    expect(changeNote(from, to, 'zh')).toBe('新开发工业用地（展望期 2026—2035） 830 → 900亩/年');
    const both = w({ levers: { ...plan.levers, land: [700, 900] } });
    expect(changeNote(from, both, 'en')).toMatch(/^New industrial land 830 → 700 \/ 900 mu/);
  });
});
