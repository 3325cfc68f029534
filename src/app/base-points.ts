/**
 * A plan's base figures as the observed points of the fan charts: the base year's value of each indicator the plan
 * gives a base for. A base drawn within a range (not published) is no observation, and is not drawn.
 */
import type { Indicator } from '../model/indicators.ts';
import type { BaseFigureKey, Plan } from '../model/plan.ts';

const SHOWN: Partial<Record<BaseFigureKey, Indicator>> = {
  output: 'output',
  firms: 'firms',
  rd_institution_share: 'rd_institution_share',
  rd_intensity: 'rd_intensity',
  va_ratio: 'va_ratio',
};

export function basePoints(plan: Plan): Partial<Record<Indicator, { year: number; value: number }[]>> {
  const out: Partial<Record<Indicator, { year: number; value: number }[]>> = {};
  for (const [key, ind] of Object.entries(SHOWN) as [BaseFigureKey, Indicator][]) {
    const f = plan.base[key];
    if (f.range) continue;
    // two decimals: 197.15 / 2259.3 is 8.73 %, not 8.726154…
    out[ind] = [{ year: plan.baseYear, value: Math.round(f.value * 100) / 100 }];
  }
  return out;
}
