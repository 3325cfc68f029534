/**
 * The layout of one simulated path: the series a path writes, in order (PlanModel.series, ./plan.ts): the ten
 * indicators, the zone's value added, each sector's output and value added (亿元, in the plan's sector order) and the
 * terminals' share of output (%, the sectors that follow world PC demand). The kernel writes them, the statistics bin
 * them, the engine and the charts read them by index. The indicators and value added come first, at fixed places.
 */
import { INDICATORS, type Indicator } from './indicators.ts';

export const INDICATOR_INDEX = Object.fromEntries(INDICATORS.map((k, i) => [k, i])) as Record<
  Indicator,
  number
>;
export const VALUE_ADDED_INDEX = INDICATORS.length;
/** Series count of a plan with `nSectors` sectors. */
export const seriesCount = (nSectors: number) => INDICATORS.length + 2 + 2 * nSectors;
/** Where sector i's output and value added, and the terminals' share, sit. */
export const sectorOutputIndex = (i: number) => INDICATORS.length + 1 + i;
export const sectorVaIndex = (nSectors: number, i: number) => INDICATORS.length + 1 + nSectors + i;
export const terminalsShareIndex = (nSectors: number) => INDICATORS.length + 1 + 2 * nSectors;
