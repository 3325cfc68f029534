import { describe, expect, it } from 'vitest';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { summarySpec } from '../../../src/stats/summary-spec.ts';
import { quantileOf } from '../../../src/stats/summary.ts';
import { loadScenario, SERIES_INDEX, simulate, stat } from '../../helpers.ts';

/** The plan's 2020 figures (FACTS.md; value-added ratio from the 2020 statistical yearbook). */
const PLAN_2020: [string, number][] = [
  ['output', 2259.3],
  ['firms', 36],
  ['rd_intensity', 0.6],
  ['rd_institution_share', 29.8],
  ['va_ratio', (197.15 / 2259.3) * 100],
  ['terminals_share', 77.4],
];

describe('calibration: the 2016 back-cast (data up to 2020 only)', () => {
  const inputs = toInputs(loadScenario('backcast-2016.json'));
  const s = simulate(inputs, 20_000);
  const spec = summarySpec(inputs.plan, inputs.startYear);
  const band = (k: string) => {
    const q = (p: number) => quantileOf(s, spec, SERIES_INDEX[k], 2020 - inputs.startYear, p);
    return [q(0.05), q(0.95)];
  };

  it('starts in 2016 with PC demand pinned to Gartner 2017–2020', () => {
    expect(inputs.startYear).toBe(2016);
    expect(Object.keys(inputs.pinnedPcDemand).map(Number)).toEqual([2017, 2018, 2019, 2020]);
  });

  it.each(PLAN_2020)("the 2020 5–95 percent band of %s contains the plan's %s", (k, v) => {
    const [lo, hi] = band(k);
    expect(lo).toBeLessThanOrEqual(v);
    expect(hi).toBeGreaterThanOrEqual(v);
  });

  it('the median grows close to the plan\'s "above 10 % a year"', () => {
    const cagr = stat(s, inputs, 'output_cagr', 2020).median;
    expect(cagr).toBeGreaterThan(8.5);
    expect(cagr).toBeLessThan(11.5);
  });
});

describe('calibration: the plan scenario', () => {
  it('gives the output target odds a reader can defend: neither sure nor hopeless', () => {
    const inputs = toInputs(loadScenario('plan.json'));
    const s = simulate(inputs, 20_000);
    const out = stat(s, inputs, 'output', 2025);
    expect(out.pMeet).toBeGreaterThan(0.3);
    expect(out.pMeet).toBeLessThan(0.85);
    // the 10 % growth target is harder than the 3500 亿元 one: 3638.6 > 3500 (the plan's inconsistency)
    expect(stat(s, inputs, 'output_cagr', 2025).pMeet).toBeLessThan(out.pMeet);
    // R&D 5 % of revenue and 100 % of firms with an institution are out of reach
    expect(stat(s, inputs, 'rd_intensity', 2025).pMeet).toBe(0);
    expect(stat(s, inputs, 'rd_institution_share', 2025).pMeet).toBe(0);
  });
});
