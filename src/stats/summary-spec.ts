/** The statistics' view of the model: one histogram axis and one target per series. */
import { HISTOGRAM_BINS, INDICATOR_DEFS, INDICATORS, TARGET_YEAR } from '../model/indicators.ts';
import { SERIES } from '../model/simulate.ts';
import { END_YEAR } from '../model/indicators.ts';
import type { SummarySpec } from './summary.ts';

/** Binning of the auxiliary value-added series (亿元). */
const VALUE_ADDED_BINNING = { scale: 'log' as const, lo: 10, hi: 10000 };

export function summarySpec(startYear: number): SummarySpec {
  const binnings = SERIES.map((k) => {
    const b = k === 'value_added' ? VALUE_ADDED_BINNING : INDICATOR_DEFS[k].binning;
    return { ...b, bins: HISTOGRAM_BINS };
  });
  const targets = SERIES.map((k) =>
    (INDICATORS as readonly string[]).includes(k)
      ? INDICATOR_DEFS[k as keyof typeof INDICATOR_DEFS].target
      : NaN,
  );
  return {
    nYears: END_YEAR - startYear + 1,
    bins: HISTOGRAM_BINS,
    binnings,
    targets,
    targetYear: TARGET_YEAR - startYear,
  };
}
