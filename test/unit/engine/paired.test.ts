/**
 * The honest cost's paired run: path r of the scenario and path r of the baseline share their draws, the
 * accumulator is exact and mergeable in any split, and its band matches the exact quantiles of the differences.
 */
import { describe, expect, it } from 'vitest';
import { noPolicyLevers, publicCostPerYear } from '../../../src/model/inputs.ts';
import { prepare, simulatePath } from '../../../src/model/simulate.ts';
import { chunksOf } from '../../../src/engine/chunks.ts';
import {
  additionalEffect,
  createPairedSummary,
  mergePaired,
  runPaired,
  runPairedChunks,
} from '../../../src/engine/paired.ts';
import { AbortError } from '../../../src/engine/runner.ts';
import { chunkState, Rng } from '../../../src/stats/rng.ts';
import { loadScenario, planInputs, PM, SERIES_INDEX } from '../../helpers.ts';

const plan = planInputs();
const base = { ...plan, levers: noPolicyLevers(PM) };
const RUNS = 3000;

/** The per-path differences in 2025 output, computed directly. */
function exactDifferences(): number[] {
  const a = prepare(plan);
  const b = prepare(base);
  const pa = new Float64Array(a.pathLength);
  const pb = new Float64Array(b.pathLength);
  const at = SERIES_INDEX.output * a.nYears + (PM.targetYear - plan.startYear);
  const out: number[] = [];
  for (const c of chunksOf(RUNS)) {
    const ra = new Rng(chunkState(7, c.index));
    const rb = new Rng(chunkState(7, c.index));
    for (let r = 0; r < c.runs; r++) {
      ra.beginPath(r);
      rb.beginPath(r);
      simulatePath(a, ra, pa);
      simulatePath(b, rb, pb);
      out.push(pa[at] - pb[at]);
    }
  }
  return out.sort((x, y) => x - y);
}

describe('paired run of scenario and baseline', () => {
  it('stops the baseline at the target year without changing a single difference', () => {
    const d = exactDifferences();
    const paired = runPairedChunks(plan, base, 7, chunksOf(RUNS));
    // min and max are kept exactly; the whole baseline path and the one stopped in 2025 give the same extremes
    expect(paired.n[0]).toBe(RUNS);
    expect(paired.min[0]).toBe(d[0]);
    expect(paired.max[0]).toBe(d[d.length - 1]);
    const exactMean = d.reduce((a, x) => a + x, 0) / d.length;
    const mean = (paired.sumHi[0] + paired.sumLo[0] / 2 ** 20) / paired.n[0];
    expect(Math.abs(mean - exactMean)).toBeLessThanOrEqual(2 ** -20);
  });

  it('is the same whatever the split into chunks and merges', () => {
    const whole = runPairedChunks(plan, base, 7, chunksOf(RUNS));
    const parts = chunksOf(RUNS).map((c) => runPairedChunks(plan, base, 7, [c]));
    const merged = createPairedSummary();
    for (const p of parts.reverse()) mergePaired(merged, p);
    expect(merged).toEqual(whole);
    expect(whole.runs).toBe(RUNS);
  });

  it('gives the exact mean and percentiles within 0.5 % of the exact ones, per 亿元 of additional money', () => {
    const d = exactDifferences();
    const paired = runPairedChunks(plan, base, 7, chunksOf(RUNS));
    const eff = additionalEffect(paired, plan, base, loadScenario('no-new-policy.json'));
    const mean = d.reduce((a, x) => a + x, 0) / d.length;
    expect(eff.additionalOutput.mean).toBeCloseTo(mean, 4);
    const q = (p: number) => d[Math.ceil(p * d.length) - 1];
    for (const [p, got] of [
      [0.05, eff.additionalOutput.p5],
      [0.5, eff.additionalOutput.p50],
      [0.95, eff.additionalOutput.p95],
    ] as const) {
      expect(Math.abs(got! - q(p))).toBeLessThanOrEqual(0.005 * Math.abs(q(p)) + 1e-6);
    }
    const extra = (publicCostPerYear(PM, plan.levers) - publicCostPerYear(PM, base.levers)) * 5;
    expect(eff.additionalPublicMoney).toBeCloseTo(extra, 6);
    expect(eff.additionalOutputPerYuan!.mean).toBeCloseTo(mean / extra, 5);
    expect(eff.additionalOutputPerYuan!.p5).toBeLessThan(eff.additionalOutputPerYuan!.p95!);
  });

  it('common random numbers hold for the antithetic twins: a scenario paired with itself differs by 0 on every path', () => {
    // an odd count: pairs, then an unpaired last path
    const same = runPairedChunks(plan, plan, 7, chunksOf(1001));
    expect(same.n).toEqual([1001, 1001]);
    expect(same.min).toEqual([0, 0]);
    expect(same.max).toEqual([0, 0]);
    // and a baseline run without the twins' mirror would not be the same world: its differences are not 0
    const a = prepare(plan);
    const pa = new Float64Array(a.pathLength);
    const pb = new Float64Array(a.pathLength);
    const ra = new Rng(chunkState(7, 0));
    ra.beginPath(0);
    simulatePath(a, ra, pa);
    ra.beginPath(1);
    const plain = new Rng(chunkState(7, 0));
    simulatePath(a, ra, pa);
    simulatePath(a, plain, pb);
    const at = SERIES_INDEX.output * a.nYears + (PM.targetYear - plan.startYear);
    expect(pa[at]).not.toBe(pb[at]);
  });

  it('runPaired (for the app) gives the same summary, reports progress and can be cancelled', async () => {
    const seen: number[] = [];
    const got = await runPaired(plan, base, 7, RUNS, { onProgress: (p) => seen.push(p.done) });
    expect(got).toEqual(runPairedChunks(plan, base, 7, chunksOf(RUNS)));
    expect(seen).toEqual([1000, 2000, 3000]);
    const abort = new AbortController();
    const p = runPaired(plan, base, 7, RUNS, { signal: abort.signal, onProgress: () => abort.abort() });
    await expect(p).rejects.toBeInstanceOf(AbortError);
  });
});
