/**
 * CSV of every indicator's mean and percentiles by year, one row per indicator-year. UTF-8 with a byte-order mark,
 * so that Excel and WPS read the Chinese headers; the same text from the command line and the app's export.
 */
import { INDICATOR_DEFS, INDICATORS } from '../model/indicators.ts';
import type { SimulationResult } from './result.ts';

const cell = (x: number | string | null): string => {
  if (x === null) return '';
  const s = String(x);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(r: SimulationResult): string {
  const header = [
    'indicator',
    '指标',
    'unit',
    'year',
    'mean',
    'p5',
    'p25',
    'p50',
    'p75',
    'p95',
    'target_2025',
    'p_meet_2025',
    'p_meet_2025_se',
  ];
  const rows = [header.join(',')];
  for (const key of INDICATORS) {
    const ind = r.indicators[key];
    r.years.forEach((year, i) => {
      rows.push(
        [
          key,
          INDICATOR_DEFS[key].label.zh,
          ind.unit,
          year,
          ind.mean[i],
          ind.p5[i],
          ind.p25[i],
          ind.p50[i],
          ind.p75[i],
          ind.p95[i],
          ind.target,
          ind.pMeet,
          ind.pMeetSE,
        ]
          .map(cell)
          .join(','),
      );
    });
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
