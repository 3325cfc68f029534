/**
 * The two calibrations (src/model/calibration.ts): the re-based table carries what the re-based fits print
 * (scripts/fit-rebased.ts runs the same functions), the re-based fits see the record's years after 2020, and a plan
 * runs on the calibration it names — the 2021–2025 plan on the ex-ante parameters, unchanged; the 2026–2030 plan on
 * the re-based ones, which differ only where the table says.
 */
import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../../src/model/calibration.ts';
import {
  fitAr1,
  fitChipAr1,
  fitChipAr1Rebased,
  fitPcAr1Rebased,
  type Ar1Fit,
} from '../../../src/model/fit.ts';
import { UNCERTAINTIES, type UncertaintyDef } from '../../../src/model/parameters.ts';
import { planModel } from '../../../src/model/plan.ts';
import { planById } from '../../../src/scenario/plans.ts';

const rebased = CALIBRATION.rebased.values;

function expectCarries(shock: UncertaintyDef['default'], persistence: UncertaintyDef['default'], f: Ar1Fit) {
  expect(shock.kind).toBe('normal');
  expect(persistence.kind).toBe('uniform');
  if (shock.kind !== 'normal' || persistence.kind !== 'uniform') return;
  expect(shock.mean).toBeCloseTo(f.mu, 2);
  expect(shock.sd).toBeCloseTo(f.sigma, 1);
  expect(persistence.lo).toBeCloseTo(f.phi - f.phiSe, 2);
  expect(persistence.hi).toBeCloseTo(f.phi + f.phiSe, 2);
}

describe('the re-based calibration carries the fits on the record carried on', () => {
  it('PC demand: Gartner to 2025, the record taking over after 2020', () => {
    const f = fitPcAr1Rebased();
    expect(f.pairs).toBe(fitAr1().pairs + 5);
    expect(f.years.endsWith('2024→2025')).toBe(true);
    expectCarries(rebased.pc_demand!.default, rebased.pc_persistence!.default, f);
  });

  it('the chip cycle: SIA to 2024', () => {
    const f = fitChipAr1Rebased();
    expect(f.pairs).toBe(fitChipAr1().pairs + 4);
    expect(f.years.endsWith('2023→2024')).toBe(true);
    expectCarries(rebased.chip_cycle!.default, rebased.chip_persistence!.default, f);
  });

  it('every re-based value lies in its parameter’s range, and names data after 2020', () => {
    for (const [k, c] of Object.entries(rebased)) {
      const def = UNCERTAINTIES[k as keyof typeof UNCERTAINTIES];
      const d = c!.default;
      const xs = d.kind === 'normal' ? [d.mean] : d.kind === 'uniform' ? [d.lo, d.hi] : [];
      for (const x of xs) {
        expect(x).toBeGreaterThanOrEqual(def.min);
        expect(x).toBeLessThanOrEqual(def.max);
      }
      expect(c!.fitted.years).toMatch(/–202[1-9]$/);
      expect(c!.sourceZh.length).toBeGreaterThan(20);
    }
  });
});

describe('a plan runs on the calibration it names', () => {
  const legacy = planModel(planById('cq-ngit-2021-2025')!);
  const next = planModel(planById('cq-ngit-2026-2030')!);

  it('the 2021–2025 plan is ex-ante: the parameters as fitted to 2020', () => {
    expect(legacy.calibration).toBe('ex-ante');
    for (const k of Object.keys(UNCERTAINTIES) as (keyof typeof UNCERTAINTIES)[])
      expect(legacy.uncertainties[k].default).toEqual(UNCERTAINTIES[k].default);
  });

  it('the 2026–2030 plan is re-based: the table’s values where it has one, the same parameters elsewhere', () => {
    expect(next.calibration).toBe('rebased');
    for (const k of Object.keys(UNCERTAINTIES) as (keyof typeof UNCERTAINTIES)[]) {
      const c = rebased[k];
      if (c) {
        expect(next.uncertainties[k].default).toEqual(c.default);
        expect(next.uncertainties[k].source).toBe(c.source);
        expect(next.uncertainties[k].default).not.toEqual(UNCERTAINTIES[k].default);
      } else expect(next.uncertainties[k]).toEqual(legacy.uncertainties[k]);
    }
  });
});
