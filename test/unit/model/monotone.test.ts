/**
 * On the same draws (common random numbers), raising a resource lever never lowers a path's output in any year,
 * except in the documented crowding cases (docs/MODEL.md §4.2): where land or factory space binds, more fund or more
 * attraction changes which sectors get the room (the fund leans to chips, attraction to terminals), so a path's output
 * can fall when the displaced sector's market then grows faster. The test names those cases and checks that every
 * fall it finds really is crowding: land or space was short in that path by then.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelInputs } from '../../../src/model/inputs.ts';
import type { LeverKey } from '../../../src/model/parameters.ts';
import { createTrace, prepare, simulatePath, type Trace } from '../../../src/model/simulate.ts';
import { chunkState, Rng } from '../../../src/stats/rng.ts';
import { planInputs, PM, SERIES_INDEX } from '../../helpers.ts';

const LEVERS = PM.levers;
const SERIES = PM.series;

const RESOURCE_LEVERS = [
  'land',
  'factory_space',
  'fund',
  'attraction',
  'talent',
  'rd_incentive',
  'cultivation',
] as const satisfies readonly LeverKey[];
/** the documented crowding cases (§4.2): the only levers allowed to lower a path's output, and only through crowding */
const CROWDING: readonly LeverKey[] = ['fund', 'attraction'];

function path(inputs: ModelInputs, seed: number, trace: Trace | null = null): Float64Array {
  const p = prepare(inputs);
  const out = new Float64Array(p.pathLength);
  simulatePath(p, new Rng(chunkState(seed, 0)), out, trace);
  return out;
}

const levers = fc.record(
  Object.fromEntries(
    RESOURCE_LEVERS.map((k) => [k, fc.integer({ min: 0, max: 100 }).map((x) => (LEVERS[k].max * x) / 100)]),
  ) as Record<(typeof RESOURCE_LEVERS)[number], fc.Arbitrary<number>>,
);

describe('more of a resource never lowers a path (same draws)', () => {
  it.each(RESOURCE_LEVERS.filter((k) => !CROWDING.includes(k)))(
    'raising %s never lowers output in any year of any path',
    (key) => {
      fc.assert(
        fc.property(
          levers,
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 1, max: 100 }),
          fc.integer({ min: 0, max: 1e6 }),
          (base, from, step, seed) => {
            const lo = (LEVERS[key].max * from) / 100;
            const hi = Math.min(LEVERS[key].max, lo + (LEVERS[key].max * step) / 100);
            const a = planInputs({ levers: { ...planInputs().levers, ...base, [key]: lo } });
            const b = planInputs({ levers: { ...planInputs().levers, ...base, [key]: hi } });
            const pa = path(a, seed);
            const pb = path(b, seed);
            const T = pa.length / SERIES.length;
            for (let t = 0; t < T; t++) {
              const ya = pa[SERIES_INDEX.output * T + t];
              const yb = pb[SERIES_INDEX.output * T + t];
              if (yb < ya * (1 - 1e-12)) return false;
            }
            return true;
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it.each(CROWDING)(
    "raising %s lowers a path's output only where land or space is short by then (crowding, §4.2)",
    (key) => {
      let lowered = 0;
      fc.assert(
        fc.property(
          levers,
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 1, max: 100 }),
          fc.integer({ min: 0, max: 1e6 }),
          (base, from, step, seed) => {
            const lo = (LEVERS[key].max * from) / 100;
            const hi = Math.min(LEVERS[key].max, lo + (LEVERS[key].max * step) / 100);
            const a = planInputs({ levers: { ...planInputs().levers, ...base, [key]: lo } });
            const b = planInputs({ levers: { ...planInputs().levers, ...base, [key]: hi } });
            const pa = path(a, seed);
            const trace = createTrace(pa.length / SERIES.length, PM.sectors.length);
            const pb = path(b, seed, trace);
            const T = pa.length / SERIES.length;
            let short = false;
            for (let t = 1; t < T; t++) {
              short ||= trace.landQueue[t] > 0 || trace.spaceQueue[t] > 0;
              const ya = pa[SERIES_INDEX.output * T + t];
              const yb = pb[SERIES_INDEX.output * T + t];
              if (yb < ya * (1 - 1e-12)) {
                lowered++;
                if (!short) return false;
              }
            }
            return true;
          },
        ),
        { numRuns: 200 },
      );
      // the case is real, so the documentation is needed
      expect(lowered).toBeGreaterThan(0);
    },
  );
});
