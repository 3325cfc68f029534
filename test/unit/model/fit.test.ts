import { describe, expect, it } from 'vitest';
import { fitAr1, fitMarginCycle } from '../../../src/model/fit.ts';
import { UNCERTAINTIES } from '../../../src/model/parameters.ts';
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

  it('margin_cycle spans 0 to twice the fitted relative slope', () => {
    const m = fitMarginCycle();
    const d = UNCERTAINTIES.margin_cycle.default;
    expect(d.kind).toBe('uniform');
    if (d.kind !== 'uniform') return;
    expect(d.lo).toBe(0);
    expect(d.hi).toBeCloseTo(2 * 100 * m.relative, 1);
  });
});
