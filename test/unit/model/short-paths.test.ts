/**
 * Paths stopped early (`prepare(inputs, endYear, { keepStream: true })`, for the insight tools, issue 22 item 4):
 * every year they keep is the whole path's, bit for bit, and the generator is left where a whole path leaves it, so
 * the paths after them are the same too. This is what lets the tools stop at the target year without changing a
 * number; it fails as soon as the year loop draws a random number that `skipYears` does not.
 */
import { describe, expect, it } from 'vitest';
import type { ModelInputs } from '../../../src/model/inputs.ts';
import { planModel } from '../../../src/model/plan.ts';
import { prepare, simulatePath } from '../../../src/model/simulate.ts';
import { bundledPlan } from '../../../src/scenario/plans.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { chunkState, Rng } from '../../../src/stats/rng.ts';
import { loadScenario, planInputs } from '../../helpers.ts';

const PATHS = 61; // 30 antithetic pairs and an unpaired path

/** `PATHS` paths of chunk 3 drawn as the engine draws them, each cut to its first `keep` years of every series */
function paths(inputs: ModelInputs, endYear?: number, keepStream = false): number[][] {
  const p = prepare(inputs, endYear, { keepStream });
  const T = p.nYears;
  const out = new Float64Array(p.pathLength);
  const rng = new Rng(chunkState(7, 3));
  const result: number[][] = [];
  for (let r = 0; r < PATHS; r++) {
    rng.beginPath(r);
    simulatePath(p, rng, out);
    result.push(Array.from(out));
  }
  // the state after the last path: where the next path would start
  const s = rng.state();
  result.push([s.x, s.y, s.z, s.w, T]);
  return result;
}

/** the first `keep` years of each series of a path laid out [series × nYears + year] */
const cut = (path: number[], nYears: number, keep: number) =>
  path.flatMap((_, i) => (i % nYears < keep ? [path[i]] : []));

const CASES: [string, ModelInputs][] = [
  ['the 2021–2025 plan', planInputs()],
  ['the 2021–2025 plan, PC demand pinned', planInputs({ pinnedPcDemand: { 2021: 10, 2023: -5, 2030: 3 } })],
  ['the back-cast from 2016', toInputs(loadScenario('backcast-2016.json'))],
  ['the 2026–2030 plan (its base drawn per path)', planInputs({}, bundledPlan('cq-ngit-2026-2030')!)],
];

describe('a path stopped early leaves the stream where a whole path would', () => {
  for (const [name, inputs] of CASES) {
    it(name, () => {
      const pm = planModel(inputs.plan);
      const whole = paths(inputs);
      const nYears = pm.endYear - inputs.startYear + 1;
      for (const end of [inputs.startYear, pm.targetYear, pm.endYear - 1, pm.endYear]) {
        const keep = end - inputs.startYear + 1;
        const short = paths(inputs, end, true);
        expect(short.at(-1)!.slice(0, 4), `generator state after ${PATHS} paths to ${end}`).toEqual(
          whole.at(-1)!.slice(0, 4),
        );
        for (let r = 0; r < PATHS; r++) {
          expect(short[r], `path ${r} to ${end}`).toEqual(cut(whole[r], nYears, keep));
        }
      }
      // without keepStream the stream stops with the path: the state differs (the check above can fail)
      const stopped = paths(inputs, pm.targetYear, false);
      expect(stopped.at(-1)!.slice(0, 4)).not.toEqual(whole.at(-1)!.slice(0, 4));
    });
  }
});
