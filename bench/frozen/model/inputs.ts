/**
 * What one simulation needs: the start year, the levers, a distribution for every uncertainty and, optionally, a
 * pinned path for world PC demand. Plain data; the scenario layer validates it before it gets here.
 */
import { END_YEAR } from './indicators.ts';
import {
  LEVERS,
  LEVER_KEYS,
  UNCERTAINTIES,
  UNCERTAINTY_KEYS,
  type Dist,
  type Levers,
  type UncertaintyKey,
} from './parameters.ts';

export interface ModelInputs {
  /** 2020 (the plan's base, default) or an earlier year for back-casting checks */
  startYear: number;
  levers: Levers;
  uncertainties: Record<UncertaintyKey, Dist>;
  /** world PC shipment growth in % by calendar year; years absent are sampled */
  pinnedPcDemand: Record<number, number>;
}

/** The years reported: the start year (the base) to 2035. */
export function yearsOf(startYear: number): number[] {
  const years: number[] = [];
  for (let y = startYear; y <= END_YEAR; y++) years.push(y);
  return years;
}

export function defaultLevers(): Levers {
  return Object.fromEntries(LEVER_KEYS.map((k) => [k, LEVERS[k].default])) as Levers;
}

export function noPolicyLevers(): Levers {
  return Object.fromEntries(LEVER_KEYS.map((k) => [k, LEVERS[k].noPolicy])) as Levers;
}

export function defaultUncertainties(): Record<UncertaintyKey, Dist> {
  return Object.fromEntries(UNCERTAINTY_KEYS.map((k) => [k, { ...UNCERTAINTIES[k].default }])) as Record<
    UncertaintyKey,
    Dist
  >;
}

export function defaultInputs(overrides: Partial<ModelInputs> = {}): ModelInputs {
  return {
    startYear: 2020,
    levers: defaultLevers(),
    uncertainties: defaultUncertainties(),
    pinnedPcDemand: {},
    ...overrides,
  };
}

/** Public money a year committed by a lever package, 亿元. */
export function publicCostPerYear(levers: Levers): number {
  let cost = 0;
  for (const k of LEVER_KEYS) cost += levers[k] * LEVERS[k].cost;
  return cost;
}
