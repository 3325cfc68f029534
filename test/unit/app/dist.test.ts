import { describe, expect, it } from 'vitest';
import { UNCERTAINTIES } from '../../../src/model/parameters.ts';
import { checkDist, convertDist, densityOutline, kindsFor, sameDist } from '../../../src/app/dist.ts';

const pull = UNCERTAINTIES.neighbour_pull; // uniform 10–40, range 0–90
const pc = UNCERTAINTIES.pc_demand; // normal shock

describe('checkDist', () => {
  it('accepts the defaults of every uncertainty', () => {
    for (const def of Object.values(UNCERTAINTIES)) expect(checkDist(def, def.default)).toBeNull();
  });
  it('refuses values outside the range and bounds out of order', () => {
    expect(checkDist(pull, { kind: 'uniform', lo: 10, hi: 95 })?.key).toBe('err.range');
    expect(checkDist(pull, { kind: 'uniform', lo: 40, hi: 10 })?.key).toBe('err.order');
    expect(checkDist(pull, { kind: 'triangular', lo: 10, mode: 50, hi: 40 })?.key).toBe('err.orderMode');
    expect(checkDist(pc, { kind: 'normal', mean: 0, sd: 41 })?.key).toBe('err.sd');
    expect(checkDist(pc, { kind: 'normal', mean: 0, sd: -1 })?.key).toBe('err.sd');
  });
});

describe('kinds', () => {
  it('offers normal only for yearly shocks', () => {
    expect(kindsFor(pc)).toEqual(['normal', 'fixed']);
    expect(kindsFor(pull)).toEqual(['uniform', 'triangular', 'fixed']);
  });
  it('converts keeping centre and bounds, and every conversion is valid', () => {
    expect(convertDist({ kind: 'uniform', lo: 10, hi: 40 }, 'fixed', pull)).toEqual({
      kind: 'fixed',
      value: 25,
    });
    expect(convertDist({ kind: 'uniform', lo: 10, hi: 40 }, 'triangular', pull)).toEqual({
      kind: 'triangular',
      lo: 10,
      mode: 25,
      hi: 40,
    });
    for (const def of Object.values(UNCERTAINTIES))
      for (const k of kindsFor(def)) expect(checkDist(def, convertDist(def.default, k, def))).toBeNull();
  });
  it('compares distributions by value', () => {
    expect(sameDist({ kind: 'fixed', value: 1 }, { kind: 'fixed', value: 1 })).toBe(true);
    expect(sameDist({ kind: 'fixed', value: 1 }, { kind: 'uniform', lo: 1, hi: 1 })).toBe(false);
  });
});

describe('densityOutline', () => {
  it('draws a box for a uniform and a peak of 1 for a normal', () => {
    expect(densityOutline({ kind: 'uniform', lo: 10, hi: 40 }, 0, 90)).toContainEqual([10, 1]);
    const n = densityOutline({ kind: 'normal', mean: 0, sd: 10 }, -30, 30, 60);
    expect(Math.max(...n.map(([, y]) => y))).toBeCloseTo(1, 6);
  });
});
