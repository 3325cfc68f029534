/**
 * A percentile band over the years: the mean and the 5th, 25th, 50th, 75th and 95th percentiles of one series,
 * null where a year has no value. The engine makes it from a summary; the charts draw it.
 */
export interface Band {
  mean: (number | null)[];
  p5: (number | null)[];
  p25: (number | null)[];
  p50: (number | null)[];
  p75: (number | null)[];
  p95: (number | null)[];
}
