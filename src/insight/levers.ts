/**
 * Lever packages for the insight tools, derived from the parameter table so that a new or renamed lever is picked
 * up (or flagged by the type checker): moving one lever, the fund's sector shares that must add up to 100 %, the
 * levers that cost public money, and the six groups attribution splits the gain over.
 */
import { FUND_SPLIT, LEVER_KEYS, LEVERS, type LeverKey, type Levers } from '../model/parameters.ts';

/** The fund's sector shares (%, adding up to 100): moving one rescales the others. */
export const SHARE_LEVERS: readonly LeverKey[] = Object.values(FUND_SPLIT);
const SHARE_TOTAL = 100;

/** 4 decimals, as the scenario schema allows (src/scenario/schema.ts). */
export const round4 = (x: number): number => {
  const r = Number(x.toFixed(4));
  return r === 0 ? 0 : r;
};

/**
 * `levers` with `key` set to `value`. For a share lever the other shares are rescaled in proportion (evenly if they
 * are all zero) so the shares still add up to 100 %; every value is rounded to 4 decimals and the rounding remainder
 * goes to the largest other share.
 */
export function withLever(levers: Levers, key: LeverKey, value: number): Levers {
  const out = { ...levers, [key]: round4(value) };
  if (!SHARE_LEVERS.includes(key)) return out;
  const others = SHARE_LEVERS.filter((k) => k !== key);
  const rest = SHARE_TOTAL - out[key];
  const sum = others.reduce((a, k) => a + levers[k], 0);
  for (const k of others) out[k] = round4(sum > 0 ? (levers[k] / sum) * rest : rest / others.length);
  const remainder = round4(SHARE_TOTAL - SHARE_LEVERS.reduce((a, k) => a + out[k], 0));
  if (remainder !== 0) {
    const largest = others.reduce((a, k) => (out[k] > out[a] ? k : a), others[0]);
    out[largest] = round4(out[largest] + remainder);
  }
  return out;
}

/** Levers that cost public money (cost > 0 in the table): the ones goal seek trades off. */
export const COSTLY_LEVERS: readonly LeverKey[] = LEVER_KEYS.filter((k) => LEVERS[k].cost > 0);

export const ATTRIBUTION_GROUPS = [
  'land_space',
  'fund',
  'talent',
  'rd',
  'attraction',
  'cultivation',
] as const;
export type AttributionGroup = (typeof ATTRIBUTION_GROUPS)[number];

/** Which group each lever belongs to; a `Record` over every lever, so a new lever fails the type check here. */
export const LEVER_GROUP: Record<LeverKey, AttributionGroup> = {
  land: 'land_space',
  factory_space: 'land_space',
  fund: 'fund',
  fund_chips: 'fund',
  fund_terminals: 'fund',
  fund_sensors: 'fund',
  fund_applications: 'fund',
  talent: 'talent',
  rd_incentive: 'rd',
  attraction: 'attraction',
  cultivation: 'cultivation',
};
