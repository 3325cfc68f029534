/**
 * What a newcomer would write for randomness: seedrandom's default generator (ARC4), Box–Muller normals and
 * Knuth's multiplicative Poisson — each a closure call per number. The benchmark's baseline only.
 */
import seedrandom from 'seedrandom';
import type { RandomSource } from '../src/model/random-source.ts';

export function newcomerRandom(seed: string): RandomSource {
  const next = seedrandom(seed);
  return {
    uniform: () => next(),
    normal: () => {
      const u1 = 1 - next();
      const u2 = next();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    poisson: (lambda: number) => {
      if (!(lambda > 0)) return 0;
      if (lambda > 30)
        return Math.max(
          0,
          Math.round(
            lambda +
              Math.sqrt(lambda) * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
          ),
        );
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
}
