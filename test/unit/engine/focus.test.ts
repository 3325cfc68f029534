/**
 * Focused runs (src/engine/focus.ts) give exactly the figures of full runs for the indicator they keep, for every
 * indicator, start year and plan; a pool's runMany gives each request exactly what run gives it.
 */
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/model/indicators.ts';
import { chunksOf, runChunks } from '../../../src/engine/chunks.ts';
import { PoolRunner } from '../../../src/engine/pool.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import type { Runner } from '../../../src/engine/runner.ts';
import {
  evaluateMeans,
  evaluatePointRuns,
  evaluatePoints,
  meansOf,
  metricsOf,
} from '../../../src/insight/evaluate.ts';
import { residualsOf } from '../../../src/stats/clusters.ts';
import { bundledPlan } from '../../../src/scenario/plans.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { loadScenario, planInputs } from '../../helpers.ts';
import { channelWorker } from './channel-worker.ts';

const RUNS = 1203; // two chunks, the last with an unpaired path
const VARIANTS = [
  planInputs(),
  toInputs(loadScenario('downside.json')),
  toInputs(loadScenario('backcast-2016.json')),
  planInputs({}, bundledPlan('cq-ngit-2026-2030')!),
];

const RUNNERS: [string, () => Runner][] = [
  ['same thread', () => new SameThreadRunner()],
  ['a pool of 2', () => new PoolRunner({ size: 2, spawn: channelWorker })],
];

describe('a focused run reads exactly what a full run reads', () => {
  const runner = new SameThreadRunner();
  it('P(meet), its standard error and the median in the target year; the mean each year', async () => {
    const full = VARIANTS.map((v) => runChunks(v, 9, chunksOf(RUNS)));
    for (const indicator of INDICATORS) {
      const points = await evaluatePoints(runner, VARIANTS, indicator, { seed: 9, runs: RUNS });
      const means = await evaluateMeans(runner, VARIANTS, indicator, { seed: 9, runs: RUNS });
      VARIANTS.forEach((v, i) => {
        expect(points[i], `${indicator}, variant ${i}`).toEqual(metricsOf(full[i], v, indicator));
        expect(means[i].means, `${indicator}, variant ${i}`).toEqual(meansOf(full[i], v, indicator));
      });
    }
  }, 60_000);

  it.each(RUNNERS)(
    'keeps, with clusters, figures that add up to the summary’s (%s)',
    async (_, make) => {
      const runner = make();
      const full = VARIANTS.map((v) => runChunks(v, 9, chunksOf(RUNS)));
      for (const indicator of ['output', 'leading_firms', 'va_ratio'] as const) {
        const points = await evaluatePointRuns(
          runner,
          VARIANTS,
          indicator,
          { seed: 9, runs: RUNS },
          {},
          undefined,
          true,
        );
        const means = await evaluateMeans(runner, VARIANTS, indicator, { seed: 9, runs: RUNS });
        VARIANTS.forEach((v, i) => {
          // 1,203 runs: 500 + 101 pairs and one unpaired path
          expect(points[i].clusters.reduce((a, b) => a + b.clusters, 0)).toBe(602);
          expect(points[i].metrics).toEqual(metricsOf(full[i], v, indicator));
          // the same integers: the same quotient
          expect(residualsOf(points[i].clusters, 0, 'meet').estimate).toBe(points[i].metrics.pMeet);
          const m = meansOf(full[i], v, indicator);
          m.forEach((x, y) => {
            const est = residualsOf(means[i].clusters, y, 'sum').estimate;
            if (Number.isNaN(x)) expect(est).toBeNaN();
            else expect(est).toBeCloseTo(x, 5); // the reported mean is the fixed-point one, to 6 decimals
          });
        });
      }
      runner.dispose();
    },
    60_000,
  );
});

describe('runMany on a pool', () => {
  it("gives each request run's summary, focused or not, and reports progress up to the total", async () => {
    const pool = new PoolRunner({ size: 2, spawn: channelWorker });
    try {
      const reqs = VARIANTS.flatMap((inputs, i) => [
        { inputs, seed: 3, runs: 2001 + i },
        { inputs, seed: 3, runs: 1500, focus: { indicator: 'output', keep: 'targetYear' } as const },
      ]);
      const seen: number[] = [];
      const all = await pool.runMany(reqs, { onProgress: (p) => seen.push(p.done / p.total) });
      expect(seen.at(-1)).toBe(1);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      for (const [i, req] of reqs.entries()) {
        expect(all[i], `request ${i}`).toEqual(await new SameThreadRunner().run(req));
      }
    } finally {
      pool.dispose();
    }
  }, 60_000);
});
