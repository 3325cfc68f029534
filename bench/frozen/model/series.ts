/**
 * The layout of one simulated path: the series a path writes, in order. The kernel writes them, the statistics bin
 * them, the engine and the charts read them by index.
 */
import { INDICATORS } from './indicators.ts';

/** Per-sector output and value added (亿元), in SECTORS order. */
export const SECTOR_OUTPUT_SERIES = [
  'output_chips',
  'output_terminals',
  'output_sensors',
  'output_applications',
] as const;
export const SECTOR_VA_SERIES = ['va_chips', 'va_terminals', 'va_sensors', 'va_applications'] as const;

/**
 * Series a path writes: the plan's ten indicators, then auxiliary series: the zone's value added, each sector's
 * output and value added, and the terminals' share of output (%).
 */
export const SERIES = [
  ...INDICATORS,
  'value_added',
  ...SECTOR_OUTPUT_SERIES,
  ...SECTOR_VA_SERIES,
  'terminals_share',
] as const;
export type Series = (typeof SERIES)[number];
export const SERIES_INDEX = Object.fromEntries(SERIES.map((k, i) => [k, i])) as Record<Series, number>;
