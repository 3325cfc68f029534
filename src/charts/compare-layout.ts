/**
 * Overlaid fan charts for a comparison: one set of axes holding every scenario's 25–75 % band and median, each
 * scenario with its own years (a back-cast starts earlier). The axes come from fanLayout on the envelope of all
 * bands, so ticks, target marker and margins match the single-scenario charts. Pure and DOM-free.
 */
import { scaleLinear } from './scale.ts';
import { areaPath, linePath } from './path.ts';
import type { Band } from '../stats/band.ts';
import { fanLayout, type FanInput, type FanLayout } from './fan-layout.ts';

export interface OverlaySeries {
  years: number[];
  band: Band;
  color: string;
  dash?: string;
  label: string;
}

export interface OverlayPath {
  color: string;
  dash: string;
  label: string;
  innerPath: string;
  medianPath: string;
  /** the median in the target year, if simulated */
  atTarget: number | null;
}

export interface CompareLayout extends FanLayout {
  overlays: OverlayPath[];
}

const ok = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** Per year of the union of years, the lowest 25th and highest 75th percentile (and median) of all series. */
export function envelope(series: OverlaySeries[]): { years: number[]; band: Band } {
  const years = [...new Set(series.flatMap((s) => s.years))].sort((a, b) => a - b);
  const pick = (year: number, key: 'p25' | 'p50' | 'p75') =>
    series
      .map((s) => {
        const i = s.years.indexOf(year);
        return i < 0 ? null : s.band[key][i];
      })
      .filter(ok);
  const lo = years.map((y) => {
    const v = pick(y, 'p25');
    return v.length ? Math.min(...v) : null;
  });
  const hi = years.map((y) => {
    const v = pick(y, 'p75');
    return v.length ? Math.max(...v) : null;
  });
  const mid = years.map((y) => {
    const v = pick(y, 'p50');
    return v.length ? v[0] : null;
  });
  return { years, band: { mean: mid, p5: lo, p25: lo, p50: mid, p75: hi, p95: hi } };
}

export function compareLayout(
  input: Omit<FanInput, 'years' | 'band'> & { series: OverlaySeries[] },
): CompareLayout {
  const env = envelope(input.series);
  const base = fanLayout({ ...input, years: env.years, band: env.band });
  const x = scaleLinear().domain(base.x.domain).range(base.x.range);
  const y = scaleLinear().domain(base.y.domain).range(base.y.range);
  type P = { x: number; lo: number | null; mid: number | null; hi: number | null };
  const overlays = input.series.map((s) => {
    const pts: P[] = s.years.map((year, i) => ({
      x: x(year),
      lo: ok(s.band.p25[i]) ? y(s.band.p25[i] as number) : null,
      mid: ok(s.band.p50[i]) ? y(s.band.p50[i] as number) : null,
      hi: ok(s.band.p75[i]) ? y(s.band.p75[i] as number) : null,
    }));
    const innerPath = areaPath(
      pts,
      (p) => p.lo !== null && p.hi !== null,
      (p) => p.x,
      (p) => p.lo as number,
      (p) => p.hi as number,
    );
    const medianPath = linePath(
      pts,
      (p) => p.mid !== null,
      (p) => p.x,
      (p) => p.mid as number,
    );
    const ti = s.years.indexOf(input.targetYear);
    return {
      color: s.color,
      dash: s.dash ?? '',
      label: s.label,
      innerPath,
      medianPath,
      atTarget: ti >= 0 && ok(s.band.p50[ti]) ? (s.band.p50[ti] as number) : null,
    };
  });
  return { ...base, overlays };
}
