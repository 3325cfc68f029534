/**
 * The tornado's geometry for one measure (P(meet) or the median): a shared horizontal scale around the scenario's
 * own value, and per row two bars from that value, one to the figure at the input's low end and one to the figure
 * at its high end. Rows keep the order they are given (the insight result sorts them by swing). Pure and DOM-free:
 * the component draws what this returns.
 */
import { scaleLinear } from './scale.ts';

export interface TornadoInputRow {
  key: string;
  /** the measure with the input at its low and its high end (null: not defined, e.g. a median of no runs) */
  low: number | null;
  high: number | null;
}

export interface TornadoBar {
  x: number;
  width: number;
  /** the value the bar ends at */
  value: number;
}

export interface TornadoRowLayout {
  key: string;
  lowBar: TornadoBar | null;
  highBar: TornadoBar | null;
  /** |high − low| */
  swing: number;
}

export interface TornadoLayout {
  width: number;
  /** x of the scenario's own value */
  baseX: number;
  domain: [number, number];
  ticks: { value: number; x: number }[];
  /** the tick step, for formatting */
  step: number;
  rows: TornadoRowLayout[];
}

export interface TornadoSpec {
  rows: TornadoInputRow[];
  base: number | null;
  width: number;
  /** fixed domain (P(meet): [0, 1]); otherwise the rows' and base's extent, padded */
  domain?: [number, number];
  /** left and right margin inside `width` */
  margin?: number;
  ticks?: number;
}

/** A row as the chart component shows it: labels and figures already in the interface language. */
export interface TornadoChartRow {
  key: string;
  label: string;
  /** "lever" or "assumption", in the interface language */
  kind: string;
  /** the input's low and high end with its unit, e.g. "0 → 2,000 亩/年" */
  range: string;
  pLow: number;
  pHigh: number;
  mLow: number | null;
  mHigh: number | null;
  /** the figures as text with units, e.g. "12% → 64%" */
  pText: string;
  mText: string;
}

const ok = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** A bar must stay visible: at least this wide (px) when its value differs from the base. */
export const MIN_BAR = 1;

export function tornadoLayout(spec: TornadoSpec): TornadoLayout {
  const margin = spec.margin ?? 8;
  const values = spec.rows.flatMap((r) => [r.low, r.high]).filter(ok);
  if (ok(spec.base)) values.push(spec.base);
  let domain: [number, number];
  if (spec.domain) domain = spec.domain;
  else if (values.length === 0) domain = [0, 1];
  else {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = hi > lo ? (hi - lo) * 0.05 : Math.abs(hi) * 0.05 || 1;
    domain = [lo - pad, hi + pad];
  }
  const x = scaleLinear()
    .domain(domain)
    .range([margin, Math.max(margin + 1, spec.width - margin)])
    .nice(spec.ticks ?? 4);
  const d = x.domain() as [number, number];
  const tickValues = x.ticks(spec.ticks ?? 4);
  const step = tickValues.length > 1 ? tickValues[1] - tickValues[0] : 1;
  const base = ok(spec.base) ? spec.base : d[0];
  const baseX = x(base);
  const bar = (v: number | null): TornadoBar | null => {
    if (!ok(v)) return null;
    const end = x(v);
    let left = Math.min(baseX, end);
    let width = Math.abs(end - baseX);
    if (v !== base && width < MIN_BAR) {
      width = MIN_BAR;
      if (end < baseX) left = baseX - MIN_BAR;
    }
    return { x: left, width, value: v };
  };
  return {
    width: spec.width,
    baseX,
    domain: d,
    ticks: tickValues.map((value) => ({ value, x: x(value) })),
    step,
    rows: spec.rows.map((r) => ({
      key: r.key,
      lowBar: bar(r.low),
      highBar: bar(r.high),
      swing: ok(r.low) && ok(r.high) ? Math.abs(r.high - r.low) : 0,
    })),
  };
}
