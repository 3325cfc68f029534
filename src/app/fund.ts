/**
 * The fund's sector shares must add up to 100 %. Setting one share rescales the others in proportion to what they
 * were (equally when they were all zero), rounded to 0.1 with the rounding remainder given to the largest, so the
 * sum is exactly 100 and the scenario stays valid. The shares are the plan's (one per sector, `fund_<sector>`).
 */
import type { LeverKey } from '../model/parameters.ts';

const RES = 10; // tenths

export function rebalanceFund(
  keys: readonly LeverKey[],
  shares: Record<LeverKey, number>,
  key: LeverKey,
  value: number,
): Record<LeverKey, number> {
  const v = Math.min(100, Math.max(0, Math.round(value * RES) / RES));
  const others = keys.filter((k) => k !== key);
  const rest = 100 - v;
  const oldSum = others.reduce((s, k) => s + Math.max(0, shares[k]), 0);
  const weights = others.map((k) => (oldSum > 0 ? Math.max(0, shares[k]) / oldSum : 1 / others.length));
  // largest-remainder rounding in tenths
  const exact = weights.map((w) => w * rest * RES);
  const floors = exact.map(Math.floor);
  let left = Math.round(rest * RES) - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - floors[i] })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  const out = { ...shares, [key]: v } as Record<LeverKey, number>;
  others.forEach((k, i) => (out[k] = floors[i] / RES));
  return out;
}

export function fundSum(keys: readonly LeverKey[], share: (k: LeverKey) => number): number {
  return keys.reduce((s, k) => s + share(k), 0);
}
