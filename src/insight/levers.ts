/**
 * Lever packages for the insight tools, derived from the plan's lever table so that a new sector or lever is picked
 * up: moving one lever, the fund's sector shares that must add up to 100 %, the levers that cost public money, and
 * the six groups attribution splits the gain over. The tools move a lever to one value for every period of the plan
 * (a package whose levers vary by period keeps the other levers' periods as they are).
 */
import type { LeverKey } from '../model/parameters.ts';
import { leverIn, type LeverPackage, type PlanModel } from '../model/plan.ts';

const SHARE_TOTAL = 100;

/** 4 decimals, as the scenario schema allows (src/scenario/schema.ts). */
export const round4 = (x: number): number => {
  const r = Number(x.toFixed(4));
  return r === 0 ? 0 : r;
};

/** A lever's value where one number is needed: the first period's (the insight tools set one value for all). */
export const valueOf = (v: LeverPackage[LeverKey]): number => leverIn(v, 0);

/**
 * `levers` with `key` set to `value` (in every period). For a share lever the other shares are rescaled in
 * proportion (evenly if they are all zero) so the shares still add up to 100 % in every period; every value is
 * rounded to 4 decimals and the rounding remainder goes to the largest other share.
 */
export function withLever(pm: PlanModel, levers: LeverPackage, key: LeverKey, value: number): LeverPackage {
  const out: LeverPackage = { ...levers, [key]: round4(value) };
  const shares = pm.fundKeys;
  if (!shares.includes(key)) return out;
  const others = shares.filter((k) => k !== key);
  const periods = others.some((k) => typeof levers[k] !== 'number') ? pm.plan.periods.length : 1;
  const rest = SHARE_TOTAL - round4(value);
  const byPeriod = Array.from({ length: periods }, (_, p) => {
    const v = {} as Record<LeverKey, number>;
    const sum = others.reduce((a, k) => a + leverIn(levers[k], p), 0);
    for (const k of others)
      v[k] = round4(sum > 0 ? (leverIn(levers[k], p) / sum) * rest : rest / others.length);
    const remainder = round4(
      SHARE_TOTAL - shares.reduce((a, k) => a + (k === key ? round4(value) : v[k]), 0),
    );
    if (remainder !== 0) {
      const largest = others.reduce((a, k) => (v[k] > v[a] ? k : a), others[0]);
      v[largest] = round4(v[largest] + remainder);
    }
    return v;
  });
  for (const k of others) out[k] = periods === 1 ? byPeriod[0][k] : byPeriod.map((v) => v[k]);
  return out;
}

/** Levers that cost public money (cost > 0 in the plan's table): the ones goal seek trades off. */
export const costlyLevers = (pm: PlanModel): LeverKey[] => pm.leverKeys.filter((k) => pm.levers[k].cost > 0);

export const ATTRIBUTION_GROUPS = [
  'land_space',
  'fund',
  'talent',
  'rd',
  'attraction',
  'cultivation',
] as const;
export type AttributionGroup = (typeof ATTRIBUTION_GROUPS)[number];

const CORE_GROUP: Record<string, AttributionGroup> = {
  land: 'land_space',
  factory_space: 'land_space',
  fund: 'fund',
  talent: 'talent',
  rd_incentive: 'rd',
  attraction: 'attraction',
  cultivation: 'cultivation',
};

/** Which group a lever belongs to: the fund's sector shares go with the fund. */
export function attributionGroupOf(pm: PlanModel, k: LeverKey): AttributionGroup {
  if (pm.fundKeys.includes(k)) return 'fund';
  const g = CORE_GROUP[k];
  if (!g) throw new Error(`attribution: lever ${k} belongs to no group`);
  return g;
}
