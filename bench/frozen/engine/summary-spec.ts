/** The statistics' view of the model: one histogram axis and one target per series. */
import {
  HISTOGRAM_BINS,
  INDICATOR_DEFS,
  INDICATORS,
  TARGET_YEAR,
  type Indicator,
} from '../model/indicators.ts';
import { SERIES, type Series } from '../model/series.ts';
import { END_YEAR } from '../model/indicators.ts';
import type { SummarySpec } from '../stats/summary.ts';

/** Binning of the auxiliary series: value added and sector amounts in 亿元 (log), the terminals' share in %. */
const AUX_BINNING: Record<Exclude<Series, Indicator>, { scale: 'log' | 'linear'; lo: number; hi: number }> = {
  value_added: { scale: 'log', lo: 10, hi: 10000 },
  output_chips: { scale: 'log', lo: 1, hi: 30000 },
  output_terminals: { scale: 'log', lo: 1, hi: 30000 },
  output_sensors: { scale: 'log', lo: 1, hi: 30000 },
  output_applications: { scale: 'log', lo: 1, hi: 30000 },
  va_chips: { scale: 'log', lo: 0.1, hi: 10000 },
  va_terminals: { scale: 'log', lo: 0.1, hi: 10000 },
  va_sensors: { scale: 'log', lo: 0.1, hi: 10000 },
  va_applications: { scale: 'log', lo: 0.1, hi: 10000 },
  terminals_share: { scale: 'linear', lo: 0, hi: 100 },
};

const isIndicator = (k: Series): k is Indicator => (INDICATORS as readonly string[]).includes(k);

export function summarySpec(startYear: number): SummarySpec {
  const binnings = SERIES.map((k) => {
    const b = isIndicator(k) ? INDICATOR_DEFS[k].binning : AUX_BINNING[k];
    return { ...b, bins: HISTOGRAM_BINS };
  });
  const targets = SERIES.map((k) => (isIndicator(k) ? INDICATOR_DEFS[k].target : NaN));
  return {
    nYears: END_YEAR - startYear + 1,
    bins: HISTOGRAM_BINS,
    binnings,
    targets,
    targetYear: TARGET_YEAR - startYear,
  };
}
