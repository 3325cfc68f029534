/**
 * The fits behind the fitted parameters: the ex-ante ones on data up to 2020 only (scripts/fit-demand.ts prints them;
 * a test checks that src/model/parameters.ts carries the printed numbers), and the re-based ones on the same series
 * carried on with the record's later years (scripts/fit-rebased.ts; ./calibration.ts carries them).
 */
import { CHIP_SALES, chipLogGrowth } from './chip-sales.ts';
import { PC_SHIPMENTS, pcLogGrowth } from './pc-shipments.ts';
import { RECORD_DATA } from './record.ts';

export interface Ar1Fit {
  mu: number;
  phi: number;
  phiSe: number;
  sigma: number;
  pairs: number;
  years: string;
}

/** AR(1) on log growth (log-%), least squares over consecutive pairs in the shipment series. */
export function fitAr1(): Ar1Fit {
  return fitAr1On(
    PC_SHIPMENTS.map((s) => s.year),
    pcLogGrowth,
  );
}

/** The chip cycle's AR(1): world semiconductor sales growth up to 2020 (./chip-sales.ts), as PC demand's. */
export function fitChipAr1(): Ar1Fit {
  return fitAr1On(
    CHIP_SALES.map((s) => s.year),
    chipLogGrowth,
  );
}

/** The record's growth (%) under `key` as log growth (log-%), or NaN where the record has no such figure. */
function recordLogGrowth(key: string): number {
  const f = RECORD_DATA.figures.find((x) => x.key === key);
  return f ? 100 * Math.log(1 + f.value / 100) : NaN;
}

/** Every year from `from` to the latest year of the record's figures named `prefix<year>`. */
function yearsThroughRecord(from: number, prefix: string): number[] {
  const last = Math.max(
    ...RECORD_DATA.figures
      .filter((f) => f.key.startsWith(prefix))
      .map((f) => Number(f.key.slice(prefix.length))),
  );
  return Array.from({ length: last - from + 1 }, (_, i) => from + i);
}

/**
 * The re-based PC demand AR(1): Gartner's shipments up to 2020 (./pc-shipments.ts), then the record's Gartner growth
 * (`world_pc_gartner_<year>`, the same source) up to its latest year.
 */
export function fitPcAr1Rebased(): Ar1Fit {
  const prefix = 'world_pc_gartner_';
  const g = (y: number) => {
    const own = pcLogGrowth(y);
    return own === own ? own : recordLogGrowth(prefix + y);
  };
  return fitAr1On(yearsThroughRecord(PC_SHIPMENTS[0].year, prefix), g);
}

/** The re-based chip cycle AR(1): ./chip-sales.ts up to 2020, then the record's SIA growth (`world_semis_sia_<year>`). */
export function fitChipAr1Rebased(): Ar1Fit {
  const prefix = 'world_semis_sia_';
  const g = (y: number) => {
    const own = chipLogGrowth(y);
    return own === own ? own : recordLogGrowth(prefix + y);
  };
  return fitAr1On(yearsThroughRecord(CHIP_SALES[0].year, prefix), g);
}

/**
 * AR(1) on a log growth series (log-%), least squares over every pair of consecutive years both of which have a
 * growth: g_t = c + φ g_{t−1} + ε_t, μ = c / (1 − φ).
 */
export function fitAr1On(years: readonly number[], logGrowth: (year: number) => number): Ar1Fit {
  const xs: number[] = [];
  const ys: number[] = [];
  const used: number[] = [];
  for (const y of years) {
    const g0 = logGrowth(y - 1);
    const g1 = logGrowth(y);
    if (Number.isFinite(g0) && Number.isFinite(g1)) {
      xs.push(g0);
      ys.push(g1);
      used.push(y);
    }
  }
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const phi = sxy / sxx;
  const c = my - phi * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i] - c - phi * xs[i]) ** 2;
  const sigma = Math.sqrt(sse / (n - 2));
  return {
    mu: c / (1 - phi),
    phi,
    phiSe: sigma / Math.sqrt(sxx),
    sigma,
    pairs: n,
    years: `${used[0] - 1}→${used[0]} … ${used[n - 1] - 1}→${used[n - 1]}`,
  };
}

/** Wistron gross margin, % of revenue, 2015–2020 (TWSE filings, in ../shared/MODEL-BRIEF.md). */
export const WISTRON_GROSS_MARGIN: Record<number, number> = {
  2015: 4.7,
  2016: 4.8,
  2017: 3.8,
  2018: 4.2,
  2019: 4.8,
  2020: 5.5,
};

export interface MarginFit {
  /** points of gross margin per log-% of PC growth */
  slope: number;
  slopeSe: number;
  /** mean margin, % */
  mean: number;
  /** slope ÷ mean margin, per log-% */
  relative: number;
  relativeSe: number;
  /** lowest and highest margin of the years, as multiples of the mean: the range the cycle may move a ratio in */
  lo: number;
  hi: number;
  n: number;
}

export function fitMarginCycle(): MarginFit {
  const ys = Object.keys(WISTRON_GROSS_MARGIN).map(Number);
  const g = ys.map((y) => pcLogGrowth(y));
  const m = ys.map((y) => WISTRON_GROSS_MARGIN[y]);
  const n = ys.length;
  const mg = g.reduce((a, b) => a + b, 0) / n;
  const mm = m.reduce((a, b) => a + b, 0) / n;
  let sgm = 0;
  let sgg = 0;
  for (let i = 0; i < n; i++) {
    sgm += (g[i] - mg) * (m[i] - mm);
    sgg += (g[i] - mg) ** 2;
  }
  const slope = sgm / sgg;
  const c = mm - slope * mg;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (m[i] - c - slope * g[i]) ** 2;
  const slopeSe = Math.sqrt(sse / (n - 2) / sgg);
  return {
    slope,
    slopeSe,
    mean: mm,
    relative: slope / mm,
    relativeSe: slopeSe / mm,
    lo: Math.min(...m) / mm,
    hi: Math.max(...m) / mm,
    n,
  };
}
