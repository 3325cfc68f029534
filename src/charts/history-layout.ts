/**
 * The history check's chart as pure geometry: one row per realised figure, the model's 5–95 % band of the year-on-year
 * growth of the series it compares with as a bar, its median as a tick, and the realised figure as a point (filled
 * when inside the band, hollow when outside). One shared x axis in % a year, with 0 marked. No DOM, no Svelte.
 */
import { scaleLinear } from './scale.ts';
import type { Lang } from '../i18n/messages.ts';
import type { RecordFigure } from '../model/record.ts';

/** A realised figure with the model's band (the shape of src/engine/history-check.ts's FigureCheck). */
export interface CheckedFigure {
  figure: Pick<RecordFigure, 'key' | 'year' | 'measure' | 'value'>;
  p5: number;
  p50: number;
  p95: number;
  inside: boolean;
}

export interface HistoryRow {
  key: string;
  label: string;
  /** the label in one or two lines that fit the left margin */
  lines: string[];
  year: number;
  y: number;
  /** the model's 5–95 % band and median, px */
  x5: number;
  x95: number;
  x50: number;
  /** the realised figure, px */
  xValue: number;
  inside: boolean;
}

export interface HistoryLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  rows: HistoryRow[];
  ticks: { x: number; value: number }[];
  /** x of 0 % (inside the domain always) */
  x0: number;
  rowHeight: number;
}

export const HISTORY_ROW = 30;
const LABEL_PX = 12;

/** Estimated width of 12 px text: CJK about a full em, the rest about 0.55 em. */
export const textWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? LABEL_PX : LABEL_PX * 0.55), 0);

/** Splits a label that is wider than `max` px into two lines, at the space or CJK punctuation nearest its middle. */
export function labelLines(label: string, max: number): string[] {
  if (textWidth(label) <= max) return [label];
  const chars = [...label];
  let best = -1;
  chars.forEach((ch, i) => {
    // before a space or an opening bracket, after a comma
    const at = /[，,]/.test(ch) ? i + 1 : /[\s（(]/.test(ch) ? i : -1;
    if (at > 0 && at < chars.length && Math.abs(at - chars.length / 2) < Math.abs(best - chars.length / 2))
      best = at;
  });
  const at = best > 0 ? best : Math.ceil(chars.length / 2);
  return [chars.slice(0, at).join('').trim(), chars.slice(at).join('').trim()];
}

export function historyLayout(checks: readonly CheckedFigure[], lang: Lang, width = 640): HistoryLayout {
  const margin = { top: 8, right: 16, bottom: 28, left: Math.min(300, Math.round(width * 0.4)) };
  const values = checks.flatMap((c) => [c.p5, c.p95, c.figure.value, 0]).filter(Number.isFinite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(1, (hi - lo) * 0.05);
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([margin.left, width - margin.right])
    .nice();
  const rows = checks.map((c, i) => ({
    key: c.figure.key,
    label: `${c.figure.year} ${c.figure.measure[lang]}`,
    lines: labelLines(`${c.figure.year} ${c.figure.measure[lang]}`, margin.left - 12),
    year: c.figure.year,
    y: margin.top + (i + 0.5) * HISTORY_ROW,
    x5: x(c.p5),
    x95: x(c.p95),
    x50: x(c.p50),
    xValue: x(c.figure.value),
    inside: c.inside,
  }));
  return {
    width,
    height: margin.top + checks.length * HISTORY_ROW + margin.bottom,
    margin,
    rows,
    ticks: x.ticks(6).map((value) => ({ x: x(value), value })),
    x0: x(0),
    rowHeight: HISTORY_ROW,
  };
}
