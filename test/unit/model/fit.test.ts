import { describe, expect, it } from 'vitest';
import { CHIP_SALES } from '../../../src/model/chip-sales.ts';
import { fitAr1, fitChipAr1, fitMarginCycle } from '../../../src/model/fit.ts';
import { CONSTANTS, UNCERTAINTIES } from '../../../src/model/parameters.ts';
import { PC_SHIPMENTS } from '../../../src/model/pc-shipments.ts';

describe('fitted parameters carry what the fits on data up to 2020 print', () => {
  it('the demand data stop in 2020', () => {
    expect(Math.max(...PC_SHIPMENTS.map((s) => s.year))).toBe(2020);
  });

  it('pc_demand and pc_persistence are the AR(1) fit', () => {
    const f = fitAr1();
    const d = UNCERTAINTIES.pc_demand.default;
    expect(d.kind).toBe('normal');
    if (d.kind !== 'normal') return;
    expect(d.mean).toBeCloseTo(f.mu, 2);
    expect(d.sd).toBeCloseTo(f.sigma, 1);
    const p = UNCERTAINTIES.pc_persistence.default;
    expect(p.kind).toBe('uniform');
    if (p.kind !== 'uniform') return;
    expect(p.lo).toBeCloseTo(f.phi - f.phiSe, 2);
    expect(p.hi).toBeCloseTo(f.phi + f.phiSe, 2);
    // a persistent series, as the booms and busts of 2000–2020 show
    expect(f.phi).toBeGreaterThan(0.3);
  });

  it('margin_cycle spans the fitted relative slope ± its standard error, bounded by the margins observed', () => {
    const m = fitMarginCycle();
    const d = UNCERTAINTIES.margin_cycle.default;
    expect(d.kind).toBe('uniform');
    if (d.kind !== 'uniform') return;
    expect(d.lo).toBeCloseTo(Math.max(0, 100 * (m.relative - m.relativeSe)), 1);
    expect(d.hi).toBeCloseTo(100 * (m.relative + m.relativeSe), 1);
    const [lo, hi] = CONSTANTS.margin_cycle_bounds.value;
    expect(lo / 100).toBeCloseTo(m.lo, 3);
    expect(hi / 100).toBeCloseTo(m.hi, 3);
  });
});

describe('the chip cycle is the AR(1) fitted on world semiconductor sales up to 2020', () => {
  it('the data stop in 2020', () => {
    expect(Math.max(...CHIP_SALES.map((s) => s.year))).toBe(2020);
  });

  it('chip_cycle and chip_persistence carry the fit', () => {
    const f = fitChipAr1();
    const d = UNCERTAINTIES.chip_cycle.default;
    expect(d.kind).toBe('normal');
    if (d.kind !== 'normal') return;
    expect(d.mean).toBeCloseTo(f.mu, 1);
    expect(d.sd).toBeCloseTo(f.sigma, 1);
    const p = UNCERTAINTIES.chip_persistence.default;
    expect(p.kind).toBe('uniform');
    if (p.kind !== 'uniform') return;
    expect(p.lo).toBeCloseTo(f.phi - f.phiSe, 2);
    expect(p.hi).toBeCloseTo(f.phi + f.phiSe, 1);
    expect(f.pairs).toBe(13);
  });
});
