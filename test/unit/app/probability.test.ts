import { describe, expect, it } from 'vitest';
import { classify, compound, impliedCagr } from '../../../src/app/probability.ts';

describe('classify', () => {
  it('uses 66 % and 33 % as the thresholds', () => {
    expect(classify(0.66)).toBe('likely');
    expect(classify(0.659)).toBe('uncertain');
    expect(classify(0.33)).toBe('uncertain');
    expect(classify(0.329)).toBe('unlikely');
    expect(classify(0)).toBe('unlikely');
    expect(classify(1)).toBe('likely');
  });
});

describe("the plan's inconsistency", () => {
  it('10 % a year from 2259.3 gives 3638.6, and 3500 needs about 9.1 %', () => {
    expect(compound(2259.3, 10, 5)).toBeCloseTo(3638.6, 1);
    expect(impliedCagr(2259.3, 3500, 5)).toBeCloseTo(9.15, 1);
  });
});
