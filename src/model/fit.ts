/**
 * The fits behind the fitted parameters, on data up to 2020 only (scripts/fit-demand.ts prints them; a test checks
 * that src/model/parameters.ts carries the printed numbers).
 */
import { PC_SHIPMENTS, pcLogGrowth } from './pc-shipments.ts';

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
  const years = PC_SHIPMENTS.map((s) => s.year);
  const xs: number[] = [];
  const ys: number[] = [];
  const used: number[] = [];
  for (const y of years) {
    const g0 = pcLogGrowth(y - 1);
    const g1 = pcLogGrowth(y);
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

export function fitMarginCycle(): { slope: number; mean: number; relative: number; n: number } {
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
  return { slope, mean: mm, relative: slope / mm, n };
}
