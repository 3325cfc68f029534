import { describe, expect, it } from 'vitest';
import { noPolicyLevers } from '../../../src/model/inputs.ts';
import { onePath, PLAN, planInputs, PM } from '../../helpers.ts';

describe('the 2020 state equals the plan base', () => {
  for (const [name, inputs] of [
    ['plan', planInputs()],
    ['no new policy', planInputs({ levers: noPolicyLevers(PM) })],
  ] as const) {
    it(`${name}: every path starts at the plan's 2020 figures, exactly`, () => {
      for (const seed of [1, 2, 'x']) {
        const { at, trace } = onePath(inputs, seed);
        expect(at('output', 2020)).toBe(2259.3);
        expect(at('firms', 2020)).toBe(36);
        expect(at('rd_institution_share', 2020)).toBeCloseTo(29.8, 12);
        expect(at('rd_intensity', 2020)).toBeCloseTo(0.6, 12);
        expect(at('va_ratio', 2020)).toBeCloseTo((197.15 / 2259.3) * 100, 12);
        expect(at('innovation_platforms', 2020)).toBe(0);
        expect(at('leading_firms', 2020)).toBe(0);
        expect(at('specialised_firms', 2020)).toBe(0);
        expect(Number.isNaN(at('output_cagr', 2020))).toBe(true);
        expect(Number.isNaN(at('patent_cagr', 2020))).toBe(true);
        const total = trace.sectorOutput.reduce((a, s) => a + s[0], 0);
        expect(total).toBeCloseTo(2259.3, 9);
        expect((trace.sectorOutput[1][0] / total) * 100).toBeCloseTo(77.4, 12);
      }
    });
  }

  it('the sector split adds up to 100 % of output and to the zone totals', () => {
    const sectors = PM.sectors;
    const sector = (id: string) => sectors.find((s) => s.id === id)!;
    expect(sectors.map((s) => s.id)).toEqual(['chips', 'terminals', 'sensors', 'applications']);
    const share = sectors.reduce((a, s) => a + s.outputShare, 0);
    expect(share).toBeCloseTo(100, 12);
    const va = sectors.reduce((a, s) => a + (s.outputShare * s.vaRatio) / 100, 0);
    expect(va).toBeCloseTo(PLAN.base.va_ratio.value, 12);
    const rd = sectors.reduce((a, s) => a + (s.outputShare * s.rdIntensity) / 100, 0);
    expect(rd).toBeCloseTo(0.6, 12);
    expect(sectors.reduce((a, s) => a + s.firms, 0)).toBe(36);
    expect(sector('terminals').vaRatio).toBeLessThan(5);
    // the chips residuals are plausible numbers, not artefacts
    expect(sector('chips').vaRatio).toBeGreaterThan(10);
    expect(sector('chips').vaRatio).toBeLessThan(40);
    expect(sector('chips').rdIntensity).toBeGreaterThan(0);
  });
});
