/** How likely a target is, in three words, with fixed thresholds the scorecard's legend states. */
export type Verdict = 'likely' | 'uncertain' | 'unlikely';

export const LIKELY_FROM = 0.66;
export const UNLIKELY_BELOW = 0.33;

export function classify(p: number): Verdict {
  if (p >= LIKELY_FROM) return 'likely';
  if (p < UNLIKELY_BELOW) return 'unlikely';
  return 'uncertain';
}

/** Growth a year needed to go from `base` to `target` in `years` years, in %. */
export function impliedCagr(base: number, target: number, years: number): number {
  return ((target / base) ** (1 / years) - 1) * 100;
}

/** Where `base` ends after `years` years at `rate` % a year. */
export function compound(base: number, rate: number, years: number): number {
  return base * (1 + rate / 100) ** years;
}
