/**
 * A plan's base figures as the points of the fan charts: the base year's value of each indicator the plan gives a
 * base for. A published (or user's) figure is an observed point; a figure not published is drawn within a range by
 * the model, and is shown as an estimated point with that range, never as an observation.
 */
import type { Indicator } from '../model/indicators.ts';
import type { BaseFigureKey, Plan } from '../model/plan.ts';
import type { HistoryPoint } from '../charts/fan-layout.ts';

const SHOWN: Partial<Record<BaseFigureKey, Indicator>> = {
  output: 'output',
  firms: 'firms',
  rd_institution_share: 'rd_institution_share',
  rd_intensity: 'rd_intensity',
  va_ratio: 'va_ratio',
};

// two decimals: 197.15 / 2259.3 is 8.73 %, not 8.726154…
const round2 = (x: number) => Math.round(x * 100) / 100;

export function basePoints(plan: Plan): Partial<Record<Indicator, HistoryPoint[]>> {
  const out: Partial<Record<Indicator, HistoryPoint[]>> = {};
  for (const [key, ind] of Object.entries(SHOWN) as [BaseFigureKey, Indicator][]) {
    const f = plan.base[key];
    const point: HistoryPoint = { year: plan.baseYear, value: round2(f.value) };
    if (f.range) point.range = { lo: round2(f.range.lo), hi: round2(f.range.hi) };
    out[ind] = [point];
  }
  return out;
}
