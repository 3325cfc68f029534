/**
 * The layout of one simulated path: the series a path writes, in order. The kernel writes them, the statistics bin
 * them, the engine and the charts read them by index.
 */
import { INDICATORS } from './indicators.ts';

/** Series a path writes: the plan's ten indicators, then auxiliary series. */
export const SERIES = [...INDICATORS, 'value_added'] as const;
export type Series = (typeof SERIES)[number];
export const SERIES_INDEX = Object.fromEntries(SERIES.map((k, i) => [k, i])) as Record<Series, number>;
