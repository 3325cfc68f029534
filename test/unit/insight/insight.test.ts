/**
 * The insight machinery on the same-thread runner at small run counts: the tornado complete and sorted, the
 * Shapley parts adding up to the total, goal seek's answer holding on a fresh seed, progress and cancelling.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noPolicyLevers, publicCostPerYear } from '../../../src/model/inputs.ts';
import { AbortError } from '../../../src/engine/runner.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import { leversSchemaOf } from '../../../src/scenario/schema.ts';
import { attribution, mixLevers, shapley } from '../../../src/insight/attribution.ts';
import { distinct, evaluateAll, metricsOf } from '../../../src/insight/evaluate.ts';
import { freshSeed, goalSeek } from '../../../src/insight/goal-seek.ts';
import { goalSeekByGrid, goalSeekGrid } from '../../../src/insight/goal-seek-grid.ts';
import { ATTRIBUTION_GROUPS, costlyLevers, withLever } from '../../../src/insight/levers.ts';
import { sensitivity, sensitivityDesign } from '../../../src/insight/sensitivity.ts';
import { oneValue, PLAN, planInputs, PM } from '../../helpers.ts';

const runner = new SameThreadRunner();
const inputs = planInputs();
const LEVER_KEYS = PM.leverKeys;
const LEVERS = PM.levers;
const UNCERTAINTY_KEYS = PM.uncertaintyKeys;
const SHARE_LEVERS = PM.fundKeys;
const COSTLY_LEVERS = costlyLevers(PM);
const LeversSchema = leversSchemaOf(PLAN);
const NO_POLICY = noPolicyLevers(PM);

describe('lever packages', () => {
  it('moving a fund share keeps the shares at 100 % and every package valid', () => {
    for (const k of SHARE_LEVERS) {
      for (const v of [LEVERS[k].min, 33.3333, LEVERS[k].max]) {
        const l = withLever(PM, inputs.levers, k, v);
        expect(l[k]).toBe(v);
        expect(SHARE_LEVERS.reduce((a, s) => a + oneValue(l[s]), 0)).toBeCloseTo(100, 9);
        expect(LeversSchema.safeParse(l).success).toBe(true);
      }
    }
  });

  it('every design point is a valid lever package', () => {
    for (const p of sensitivityDesign(inputs))
      expect(LeversSchema.safeParse(p.inputs.levers).success).toBe(true);
  });
});

describe('sensitivity', () => {
  it('has one row for every lever and every assumption, sorted by |pMeetHigh − pMeetLow|, the base a plain run', async () => {
    const r = await sensitivity(runner, inputs, 'output', { seed: 3, runs: 300 });
    expect(r.year).toBe(PM.targetYear);
    expect(r.rows.map((x) => x.input).sort()).toEqual([...LEVER_KEYS, ...UNCERTAINTY_KEYS].sort());
    expect(r.rows.filter((x) => x.kind === 'lever')).toHaveLength(LEVER_KEYS.length);
    const swings = r.rows.map((x) => Math.abs(x.pMeetHigh - x.pMeetLow));
    for (let i = 1; i < swings.length; i++) expect(swings[i]).toBeLessThanOrEqual(swings[i - 1]);
    expect(swings[0]).toBeGreaterThan(0);
    for (const row of r.rows.filter((x) => x.kind === 'lever')) {
      expect(row.low).toBe(LEVERS[row.input as keyof typeof LEVERS].min);
      expect(row.high).toBe(LEVERS[row.input as keyof typeof LEVERS].max);
    }
    const [plain] = await evaluateAll(runner, [inputs], { seed: 3, runs: 300 });
    expect(r.base).toEqual({
      pMeet: metricsOf(plain, inputs, 'output').pMeet,
      p50: metricsOf(plain, inputs, 'output').p50,
    });
  }, 60_000);

  it('reports progress up to the total, and a cancelled request rejects with AbortError', async () => {
    const seen: number[] = [];
    let total = 0;
    const abort = new AbortController();
    const p = sensitivity(
      runner,
      inputs,
      'firms',
      { seed: 1, runs: 100 },
      {
        signal: abort.signal,
        onProgress: (x) => {
          seen.push(x.done);
          total = x.total;
          if (x.done >= 500) abort.abort();
        },
      },
    );
    await expect(p).rejects.toBeInstanceOf(AbortError);
    // the design's distinct points: an assumption already fixed, pinned at its own value, is the scenario itself
    const design = sensitivityDesign(inputs);
    const unique = distinct(design.map((d) => d.inputs)).unique.length;
    expect(unique).toBeLessThan(design.length);
    expect(total).toBe(unique * 100);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
    expect(seen[seen.length - 1]).toBeLessThan(total);
  });
});

describe('attribution', () => {
  it('exact Shapley values add up to the total for any coalition values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 64, maxLength: 64 }),
        (v) => {
          const value = v.map((x) => [x, x * 2]);
          const phi = shapley(6, value);
          for (const y of [0, 1]) {
            const sum = phi.reduce((a, p) => a + p[y], 0);
            expect(sum).toBeCloseTo(value[63][y] - value[0][y], 6);
          }
        },
      ),
    );
    // an additive game: each player gets exactly its own part
    const parts = [1, 2, 3, 4, 5, 6];
    const additive = Array.from({ length: 64 }, (_, m) => [
      parts.reduce((a, p, i) => a + (m & (1 << i) ? p : 0), 0),
    ]);
    expect(shapley(6, additive).map((p) => p[0])).toEqual(parts.map((p) => expect.closeTo(p, 12)));
  });

  it('the parts add up to scenario − baseline each year, exactly to rounding', async () => {
    const r = await attribution(runner, inputs, NO_POLICY, 'output', { seed: 5, runs: 200 });
    expect(Object.keys(r.contributions)).toEqual([...ATTRIBUTION_GROUPS]);
    expect(r.years[0]).toBe(inputs.startYear);
    r.years.forEach((_, y) => {
      const sum = ATTRIBUTION_GROUPS.reduce((a, g) => a + r.contributions[g][y], 0);
      expect(Math.abs(sum - r.total[y])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r.total[y])));
    });
    const y2025 = PM.targetYear - inputs.startYear;
    expect(r.total[y2025]).toBeGreaterThan(0); // the plan adds output over no new policy
    expect(mixLevers(PM, inputs.levers, NO_POLICY, 0)).toEqual(NO_POLICY);
    expect(mixLevers(PM, inputs.levers, NO_POLICY, 63)).toEqual(inputs.levers);
  }, 60_000);
});

describe('goal seek', () => {
  it('finds a package that reaches P; re-simulated on another fresh seed it meets its claim within 3 SE', async () => {
    const run = { seed: 11, runs: 1000 };
    const r = await goalSeek(runner, inputs, 'output', 0.8, run);
    expect(r.feasible).toBe(true);
    expect(Object.keys(r.levers)).toEqual([...LEVER_KEYS]);
    for (const k of LEVER_KEYS) {
      expect(oneValue(r.levers[k])).toBeGreaterThanOrEqual(LEVERS[k].min);
      expect(oneValue(r.levers[k])).toBeLessThanOrEqual(LEVERS[k].max);
    }
    expect(LeversSchema.safeParse(r.levers).success).toBe(true);
    expect(r.costPerYear).toBeCloseTo(publicCostPerYear(PM, r.levers), 6);
    expect(r.searchPMeet).toBeGreaterThanOrEqual(0.8);
    expect(r.verifiedSeed).toBe(freshSeed(11));
    const again = freshSeed(11, 2);
    const [s] = await evaluateAll(runner, [{ ...inputs, levers: r.levers }], { seed: again, runs: 1000 });
    const m = metricsOf(s, { ...inputs, levers: r.levers }, 'output');
    expect(Math.abs(m.pMeet - r.pMeet)).toBeLessThanOrEqual(3 * Math.hypot(m.pMeetSE, r.pMeetSE));
  }, 120_000);

  it('says when a target is unreachable, with the best P at maximum levers and the distance', async () => {
    // a world where PC demand falls 60 % a year from 2021 to 2025: no package reaches 3,500 亿元 of output
    const collapse = { ...inputs, pinnedPcDemand: { 2021: -60, 2022: -60, 2023: -60, 2024: -60, 2025: -60 } };
    const r = await goalSeek(runner, collapse, 'output', 0.8, { seed: 2, runs: 200 });
    expect(r.target).toBe(PM.indicators.output.target!.value);
    expect(r.feasible).toBe(false);
    for (const k of LEVER_KEYS) if (LEVERS[k].cost > 0) expect(r.levers[k]).toBe(LEVERS[k].max);
    expect(r.distance).toBeCloseTo(0.8 - r.pMeet, 12);
    expect(r.distance).toBeGreaterThan(0);
  }, 60_000);

  it('goal seek and attribution stop when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(
      goalSeek(runner, inputs, 'output', 0.8, { seed: 1, runs: 100 }, { signal: abort.signal }),
    ).rejects.toBeInstanceOf(AbortError);
    await expect(
      attribution(runner, inputs, NO_POLICY, 'output', { seed: 1, runs: 100 }, { signal: abort.signal }),
    ).rejects.toBeInstanceOf(AbortError);
  });

  it('the grid design: L^m packages from every costly lever at its minimum to all at their maximum', async () => {
    const grid = goalSeekGrid(inputs, 3);
    expect(grid).toHaveLength(3 ** COSTLY_LEVERS.length);
    for (const k of COSTLY_LEVERS) {
      expect(grid[0][k]).toBe(LEVERS[k].min);
      expect(grid[grid.length - 1][k]).toBe(LEVERS[k].max);
    }
    for (const l of grid) expect(LeversSchema.safeParse(l).success).toBe(true);
    expect(new Set(grid.map((l) => JSON.stringify(l))).size).toBe(grid.length);
    const r = await goalSeekByGrid(runner, inputs, 'output', 0.5, 2, { seed: 3, runs: 200 });
    expect(r.feasible).toBe(true);
    expect(r.searchPMeet).toBeGreaterThanOrEqual(0.5);
    // no cheaper grid point reaches the target on the search seed
    const all = await evaluateAll(
      runner,
      goalSeekGrid(inputs, 2).map((levers) => ({ ...inputs, levers })),
      { seed: 3, runs: 200 },
    );
    goalSeekGrid(inputs, 2).forEach((l, i) => {
      if (publicCostPerYear(PM, l) < r.costPerYear - 1e-9)
        expect(metricsOf(all[i], { ...inputs, levers: l }, 'output').pMeet).toBeLessThan(0.5);
    });
  }, 60_000);
});
