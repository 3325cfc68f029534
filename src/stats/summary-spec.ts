/**
 * The statistics' view of the model: one histogram axis and one target per indicator, and a histogram for the
 * terminals' share, whose 2020 band the back-cast table of docs/MODEL.md reads. The other auxiliary series (value
 * added, the sectors' output and value added) keep their means, min and max only: no chart or table reads their
 * quantiles, and binning them was about a third of the summary's time (issue 22 item 7).
 */
const TERMINALS_SHARE_BINNING = { scale: 'linear', lo: 0, hi: 100 } as const;
import {
  HISTOGRAM_BINS,
  INDICATOR_DEFS,
  INDICATORS,
  TARGET_YEAR,
  type Indicator,
} from '../model/indicators.ts';
import { SERIES, type Series } from '../model/series.ts';
import { END_YEAR } from '../model/indicators.ts';
import type { SummarySpec } from './summary.ts';

const isIndicator = (k: Series): k is Indicator => (INDICATORS as readonly string[]).includes(k);

export function summarySpec(startYear: number): SummarySpec {
  const binnings = SERIES.map((k) =>
    isIndicator(k)
      ? { ...INDICATOR_DEFS[k].binning, bins: HISTOGRAM_BINS }
      : k === 'terminals_share'
        ? { ...TERMINALS_SHARE_BINNING, bins: HISTOGRAM_BINS }
        : null,
  );
  const targets = SERIES.map((k) => (isIndicator(k) ? INDICATOR_DEFS[k].target : NaN));
  return {
    nYears: END_YEAR - startYear + 1,
    bins: HISTOGRAM_BINS,
    binnings,
    targets,
    targetYear: TARGET_YEAR - startYear,
  };
}
