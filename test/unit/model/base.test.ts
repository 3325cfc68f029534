import { describe, expect, it } from 'vitest';
import { BASE_2020, SECTOR_BASE } from '../../../src/model/base.ts';
import { defaultInputs, noPolicyLevers } from '../../../src/model/inputs.ts';
import { SECTORS } from '../../../src/model/sectors.ts';
import { onePath } from '../../helpers.ts';

describe('the 2020 state equals the plan base', () => {
  for (const [name, inputs] of [
    ['plan', defaultInputs()],
    ['no new policy', defaultInputs({ levers: noPolicyLevers() })],
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
    const share = SECTORS.reduce((a, s) => a + SECTOR_BASE[s].outputShare, 0);
    expect(share).toBeCloseTo(100, 12);
    const va = SECTORS.reduce((a, s) => a + (SECTOR_BASE[s].outputShare * SECTOR_BASE[s].vaRatio) / 100, 0);
    expect(va).toBeCloseTo(BASE_2020.va_ratio.value, 12);
    const rd = SECTORS.reduce(
      (a, s) => a + (SECTOR_BASE[s].outputShare * SECTOR_BASE[s].rdIntensity) / 100,
      0,
    );
    expect(rd).toBeCloseTo(0.6, 12);
    expect(SECTORS.reduce((a, s) => a + SECTOR_BASE[s].firms, 0)).toBe(36);
    expect(SECTOR_BASE.terminals.vaRatio).toBeLessThan(5);
    // the chips residuals are plausible numbers, not artefacts
    expect(SECTOR_BASE.chips.vaRatio).toBeGreaterThan(10);
    expect(SECTOR_BASE.chips.vaRatio).toBeLessThan(40);
    expect(SECTOR_BASE.chips.rdIntensity).toBeGreaterThan(0);
  });
});
