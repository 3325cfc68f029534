/**
 * One indicator-year's distribution as a coarse histogram, re-binned from the summary's fine histogram, and its
 * geometry. Pure and DOM-free; DistributionChart.svelte only draws what `distributionLayout` returns.
 *
 * Re-binning rules:
 * - Range: the fine bins from the 0.5th to the 99.5th percentile (empty tails are always dropped). The mass of the
 *   dropped tails (at most 0.5 % each side) is added to the first and last bar, as the summary itself clamps
 *   out-of-range values into its end bins, so the bars always hold all `n` values and the shares sum to 1. When
 *   values lie on both sides of the target the range always reaches across it, so no tail is folded into a bar
 *   on the other side of the target.
 * - Continuous indicators: each bar joins `g` consecutive fine bins; its edges are the fine bins' edges
 *   (`binLower`/`binUpper`), so on a log-binned indicator the bars are equal in ln x. The grid of bars is aligned so
 *   that the first fine bin lying wholly at or above the target starts a bar.
 * - Whole-number indicators: the fine bins are pooled into whole numbers, each bar covers `g` consecutive whole
 *   numbers with edges at half-integers (m − 0.5, m + g − 0.5), aligned so that ceil(target) starts a bar.
 * - A bar `meets` the target when every value it can hold does: x0 ≥ target for continuous indicators, its smallest
 *   whole number (x0 + 0.5) ≥ target for whole-number ones. Bars are at most `bars` in number.
 */
import { scaleLinear, scaleLog } from './scale.ts';
import type { Indicator } from '../model/indicators.ts';
import { planModel, type Plan } from '../model/plan.ts';
import { INDICATOR_INDEX } from '../model/series.ts';
import { summarySpec } from '../stats/summary-spec.ts';
import { binLower, binUpper, type Binning } from '../stats/binning.ts';
import { histogramAt, type Summary } from '../stats/summary.ts';
import type { Lang } from '../i18n/messages.ts';
import { formatTick } from './format.ts';
import { textWidth, type Margin, type Tick } from './fan-layout.ts';

export interface Bar {
  x0: number;
  x1: number;
  /** share of all valid values in the bar */
  share: number;
  /** every value the bar can hold meets the target */
  meets: boolean;
}

export interface Distribution {
  indicator: Indicator;
  year: number;
  bars: Bar[];
  /** valid values (paths) in that year */
  n: number;
  /** share of values meeting the target (meet / n); NaN when n = 0 or there is no target */
  pMeet: number;
  /** the target, NaN where the plan (and the user) set none */
  target: number;
  /** the target is met at or below it (at or above it otherwise) */
  atMost: boolean;
  /** axis of the fine histogram: bars of a log-binned indicator are equal in ln x */
  scale: 'linear' | 'log';
  integer: boolean;
  /** shares added to the first and last bar from the trimmed tails */
  tails: { below: number; above: number };
}

/** Share of mass each trimmed tail may hold at most. */
export const TAIL = 0.005;

export function distributionOf(
  summary: Summary,
  plan: Plan,
  startYear: number,
  indicator: Indicator,
  year: number,
  bars = 40,
): Distribution {
  const def = planModel(plan).indicators[indicator];
  const spec = summarySpec(plan, startYear);
  const t = def.target;
  const target = t ? t.value : NaN;
  const atMost = t?.direction === 'atMost';
  const yi = year - startYear;
  if (!Number.isInteger(yi) || yi < 0 || yi >= summary.nYears) {
    throw new RangeError(
      `distribution: year ${year} outside ${startYear}..${startYear + summary.nYears - 1}`,
    );
  }
  const ind = INDICATOR_INDEX[indicator];
  const b: Binning | null = spec.binnings[ind];
  if (b === null) throw new Error(`distribution: ${indicator} is kept without a histogram`);
  const k = ind * summary.nYears + yi;
  const n = summary.n[k];
  const base: Distribution = {
    indicator,
    year,
    bars: [],
    n,
    pMeet: n > 0 && t ? summary.meet[k] / n : NaN,
    target,
    atMost,
    scale: b.scale,
    integer: def.integer,
    tails: { below: 0, above: 0 },
  };
  if (n === 0) return base;
  const at = histogramAt(summary, ind, yi);
  const fine = summary.counts.subarray(at, at + summary.bins);

  // Units: fine bins, or whole numbers for count indicators.
  let counts: number[];
  let unitLo: (u: number) => number;
  let unitHi: (u: number) => number;
  let anchor: number;
  if (def.integer) {
    const centre = (i: number) => Math.round((binLower(b, i) + binUpper(b, i)) / 2);
    const first = centre(0);
    counts = new Array(centre(fine.length - 1) - first + 1).fill(0);
    for (let i = 0; i < fine.length; i++) if (fine[i] > 0) counts[centre(i) - first] += fine[i];
    unitLo = (u) => first + u - 0.5;
    unitHi = (u) => first + u + 0.5;
    // the first whole number that does not meet an at-most target, or the first that meets an at-least one
    anchor = t ? (atMost ? Math.floor(target) + 1 : Math.ceil(target)) - first : 0;
  } else {
    counts = Array.from(fine);
    unitLo = (u) => binLower(b, u);
    unitHi = (u) => binUpper(b, u);
    anchor = 0;
    if (t) {
      const before = (u: number) => (atMost ? binUpper(b, u) <= target : binLower(b, u) < target);
      while (anchor < counts.length && before(anchor)) anchor++;
    }
  }
  const last = counts.length - 1;

  // Trim tails of at most TAIL each, but never across the target: when values lie on both sides of it, the
  // range keeps the units either side of the anchor, so each folded tail lands in a bar on its own side.
  const limit = TAIL * n;
  let a = 0;
  for (let cum = counts[0]; a < last && cum <= limit;) cum += counts[++a];
  let z = last;
  for (let cum = counts[last]; z > a && cum <= limit;) cum += counts[--z];
  let under = 0;
  for (let u = 0; u < Math.min(anchor, counts.length); u++) under += counts[u];
  if (under > 0 && under < n) {
    a = Math.min(a, anchor - 1);
    z = Math.max(z, anchor);
  }
  let below = 0;
  for (let u = 0; u < a; u++) below += counts[u];
  let above = 0;
  for (let u = z + 1; u <= last; u++) above += counts[u];

  const units = z - a + 1;
  const g = units <= bars ? 1 : Math.ceil(units / Math.max(1, bars - 1));
  const start = anchor + Math.floor((a - anchor) / g) * g;
  const out: Bar[] = [];
  for (let s = start; s <= z; s += g) {
    const u0 = Math.max(s, a);
    const u1 = Math.min(s + g - 1, z);
    let c = 0;
    for (let u = u0; u <= u1; u++) c += counts[u];
    out.push({
      x0: unitLo(Math.max(s, 0)),
      x1: unitHi(Math.min(s + g - 1, last)),
      share: c,
      meets: t ? (atMost ? s < anchor : s >= anchor) : false,
    });
  }
  out[0].share += below;
  out[out.length - 1].share += above;
  for (const bar of out) bar.share /= n;
  return { ...base, bars: out, tails: { below: below / n, above: above / n } };
}

export interface DistributionInput {
  dist: Distribution;
  width: number;
  height: number;
  margin?: Partial<Margin>;
  lang?: Lang;
}

export interface BarRect extends Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DistributionLayout {
  width: number;
  height: number;
  margin: Margin;
  x: { domain: [number, number]; range: [number, number]; scale: 'linear' | 'log' };
  y: { domain: [number, number]; range: [number, number] };
  bars: BarRect[];
  /**
   * pixel x of the target line (NaN where there is no target); for whole-number indicators between the last whole
   * number that misses and the first that meets it
   */
  targetX: number;
  xTicks: Tick[];
  /** share ticks, labelled in % */
  yTicks: Tick[];
}

/**
 * The bars as two paths, those that meet the target and those that miss it: one rectangle a bar, in the bars' order.
 * A picture then changes two attributes a chart instead of four a bar (a drag redraws the chart every setting).
 */
export function barPaths(bars: BarRect[]): { meet: string; miss: string } {
  const out = { meet: '', miss: '' };
  const r = (v: number) => Math.round(v * 100) / 100;
  for (const b of bars) {
    const d = `M${r(b.x)},${r(b.y)}h${r(b.width)}v${r(b.height)}h${r(-b.width)}Z`;
    if (b.meets) out.meet += d;
    else out.miss += d;
  }
  return out;
}

export const DIST_MARGIN: Margin = { top: 36, right: 20, bottom: 32, left: 48 };

/** Font size of the axis labels, px (DistributionChart.svelte draws them at this size). */
export const AXIS_FONT_SIZE = 12;

/** 1, 2 and 5 times the powers of ten from `lo` to `hi` (both > 0). */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  if (!(lo > 0) || !(hi > lo)) return out;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v >= lo && v <= hi) out.push(v);
    }
  return out;
}

/**
 * Ticks whose labels do not touch: from the left, a tick is kept only when its label, centred on it, starts at least
 * `gap` px after the last kept label ends (a narrow chart, or round values crowding at one end of an axis).
 */
export function spaceTicks(ticks: Tick[], fontSize: number, gap = 8): Tick[] {
  const kept: Tick[] = [];
  for (const t of ticks) {
    const last = kept[kept.length - 1];
    if (
      !last ||
      t.pos - last.pos >= (textWidth(last.label, fontSize) + textWidth(t.label, fontSize)) / 2 + gap
    )
      kept.push(t);
  }
  return kept;
}

export function distributionLayout(input: DistributionInput): DistributionLayout {
  const { dist } = input;
  const lang = input.lang ?? 'en';
  const width = Number.isFinite(input.width) && input.width > 0 ? input.width : 480;
  const height = Number.isFinite(input.height) && input.height > 0 ? input.height : 240;
  const margin: Margin = { ...DIST_MARGIN, ...input.margin };
  const left = margin.left;
  const right = Math.max(left + 1, width - margin.right);
  const bottom = Math.max(margin.top + 1, height - margin.bottom);

  const edges = [dist.target, ...dist.bars.flatMap((bar) => [bar.x0, bar.x1])].filter(Number.isFinite);
  const log = dist.scale === 'log' && edges.length > 0 && edges.every((e) => e > 0);
  let lo = edges.length ? Math.min(...edges) : 0;
  let hi = edges.length ? Math.max(...edges) : 1;
  if (log) {
    const pad = (Math.log(hi) - Math.log(lo)) * 0.04 || 0.1;
    [lo, hi] = [lo * Math.exp(-pad), hi * Math.exp(pad)];
  } else {
    const pad = (hi - lo) * 0.04 || Math.max(Math.abs(hi) * 0.1, 1);
    [lo, hi] = [lo - pad, hi + pad];
  }
  const x = (log ? scaleLog() : scaleLinear()).domain([lo, hi]).range([left, right]);

  const maxShare = Math.max(0, ...dist.bars.map((bar) => bar.share));
  const y = scaleLinear()
    .domain([0, maxShare > 0 ? maxShare * 1.05 : 1])
    .range([bottom, margin.top])
    .nice(4);

  const bars: BarRect[] = dist.bars.map((bar) => {
    const bx0 = x(bar.x0);
    const bx1 = x(bar.x1);
    const top = y(bar.share);
    return { ...bar, x: bx0, y: top, width: Math.max(1, bx1 - bx0), height: bottom - top };
  });

  // Ticks: round values from a linear scale over the same domain; on a log axis spanning a decade or more, 1, 2 and
  // 5 times a power of ten instead, which spread evenly there (linear round values crowd at its top end)
  const tickCount = Math.max(2, Math.floor((right - left) / 90));
  const lin = scaleLinear().domain([lo, hi]);
  const logValues = log && hi / lo >= 10 ? logTicks(lo, hi) : [];
  const onLog = logValues.length >= 2;
  let xValues = onLog ? logValues : lin.ticks(tickCount);
  if (dist.integer) xValues = xValues.filter(Number.isInteger);
  if (log) xValues = xValues.filter((v) => v > 0);
  const xStep = xValues.length > 1 ? xValues[1] - xValues[0] : 1;
  const xTicks = spaceTicks(
    xValues.map((v) => ({ value: v, pos: x(v), label: formatTick(v, onLog ? v : xStep, lang) })),
    AXIS_FONT_SIZE,
  );
  const yValues = y.ticks(4);
  const yStep = yValues.length > 1 ? yValues[1] - yValues[0] : 0.1;
  return {
    width,
    height,
    margin,
    x: { domain: [lo, hi], range: [left, right], scale: log ? 'log' : 'linear' },
    y: { domain: y.domain() as [number, number], range: [bottom, margin.top] },
    bars,
    targetX:
      dist.target === dist.target
        ? x(
            dist.integer
              ? dist.atMost
                ? Math.floor(dist.target) + 0.5
                : Math.ceil(dist.target) - 0.5
              : dist.target,
          )
        : NaN,
    xTicks,
    yTicks: yValues.map((v) => ({
      value: v,
      pos: y(v),
      label: `${formatTick(v * 100, yStep * 100, lang)}%`,
    })),
  };
}
