import { describe, expect, it } from 'vitest';
import { simulatePathReference } from '../../../src/model/reference.ts';
import { prepare, simulatePath } from '../../../src/model/simulate.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { chunkState, Rng } from '../../../src/stats/rng.ts';
import { loadScenario, planInputs, scenarioFiles } from '../../helpers.ts';

const extreme = planInputs({
  levers: {
    ...planInputs().levers,
    land: 0,
    factory_space: 30,
    fund: 50,
    fund_chips: 100,
    fund_terminals: 0,
    fund_sensors: 0,
    fund_applications: 0,
    attraction: 20,
    talent: 10,
    cultivation: 10,
  },
});

describe('the fast kernel gives the same numbers as the readable model', () => {
  const cases = [
    ...scenarioFiles().map((f) => [f, toInputs(loadScenario(f))] as const),
    ['extreme levers', extreme] as const,
    [
      'chip demand pinned (2021 +26.2 %, 2023 −8.2 %)',
      planInputs({ pinnedChipDemand: { 2021: 26.2, 2023: -8.2 } }),
    ] as const,
  ];
  it.each(cases)('%s: 300 paths, every series and year, to 1e-10 relative; counts exactly', (_, inputs) => {
    const p = prepare(inputs);
    const out = new Float64Array(p.pathLength);
    const a = new Rng(chunkState('ref', 1));
    const b = new Rng(chunkState('ref', 1));
    const mismatches: string[] = [];
    for (let path = 0; path < 300; path++) {
      simulatePath(p, a, out);
      const ref = simulatePathReference(inputs, b);
      p.pm.series.forEach((k, i) => {
        expect(ref[k]).toHaveLength(p.nYears);
        for (let t = 0; t < p.nYears; t++) {
          const x = out[i * p.nYears + t];
          const y = ref[k][t];
          const same = Number.isNaN(y)
            ? Number.isNaN(x)
            : Number.isInteger(y)
              ? x === y
              : Math.abs(x - y) <= 1e-10 * Math.max(1, Math.abs(y));
          if (!same) mismatches.push(`path ${path} ${k}[${t}]: kernel ${x}, readable ${y}`);
        }
      });
      // both consumed the same random numbers
      expect(a.state()).toEqual(b.state());
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
