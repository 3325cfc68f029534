/**
 * Issue 13: the Poisson method that starts its search at the mode must be exact in distribution. For each mean the
 * model uses (the six counts have means of about 0.9, 3.1, 6.1, 6.6, 8.1 and 15.4, and a path's λ ranges over
 * (0, 30) below the normal approximation), 10⁶ draws from a fixed seed are compared with the exact pmf by Pearson's
 * chi-square test; cells with an expected count below 5 are pooled into the tails.
 */
import { describe, expect, it } from 'vitest';
import { chunkState, Rng } from '../../../src/stats/rng.ts';

const DRAWS = 1_000_000;

/** Exact pmf of Poisson(lambda) for k = 0..kMax, by the recurrence from e^-λ (λ < 30: no underflow). */
function pmf(lambda: number, kMax: number): number[] {
  const p = [Math.exp(-lambda)];
  for (let k = 1; k <= kMax; k++) p.push((p[k - 1] * lambda) / k);
  return p;
}

/**
 * Upper quantile of the chi-square distribution with `df` degrees of freedom by Wilson and Hilferty (1931):
 * df (1 − 2/(9 df) + z √(2/(9 df)))³, z the normal quantile; z = 4.265 is the 1e-5 upper point.
 */
function chiSquareCritical(df: number, z: number): number {
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** Pearson's statistic and its degrees of freedom, with cells pooled so that each expects at least 5. */
function chiSquare(observed: Float64Array, lambda: number): { stat: number; df: number } {
  const kMax = observed.length - 1;
  const p = pmf(lambda, kMax);
  const cells: { o: number; e: number }[] = [];
  let o = 0;
  let e = 0;
  let cum = 0;
  for (let k = 0; k < kMax; k++) {
    o += observed[k];
    e += p[k] * DRAWS;
    cum += p[k];
    if (e >= 5) {
      cells.push({ o, e });
      o = 0;
      e = 0;
    }
  }
  // the last cell takes the rest of the distribution: P(K >= kMax) = 1 − F(kMax − 1)
  o += observed[kMax];
  e += (1 - cum) * DRAWS;
  if (e >= 5 || cells.length === 0) cells.push({ o, e });
  else {
    cells[cells.length - 1].o += o;
    cells[cells.length - 1].e += e;
  }
  const stat = cells.reduce((s, c) => s + (c.o - c.e) ** 2 / c.e, 0);
  return { stat, df: cells.length - 1 };
}

describe('Rng.poisson: chi-square against the exact pmf, 10⁶ draws each', () => {
  // the model's means, values on and off the 1/16 grid of the tables, and the ends of the exact range
  it.each([0.004, 0.3, 0.9, 1, 3.1, 6.1, 6.6, 8.1, 12.53, 15.4, 21.97, 29.99])('lambda = %d', (lambda) => {
    const rng = new Rng(chunkState('poisson-chi-square', Math.round(lambda * 1000)));
    const kMax = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 12);
    const observed = new Float64Array(kMax + 1);
    for (let i = 0; i < DRAWS; i++) observed[Math.min(kMax, rng.poisson(lambda))]++;
    const { stat, df } = chiSquare(observed, lambda);
    expect(df).toBeGreaterThanOrEqual(lambda < 0.01 ? 1 : 2);
    // at the 1e-5 level: twelve tests from fixed seeds, so a real failure is a wrong distribution
    expect(stat).toBeLessThan(chiSquareCritical(df, 4.265));
  });

  it('the test has power: draws from Poisson(λ · 1.01) fail it at λ = 15.4', () => {
    const lambda = 15.4;
    const rng = new Rng(chunkState('poisson-chi-square-power', 0));
    const kMax = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 12);
    const observed = new Float64Array(kMax + 1);
    for (let i = 0; i < DRAWS; i++) observed[Math.min(kMax, rng.poisson(lambda * 1.01))]++;
    const { stat, df } = chiSquare(observed, lambda);
    expect(stat).toBeGreaterThan(chiSquareCritical(df, 4.265));
  });
});
