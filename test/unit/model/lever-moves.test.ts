/**
 * Keeps LEVER_MOVES true: at a fixed seed and 200 paths, each listed indicator's 2035 median moves between the
 * lever's minimum and maximum (the other levers at the plan's values), and each unlisted one does not.
 */
import { describe, expect, it } from 'vitest';
import { INDICATORS, type Indicator } from '../../../src/model/indicators.ts';
import { LEVER_MOVES, leverMoves } from '../../../src/model/lever-moves.ts';
import type { LeverKey } from '../../../src/model/parameters.ts';
import { prepare, simulatePath } from '../../../src/model/simulate.ts';
import { chunkState, Rng } from '../../../src/stats/rng.ts';
import { planInputs, PM, SERIES_INDEX } from '../../helpers.ts';

const RUNS = 200;
const SEED = 11;
/** relative change of a median below which it counts as not moving (rounding only) */
const TOL = 1e-6;

function medians2035(key: LeverKey, value: number): Record<Indicator, number> {
  const p = prepare(planInputs({ levers: { ...planInputs().levers, [key]: value } }));
  const rng = new Rng(chunkState(SEED, 0));
  const out = new Float64Array(p.pathLength);
  const vals = INDICATORS.map(() => new Float64Array(RUNS));
  for (let r = 0; r < RUNS; r++) {
    simulatePath(p, rng, out, null);
    INDICATORS.forEach((ind, i) => (vals[i][r] = out[SERIES_INDEX[ind] * p.nYears + p.nYears - 1]));
  }
  return Object.fromEntries(INDICATORS.map((ind, i) => [ind, vals[i].sort()[RUNS / 2]])) as Record<
    Indicator,
    number
  >;
}

describe('LEVER_MOVES lists exactly the indicators each lever moves', () => {
  it.each(PM.leverKeys)('%s', (key) => {
    const lo = medians2035(key, PM.levers[key].min);
    const hi = medians2035(key, PM.levers[key].max);
    const moved = INDICATORS.filter(
      (ind) => Math.abs(hi[ind] - lo[ind]) > TOL * (Math.abs(lo[ind]) + Math.abs(hi[ind])),
    );
    expect(moved).toEqual(INDICATORS.filter((ind) => LEVER_MOVES[key].includes(ind)));
    expect(leverMoves(PM, key)).toBe(LEVER_MOVES[key]);
  });
});
