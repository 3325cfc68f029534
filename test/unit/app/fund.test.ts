import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUND_SHARES, fundSum, rebalanceFund } from '../../../src/app/fund.ts';

const plan = { fund_chips: 40, fund_terminals: 20, fund_sensors: 20, fund_applications: 20 };

describe('rebalanceFund', () => {
  it('rescales the other three in proportion', () => {
    expect(rebalanceFund(plan, 'fund_chips', 70)).toEqual({
      fund_chips: 70,
      fund_terminals: 10,
      fund_sensors: 10,
      fund_applications: 10,
    });
    expect(rebalanceFund(plan, 'fund_terminals', 50)).toEqual({
      fund_chips: 25,
      fund_terminals: 50,
      fund_sensors: 12.5,
      fund_applications: 12.5,
    });
  });
  it('splits equally when the others were all zero', () => {
    const r = rebalanceFund(
      { fund_chips: 100, fund_terminals: 0, fund_sensors: 0, fund_applications: 0 },
      'fund_chips',
      40,
    );
    expect(r).toEqual({ fund_chips: 40, fund_terminals: 20, fund_sensors: 20, fund_applications: 20 });
  });
  it('gives the rounding remainder away so the sum is exactly 100', () => {
    const r = rebalanceFund(plan, 'fund_chips', 50);
    expect(r.fund_chips).toBe(50);
    expect(fundSum(r)).toBeCloseTo(100, 9);
    expect([r.fund_terminals, r.fund_sensors, r.fund_applications].sort()).toEqual([16.6, 16.7, 16.7]);
  });
  it('always adds up to 100 with every share in 0–100', () => {
    const share = fc.integer({ min: 0, max: 1000 }).map((x) => x / 10);
    fc.assert(
      fc.property(
        fc.tuple(share, share, share, share),
        fc.constantFrom(...FUND_SHARES),
        fc.double({ min: 0, max: 100, noNaN: true }),
        ([a, b, c, d], key, v) => {
          const r = rebalanceFund(
            { fund_chips: a, fund_terminals: b, fund_sensors: c, fund_applications: d },
            key,
            v,
          );
          expect(Math.abs(fundSum(r) - 100)).toBeLessThan(1e-9);
          for (const k of FUND_SHARES) expect(r[k]).toBeGreaterThanOrEqual(0);
          expect(r[key]).toBeCloseTo(v, 1);
        },
      ),
    );
  });
});
