/**
 * The standard errors the app and the command line show are right for the sampling design (antithetic pairs,
 * src/engine/chunks.ts): over many independent seeds, the spread of the estimated P(meet) matches the standard error
 * each run reports (src/stats/summary.ts `proportion`). The binomial formula of independent runs would overstate it
 * about twofold for output, so this test tells the two apart.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/model/indicators.ts';
import { planInputs, PM, SERIES_INDEX } from '../../helpers.ts';
import { chunksOf, runChunks } from '../../../src/engine/chunks.ts';
import { pMeetOf } from '../../../src/stats/summary.ts';

const SEEDS = 200;
const RUNS = 1001; // one chunk of 500 pairs and an unpaired last path
const inputs = planInputs();
const ty = PM.targetYear - inputs.startYear;
const CHECKED: Indicator[] = ['output', 'output_cagr', 'va_ratio', 'patent_cagr'];

const est = CHECKED.map(() => [] as number[]);
const se2 = CHECKED.map(() => [] as number[]);
for (let s = 0; s < SEEDS; s++) {
  const summary = runChunks(inputs, `se-${s}`, chunksOf(RUNS));
  CHECKED.forEach((k, j) => {
    const pm = pMeetOf(summary, SERIES_INDEX[k], ty);
    est[j].push(pm.p);
    se2[j].push(pm.se ** 2);
  });
}
const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
};

describe(`P(meet)'s standard error against the spread over ${SEEDS} seeds of ${RUNS} runs`, () => {
  it.each(CHECKED.map((k, j) => [k, j] as const))(
    '%s: the mean squared SE is the variance over the seeds (within the sampling error of 200 seeds)',
    (_, j) => {
      const ratio = mean(se2[j]) / variance(est[j]);
      // the variance over 200 seeds is itself known to about ±10 % (√(2/199)); 0.7–1.4 is about three of those
      expect(ratio).toBeGreaterThan(0.7);
      expect(ratio).toBeLessThan(1.4);
    },
  );

  it('the pairs make output about four times as precise as independent runs, and the binomial SE would say otherwise', () => {
    const p = mean(est[0]);
    const binomial = (p * (1 - p)) / RUNS;
    expect(binomial / variance(est[0])).toBeGreaterThan(2.5);
    expect(binomial / mean(se2[0])).toBeGreaterThan(2.5);
  });
});
