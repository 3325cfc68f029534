/** What the model needs from randomness; src/stats/rng.ts provides it. */
export interface RandomSource {
  /** uniform on [0, 1) */
  uniform(): number;
  /** standard normal */
  normal(): number;
  /** Poisson count with mean lambda, from exactly one uniform */
  poisson(lambda: number): number;
}
