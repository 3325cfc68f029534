/**
 * Fan chart geometry: scales, band and median paths, target marker, ticks and per-year hover data, computed
 * from a percentile band. Pure and DOM-free; FanChart.svelte only draws what this returns.
 */
import { scaleLinear } from './scale.ts';
import { areaPath, linePath } from './path.ts';
import type { Band } from '../stats/band.ts';
import type { Lang } from '../i18n/messages.ts';
import { formatTick } from './format.ts';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * A figure drawn as a point beside the fan: observed (the plan's published base), or estimated (not published: the
 * model draws it within `range`, shown as a whisker).
 */
export interface HistoryPoint {
  year: number;
  value: number;
  range?: { lo: number; hi: number };
}

/** Which kinds of point these are: observed ones, estimated ones (for a legend that keys only what is drawn). */
export function pointKinds(points: readonly HistoryPoint[]): { observed: boolean; estimated: boolean } {
  return { observed: points.some((p) => !p.range), estimated: points.some((p) => !!p.range) };
}

export interface FanInput {
  years: number[];
  band: Band;
  target: number | null;
  targetYear: number;
  history?: HistoryPoint[];
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** whole-number indicator: y ticks at whole numbers only */
  integer?: boolean;
  /** locale of the tick labels (default en) */
  lang?: Lang;
  /** approximate number of y ticks (default: one per 40 px) */
  yTickCount?: number;
  /**
   * the target's label, longest first ("Target 3,500 亿元", "3,500 亿元"): the first that takes at most half the
   * chart's width is used
   */
  targetLabels?: string[];
  /** an optional baseline median per year (the no-new-policy scenario), drawn as a line on the same axes */
  baseline?: (number | null)[];
}

/** Where the target's label goes: beside the marker (right, else left), or above it when neither side has room. */
export interface TargetLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  place: 'right' | 'left' | 'above';
}

/** Font size of the target label, px. */
export const TARGET_LABEL_SIZE = 13;

/** Rough width of text at a font size: CJK and full-width characters about one em, others about 0.58 em (7.5 px at 13 px). */
export function textWidth(text: string, fontSize = TARGET_LABEL_SIZE): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : (fontSize * 7.5) / 13;
  return w;
}

/** Places the target's label next to its marker at (x, y) in a chart `width` wide, never past either edge. */
export function placeTargetLabel(labels: string[], x: number, y: number, width: number): TargetLabel | null {
  if (labels.length === 0) return null;
  const text = labels.find((l) => textWidth(l) + 12 < width / 2) ?? labels[labels.length - 1];
  const w = textWidth(text);
  if (x + 10 + w < width) return { text, x: x + 10, y: y - 8, anchor: 'start', place: 'right' };
  if (x - 10 - w > 0) return { text, x: x - 10, y: y - 8, anchor: 'end', place: 'left' };
  return {
    text,
    x: Math.min(Math.max(x, w / 2), width - w / 2),
    y: y - 12,
    anchor: 'middle',
    place: 'above',
  };
}

/** One year's values, ordered p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 (nulls where undefined), and their pixel positions. */
export interface FanPoint {
  year: number;
  x: number;
  mean: number | null;
  p5: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p95: number | null;
  y5: number | null;
  y25: number | null;
  y50: number | null;
  y75: number | null;
  y95: number | null;
  /** defined, but neither neighbour is: the paths cannot show it, draw a marker */
  isolated: boolean;
}

export interface Tick {
  value: number;
  /** pixel position along the axis */
  pos: number;
  /** empty for unlabelled minor ticks */
  label: string;
  milestone?: boolean;
}

export interface FanLayout {
  width: number;
  height: number;
  margin: Margin;
  x: { domain: [number, number]; range: [number, number] };
  y: { domain: [number, number]; range: [number, number] };
  /** 5–95 % band, 25–75 % band, median line; '' when nothing is defined */
  outerPath: string;
  innerPath: string;
  medianPath: string;
  /** the baseline's median line; '' without a baseline */
  baselinePath: string;
  historyPath: string;
  /** the points, with the pixel ends of an estimated point's range (`yLo`, `yHi`) */
  history: (HistoryPoint & { x: number; y: number; yLo?: number; yHi?: number })[];
  target: { year: number; value: number; x: number; y: number; label: TargetLabel | null } | null;
  xTicks: Tick[];
  yTicks: Tick[];
  points: FanPoint[];
  /** the point of a year, or null if the year is not simulated */
  pointAt(year: number): FanPoint | null;
  /** the simulated year nearest to a pixel x, or null if there are no years */
  nearestYear(px: number): number | null;
}

/** The labelled years of a fan: every fifth year, the plan's target year and the last year shown. */
export const isMilestone = (year: number, targetYear: number, lastYear: number): boolean =>
  year % 5 === 0 || year === targetYear || year === lastYear;
/** Year labels keep at least this many pixels between their centres (a four-digit year is about 26 px wide). */
export const YEAR_LABEL_GAP = 34;

/**
 * Drops year labels that would run into each other on a narrow chart (the printed report), keeping the most
 * important: the years in `priority` first, in its order (the plan's target year, the outlook, then the rest).
 */
export function thinYearLabels(ticks: Tick[], priority: readonly number[]): void {
  const labelled = ticks.filter((t) => t.label);
  const rank = (t: Tick) => {
    const i = priority.indexOf(t.value);
    return i < 0 ? priority.length : i;
  };
  const kept: Tick[] = [];
  for (const t of [...labelled].sort((a, b) => rank(a) - rank(b))) {
    if (kept.every((k) => Math.abs(k.pos - t.pos) >= YEAR_LABEL_GAP)) kept.push(t);
    else t.label = '';
  }
}
export const DEFAULT_MARGIN: Margin = { top: 16, right: 24, bottom: 32, left: 56 };

const finiteOrNull = (v: number | null | undefined): number | null =>
  v !== null && v !== undefined && Number.isFinite(v) ? v : null;

/** The five percentiles of year i, non-finite as null, the defined ones sorted so bands can never cross. */
export function orderedQuantiles(band: Band, i: number): (number | null)[] {
  const q = [band.p5[i], band.p25[i], band.p50[i], band.p75[i], band.p95[i]].map(finiteOrNull);
  const sorted = q.filter((v): v is number => v !== null).sort((a, b) => a - b);
  let k = 0;
  return q.map((v) => (v === null ? null : sorted[k++]));
}

/** A non-empty, padded y domain holding every value; flat data get a band of ±10 % (at least ±1). */
export function paddedDomain(values: number[], integer = false): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const span = hi - lo;
  const pad = span > 0 ? span * 0.06 : Math.max(Math.abs(hi) * 0.1, 1);
  const nonNegative = lo >= 0;
  lo -= pad;
  hi += pad;
  if (nonNegative && lo < 0) lo = 0;
  if (integer && hi - lo < 2) hi = lo + 2;
  return [lo, hi];
}

export function fanLayout(input: FanInput): FanLayout {
  const lang = input.lang ?? 'en';
  const width = Number.isFinite(input.width) && input.width > 0 ? input.width : 640;
  const height = Number.isFinite(input.height) && input.height > 0 ? input.height : 320;
  const margin: Margin = { ...DEFAULT_MARGIN, ...input.margin };
  const x0 = margin.left;
  const x1 = Math.max(x0 + 1, width - margin.right);
  const yBottom = Math.max(margin.top + 1, height - margin.bottom);
  const target = finiteOrNull(input.target);
  const history = (input.history ?? []).filter((h) => Number.isFinite(h.year) && Number.isFinite(h.value));
  const years = input.years.filter(Number.isFinite);

  // x: the simulated years, the history and (when there is a target) the target year.
  const xs = [...years, ...history.map((h) => h.year)];
  if (target !== null || xs.length === 0) xs.push(input.targetYear);
  let xLo = Math.min(...xs);
  let xHi = Math.max(...xs);
  if (xLo === xHi) {
    xLo -= 0.5;
    xHi += 0.5;
  }
  const x = scaleLinear().domain([xLo, xHi]).range([x0, x1]);

  // y: every quantile, the history and the target, padded, then extended to round ticks.
  const quantiles = input.years.map((_, i) => orderedQuantiles(input.band, i));
  const yValues = quantiles.flat().filter((v): v is number => v !== null);
  yValues.push(...history.flatMap((h) => (h.range ? [h.value, h.range.lo, h.range.hi] : [h.value])));
  if (target !== null) yValues.push(target);
  const baseline = (input.baseline ?? []).map(finiteOrNull);
  yValues.push(...baseline.filter((v): v is number => v !== null));
  const integer = input.integer ?? false;
  const tickCount = input.yTickCount ?? Math.max(2, Math.floor((yBottom - margin.top) / 40));
  const y = scaleLinear().domain(paddedDomain(yValues, integer)).range([yBottom, margin.top]).nice(tickCount);

  const points: FanPoint[] = input.years.map((year, i) => {
    const [p5, p25, p50, p75, p95] = quantiles[i];
    // Sorted values can still map to pixels one rounding apart in the wrong order (values 1 ulp apart near ±1e6),
    // so the pixels are made monotone too: each higher percentile sits at or above the one below it.
    let below = Infinity;
    const py = (v: number | null) => {
      if (v === null) return null;
      below = Math.min(below, y(v));
      return below;
    };
    return {
      year,
      x: x(year),
      mean: finiteOrNull(input.band.mean[i]),
      p5,
      p25,
      p50,
      p75,
      p95,
      y5: py(p5),
      y25: py(p25),
      y50: py(p50),
      y75: py(p75),
      y95: py(p95),
      isolated: false,
    };
  });
  const full = (p: FanPoint) => p.p5 !== null && p.p95 !== null && p.p50 !== null;
  points.forEach((p, i) => {
    p.isolated =
      full(p) && !(i > 0 && full(points[i - 1])) && !(i + 1 < points.length && full(points[i + 1]));
  });

  const bandArea = (lo: (p: FanPoint) => number | null, hi: (p: FanPoint) => number | null) =>
    areaPath(
      points,
      (p) => lo(p) !== null && hi(p) !== null && Number.isFinite(p.x),
      (p) => p.x,
      (p) => lo(p) as number,
      (p) => hi(p) as number,
    );
  const outerPath = bandArea(
    (p) => p.y5,
    (p) => p.y95,
  );
  const innerPath = bandArea(
    (p) => p.y25,
    (p) => p.y75,
  );
  const medianPath = linePath(
    points,
    (p) => p.y50 !== null && Number.isFinite(p.x),
    (p) => p.x,
    (p) => p.y50 as number,
  );

  const baselinePath = linePath(
    input.years.map((yr, i) => ({ x: x(yr), v: baseline[i] ?? null })),
    (p) => p.v !== null && Number.isFinite(p.x),
    (p) => p.x,
    (p) => y(p.v as number),
  );

  const historyPts = history.map((h) => ({
    ...h,
    x: x(h.year),
    y: y(h.value),
    ...(h.range ? { yLo: y(h.range.lo), yHi: y(h.range.hi) } : {}),
  }));
  const historyPath = linePath(
    historyPts,
    () => true,
    (p) => p.x,
    (p) => p.y,
  );

  const xTicks: Tick[] = [];
  const lastYear = input.years[input.years.length - 1] ?? input.targetYear;
  for (let yr = Math.ceil(xLo); yr <= Math.floor(xHi); yr++) {
    const milestone = isMilestone(yr, input.targetYear, lastYear);
    xTicks.push({ value: yr, pos: x(yr), label: milestone ? String(yr) : '', milestone });
  }
  if (!xTicks.some((t) => t.label) && xTicks.length > 0) {
    for (const t of [xTicks[0], xTicks[xTicks.length - 1]]) t.label = String(t.value);
  }
  // the plan's horizon first, then the outlook, then the other labelled years from the earliest
  const rest = xTicks.filter((t) => t.milestone && t.value !== input.targetYear && t.value !== lastYear);
  thinYearLabels(xTicks, [input.targetYear, lastYear, ...rest.map((t) => t.value)]);

  let yTickValues = y.ticks(tickCount);
  if (integer) yTickValues = yTickValues.filter(Number.isInteger);
  const step = yTickValues.length > 1 ? yTickValues[1] - yTickValues[0] : 1;
  const yTicks: Tick[] = yTickValues.map((v) => ({ value: v, pos: y(v), label: formatTick(v, step, lang) }));

  const byYear = new Map(points.map((p) => [p.year, p]));
  const tx = x(input.targetYear);
  const ty = target === null ? 0 : y(target);
  return {
    width,
    height,
    margin,
    x: { domain: [xLo, xHi], range: [x0, x1] },
    y: { domain: y.domain() as [number, number], range: [yBottom, margin.top] },
    outerPath,
    innerPath,
    medianPath,
    baselinePath,
    historyPath,
    history: historyPts,
    target:
      target === null
        ? null
        : {
            year: input.targetYear,
            value: target,
            x: tx,
            y: ty,
            label: placeTargetLabel(input.targetLabels ?? [], tx, ty, width),
          },
    xTicks,
    yTicks,
    points,
    pointAt: (year) => byYear.get(year) ?? null,
    nearestYear(px) {
      let best: FanPoint | null = null;
      for (const p of points) if (!best || Math.abs(p.x - px) < Math.abs(best.x - px)) best = p;
      return best ? best.year : null;
    },
  };
}
