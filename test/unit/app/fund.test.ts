import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundSum, rebalanceFund } from '../../../src/app/fund.ts';
import type { LeverKey } from '../../../src/model/parameters.ts';
import { PM } from '../../helpers.ts';

/** The 2021–2025 plan's fund shares, in sector order. */
const FUND_SHARES = PM.fundKeys;
/** Fund shares only: the other levers play no part in rebalancing. */
const shares = (r: Record<string, number>) => r as Record<LeverKey, number>;
const plan = shares({ fund_chips: 40, fund_terminals: 20, fund_sensors: 20, fund_applications: 20 });
const sumOf = (r: Record<LeverKey, number>) => fundSum(FUND_SHARES, (k) => r[k]);

it('the plan has the four fund shares, in sector order', () => {
  expect(FUND_SHARES).toEqual(['fund_chips', 'fund_terminals', 'fund_sensors', 'fund_applications']);
});

describe('rebalanceFund', () => {
  it('rescales the other three in proportion', () => {
    expect(rebalanceFund(FUND_SHARES, plan, 'fund_chips', 70)).toEqual({
      fund_chips: 70,
      fund_terminals: 10,
      fund_sensors: 10,
      fund_applications: 10,
    });
    expect(rebalanceFund(FUND_SHARES, plan, 'fund_terminals', 50)).toEqual({
      fund_chips: 25,
      fund_terminals: 50,
      fund_sensors: 12.5,
      fund_applications: 12.5,
    });
  });
  it('splits equally when the others were all zero', () => {
    const r = rebalanceFund(
      FUND_SHARES,
      shares({ fund_chips: 100, fund_terminals: 0, fund_sensors: 0, fund_applications: 0 }),
      'fund_chips',
      40,
    );
    expect(r).toEqual({ fund_chips: 40, fund_terminals: 20, fund_sensors: 20, fund_applications: 20 });
  });
  it('gives the rounding remainder away so the sum is exactly 100', () => {
    const r = rebalanceFund(FUND_SHARES, plan, 'fund_chips', 50);
    expect(r.fund_chips).toBe(50);
    expect(sumOf(r)).toBeCloseTo(100, 9);
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
            FUND_SHARES,
            shares({ fund_chips: a, fund_terminals: b, fund_sensors: c, fund_applications: d }),
            key,
            v,
          );
          expect(Math.abs(sumOf(r) - 100)).toBeLessThan(1e-9);
          for (const k of FUND_SHARES) expect(r[k]).toBeGreaterThanOrEqual(0);
          expect(r[key]).toBeCloseTo(v, 1);
        },
      ),
    );
  });
});
