/** The per-path uncertainties, in the order a path draws them (one uniform each: common random numbers). */
import { UNCERTAINTY_KEYS, UNCERTAINTIES, type UncertaintyKey } from './parameters.ts';

export const PATH_KEYS: readonly UncertaintyKey[] = UNCERTAINTY_KEYS.filter(
  (k) => UNCERTAINTIES[k].kind === 'path',
);
