import { describe, expect, it } from 'vitest';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { loadScenario, simulate, stat } from '../../helpers.ts';

describe('calibration', () => {
  it('no new policy from 2016 grows about 10 % a year to 2020 in its median', () => {
    const inputs = toInputs(loadScenario('backcast-2016.json'));
    expect(inputs.startYear).toBe(2016);
    const s = simulate(inputs, 20_000);
    const cagr = stat(s, inputs, 'output_cagr', 2020).median;
    expect(cagr).toBeGreaterThan(9);
    expect(cagr).toBeLessThan(11);
    // and the median 2020 output lands near the plan's 2259.3
    const out = stat(s, inputs, 'output', 2020).median;
    expect(out).toBeGreaterThan(2259.3 * 0.93);
    expect(out).toBeLessThan(2259.3 * 1.07);
  });

  it('the plan scenario gives the output target odds a reader can defend: neither sure nor hopeless', () => {
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
