/**
 * Attribution as a stacked bar chart by year: each group's part of the gain over the baseline is a segment; parts
 * above zero stack upward from the zero line, parts below zero stack downward from it, so a group that lowers the
 * indicator is drawn below the axis, and the total (the sum of all parts) is marked on each bar. Pure and DOM-free.
 */
import { scaleBand } from 'd3-scale';
import { scaleLinear } from './scale.ts';

export interface AttributionSeries {
  key: string;
  color: string;
  /** one value per year (NaN or null: no part that year) */
  values: (number | null)[];
}

export interface AttributionSpec {
  years: number[];
  total: (number | null)[];
  series: AttributionSeries[];
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
}

export interface AttributionSegment {
  key: string;
  year: number;
  value: number;
  color: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AttributionLayout {
  width: number;
  height: number;
  zeroY: number;
  plot: { left: number; right: number; top: number; bottom: number };
  segments: AttributionSegment[];
  totals: { year: number; value: number; x: number; y: number; width: number }[];
  yTicks: { value: number; y: number }[];
  yStep: number;
  xTicks: { year: number; x: number }[];
  domain: [number, number];
}

const ok = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

export function attributionLayout(spec: AttributionSpec): AttributionLayout {
  const m = spec.margin ?? { top: 10, right: 10, bottom: 24, left: 52 };
  const plot = { left: m.left, right: spec.width - m.right, top: m.top, bottom: spec.height - m.bottom };
  // the stack's extent each year: sum of the positive parts above zero, of the negative ones below
  let lo = 0;
  let hi = 0;
  spec.years.forEach((_, i) => {
    let up = 0;
    let down = 0;
    for (const s of spec.series) {
      const v = s.values[i];
      if (!ok(v)) continue;
      if (v >= 0) up += v;
      else down += v;
    }
    const t = spec.total[i];
    hi = Math.max(hi, up, ok(t) ? t : 0);
    lo = Math.min(lo, down, ok(t) ? t : 0);
  });
  if (hi === lo) hi = lo + 1;
  const y = scaleLinear().domain([lo, hi]).range([plot.bottom, plot.top]).nice(5);
  const x = scaleBand<number>()
    .domain(spec.years)
    .range([plot.left, plot.right])
    .paddingInner(spec.years.length > 12 ? 0.15 : 0.3)
    .paddingOuter(0.1);
  const bw = x.bandwidth();
  const segments: AttributionSegment[] = [];
  spec.years.forEach((year, i) => {
    let up = 0;
    let down = 0;
    for (const s of spec.series) {
      const v = s.values[i];
      if (!ok(v) || v === 0) continue;
      const from = v > 0 ? up : down;
      const to = from + v;
      if (v > 0) up = to;
      else down = to;
      const y0 = y(from);
      const y1 = y(to);
      segments.push({
        key: s.key,
        year,
        value: v,
        color: s.color,
        x: x(year) ?? 0,
        y: Math.min(y0, y1),
        width: bw,
        height: Math.abs(y1 - y0),
      });
    }
  });
  const ticks = y.ticks(5);
  return {
    width: spec.width,
    height: spec.height,
    zeroY: y(0),
    plot,
    segments,
    totals: spec.years.flatMap((year, i) => {
      const t = spec.total[i];
      return ok(t) ? [{ year, value: t, x: x(year) ?? 0, y: y(t), width: bw }] : [];
    }),
    yTicks: ticks.map((value) => ({ value, y: y(value) })),
    yStep: ticks.length > 1 ? ticks[1] - ticks[0] : 1,
    xTicks: spec.years.map((year) => ({ year, x: (x(year) ?? 0) + bw / 2 })),
    domain: y.domain() as [number, number],
  };
}
