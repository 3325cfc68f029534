/**
 * The one-sided 95 % upper bound of a probability when none of `runs` runs met it: the rule of three, 3/m
 * (Hanley & Lippman-Hand, "If nothing goes wrong, is everything all right?", JAMA 1983), over the m = ⌈runs / 2⌉
 * independent draws — the runs come in antithetic pairs (src/engine/chunks.ts), and the two runs of a pair are not
 * independent. A pair with no run meeting the target has chance 1 − q, where q ≥ p (the chance of a run) is that
 * of either run of the pair meeting it, so q < 3/m bounds p too: about 6/runs, within 4 % of the exact binomial
 * bound 1 − 0.05^(1/m) from 100 runs up. The same bound, mirrored, applies when every run met it. The screen
 * (src/app/format.ts) and the CSV (src/engine/csv.ts) both show it in place of an estimate of 0 or 1.
 */
export function zeroUpperBound(runs: number): number {
  return Math.min(1, 3 / Math.ceil(runs / 2));
}
