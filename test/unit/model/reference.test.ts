import { describe, expect, it } from 'vitest';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { kernelVersusReference, loadScenario, planInputs, scenarioFiles } from '../../helpers.ts';

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
    const r = kernelVersusReference(inputs, 300, 'ref');
    expect(r.mismatches).toEqual([]);
    expect(r.sameDraws).toBe(true); // both consumed the same random numbers
  });
});
