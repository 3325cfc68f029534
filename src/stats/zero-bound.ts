/**
 * The one-sided 95 % upper bound of a probability when none of `runs` runs met it: the rule of three, 3/n
 * (Hanley & Lippman-Hand, "If nothing goes wrong, is everything all right?", JAMA 1983), within 2 % of the exact
 * binomial bound 1 − 0.05^(1/n) from n = 100 up. The same bound, mirrored, applies when every run met it. The
 * screen (src/app/format.ts) and the CSV (src/engine/csv.ts) both show it in place of an estimate of 0 or 1.
 */
export function zeroUpperBound(runs: number): number {
  return Math.min(1, 3 / runs);
}
