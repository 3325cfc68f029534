/** fast-check generators of valid scenarios (any the UI or a file can make) and of worst cases for link length. */
import fc from 'fast-check';
import { INDICATORS } from '../../../src/model/indicators.ts';
import type { Dist, UncertaintyKey } from '../../../src/model/parameters.ts';
import { SCENARIO_FORMAT, type Scenario } from '../../../src/scenario/schema.ts';
import { PM } from '../../helpers.ts';

/** a number in [min, max] with at most 4 decimals */
export const dec4 = (min: number, max: number) =>
  fc.integer({ min: Math.ceil(min * 1e4), max: Math.floor(max * 1e4) }).map((i) => i / 1e4);

const dist = (key: UncertaintyKey): fc.Arbitrary<Dist> => {
  const u = PM.uncertainties[key];
  const v = dec4(u.min, u.max);
  if (u.kind === 'shock') {
    return fc.oneof(
      fc.record({ kind: fc.constant('normal' as const), mean: v, sd: dec4(0, u.sdMax ?? u.max - u.min) }),
      fc.record({ kind: fc.constant('fixed' as const), value: v }),
    );
  }
  return fc.oneof(
    fc.record({ kind: fc.constant('fixed' as const), value: v }),
    fc.tuple(v, v).map(([a, b]) => ({ kind: 'uniform' as const, lo: Math.min(a, b), hi: Math.max(a, b) })),
    fc.tuple(v, v, v).map((xs) => {
      const [lo, mode, hi] = xs.sort((a, b) => a - b);
      return { kind: 'triangular' as const, lo, mode, hi };
    }),
  );
};

const split = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map((cuts) => {
    const [a, b, c] = cuts.sort((x, y) => x - y);
    return [a, b - a, c - b, 100 - c];
  });

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    levers: fc.record(
      Object.fromEntries(
        PM.leverKeys
          .filter((k) => !PM.fundKeys.includes(k))
          .map((k) => [k, dec4(PM.levers[k].min, PM.levers[k].max)]),
      ),
    ),
    split,
    assumptions: fc.record(Object.fromEntries(PM.uncertaintyKeys.map((k) => [k, dist(k)])), {
      requiredKeys: [],
    }),
    startYear: fc.integer({ min: PM.minStartYear, max: PM.baseYear }),
    pinned: fc.dictionary(fc.integer({ min: PM.baseYear + 1, max: PM.endYear }).map(String), dec4(-60, 100), {
      maxKeys: PM.endYear - PM.baseYear,
    }),
    // the user's realised values (the ex-post check): any indicators, any finite value the format allows
    realised: fc.dictionary(fc.constantFrom(...INDICATORS), dec4(-1e6, 1e6), { maxKeys: INDICATORS.length }),
    seed: fc.oneof(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.string({ minLength: 1, maxLength: 64 })),
    runs: fc.integer({ min: 100, max: 10_000_000 }),
    nameZh: fc.string({ maxLength: 80, unit: 'grapheme' }),
    nameEn: fc.string({ maxLength: 80 }),
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/),
  })
  .map((r) => ({
    format: SCENARIO_FORMAT,
    id: r.id,
    name: { zh: r.nameZh.slice(0, 80), en: r.nameEn },
    description: { zh: '', en: '' },
    startYear: r.startYear,
    levers: {
      ...(r.levers as Record<string, number>),
      ...Object.fromEntries(PM.fundKeys.map((k, i) => [k, r.split[i]])),
    } as Scenario['levers'],
    assumptions: r.assumptions as Scenario['assumptions'],
    pinnedPcDemand: r.pinned,
    ...(Object.keys(r.realised).length ? { realised: r.realised } : {}),
    seed: r.seed,
    runs: r.runs,
  }));
