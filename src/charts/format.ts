/**
 * Number and text formatting for the charts: Chinese with zh-CN, English with en grouping; 3 significant digits
 * (4 from 1,000 up), whole numbers for counts. Pure, so the sentences the charts read out can be tested.
 */
import { langTag as localeOf, message, type Lang } from '../i18n/messages.ts';
import { INDICATOR_SHAPES, type Indicator } from '../model/indicators.ts';
import { numberFormat } from '../i18n/number-format.ts';
import { countUnit } from '../i18n/count-unit.ts';
import type { HistoryPoint } from './fan-layout.ts';

const DASH = '–';

/** A value for labels: `integer` rounds to a whole number; otherwise 3 significant digits, 4 from 1,000 up. */
export function formatNumber(v: number | null | undefined, lang: Lang, integer = false): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  const opts: Intl.NumberFormatOptions = integer
    ? { maximumFractionDigits: 0 }
    : { maximumSignificantDigits: Math.abs(v) >= 1000 ? 4 : 3 };
  const x = integer ? Math.round(v) : v;
  return numberFormat(localeOf(lang), opts)
    .format(x === 0 ? 0 : x)
    .replace(/^-0$/, '0');
}

/** Tick label with as many decimals as the tick step needs. */
export function formatTick(v: number, step: number, lang: Lang): string {
  const decimals =
    Number.isFinite(step) && step > 0 ? Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  const x = Math.abs(v) < step * 1e-6 ? 0 : v;
  return numberFormat(localeOf(lang), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(x);
}

/**
 * The unit written after a number. An English unit with a parenthesised original ("100M CNY (亿元)") is
 * shortened to the original, which reads better after a number ("3,728 亿元").
 */
export function unitAfterNumber(indicator: Indicator, lang: Lang): string {
  const unit = INDICATOR_SHAPES[indicator].unit[lang];
  const m = /\(([^)]+)\)\s*$/.exec(unit);
  return m ? m[1] : unit;
}

/** "3,728 亿元", "10%", "10% a year", "15 platforms", "1 platform"; counts rounded to whole numbers. */
export function formatValue(v: number | null | undefined, indicator: Indicator, lang: Lang): string {
  const num = formatNumber(v, lang, INDICATOR_SHAPES[indicator].integer);
  const unit = unitAfterNumber(indicator, lang);
  return unit.startsWith('%') ? num + unit : `${num} ${countUnit(num, unit, lang)}`;
}

/** Range "3,100–4,300 亿元" with the unit once. */
export function formatRange(
  lo: number | null | undefined,
  hi: number | null | undefined,
  indicator: Indicator,
  lang: Lang,
): string {
  const integer = INDICATOR_SHAPES[indicator].integer;
  const unit = unitAfterNumber(indicator, lang);
  const r = `${formatNumber(lo, lang, integer)}${DASH}${formatNumber(hi, lang, integer)}`;
  return unit.startsWith('%') ? r + unit : `${r} ${unit}`;
}

/** Whether a label already names its unit as a word of its own ("Above-size firms" names "firms"). */
const namesUnit = (label: string, unit: string): boolean =>
  label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .includes(unit.toLowerCase());

/** Chart title: label and unit, the unit once ("Above-size firms", not "Above-size firms (firms)"). */
export function chartTitle(indicator: Indicator, lang: Lang): string {
  const def = INDICATOR_SHAPES[indicator];
  const label = def.label[lang];
  const unit = def.unit[lang];
  return namesUnit(label, unit) ? label : message(lang, 'chart.titleUnit', { label, unit });
}

/** A probability as a whole percentage; never rounds a non-certainty to 0 % or 100 %. */
export function formatShare(p: number | null | undefined, lang: Lang): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return DASH;
  if (p > 0 && p < 0.005) return '<1%';
  if (p < 1 && p > 0.995) return '>99%';
  return `${numberFormat(localeOf(lang)).format(Math.round(p * 100))}%`;
}

export interface YearStats {
  year: number;
  p5: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p95: number | null;
}

/** One year's median and ranges, e.g. "median 3,728 亿元 (25–75 %: …; 5–95 %: …)" for the target year. */
export function describeYear(s: YearStats, indicator: Indicator, lang: Lang, withQuartiles = false): string {
  const median = formatValue(s.p50, indicator, lang);
  const r90 = formatRange(s.p5, s.p95, indicator, lang);
  const r50 = formatRange(s.p25, s.p75, indicator, lang);
  const ranges = [
    ...(withQuartiles ? [message(lang, 'chart.range50', { range: r50 })] : []),
    message(lang, 'chart.range90', { range: r90 }),
  ].join(message(lang, 'sep.list'));
  return message(lang, 'chart.yearMedian', { year: s.year, median, ranges });
}

/** A point beside the fan: "<base year> actual 2,259 亿元", or an estimate with the range it is drawn within. */
export function describePoint(p: HistoryPoint, indicator: Indicator, lang: Lang): string {
  const value = formatValue(p.value, indicator, lang);
  return p.range
    ? message(lang, 'chart.pointEstimated', {
        year: p.year,
        value,
        range: formatRange(p.range.lo, p.range.hi, indicator, lang),
      })
    : message(lang, 'chart.pointObserved', { year: p.year, value });
}

/** The fan chart's text alternative: the points beside it, the target year against the target, and the last year. */
export function describeFan(
  stats: YearStats[],
  indicator: Indicator,
  lang: Lang,
  target: number | null,
  targetYear: number,
  points: readonly HistoryPoint[] = [],
): string {
  const parts: string[] = points.map((p) => describePoint(p, indicator, lang));
  const atTarget = stats.find((s) => s.year === targetYear && s.p50 !== null);
  const last = [...stats].reverse().find((s) => s.p50 !== null);
  const tgt = target === null ? '' : formatValue(target, indicator, lang);
  if (atTarget) {
    const t = tgt ? message(lang, 'sep.list') + message(lang, 'chart.target', { value: tgt }) : '';
    parts.push(describeYear(atTarget, indicator, lang) + t);
  } else if (tgt) {
    parts.push(message(lang, 'chart.targetYear', { year: targetYear, value: tgt }));
  }
  if (last && last !== atTarget) parts.push(describeYear(last, indicator, lang));
  if (parts.length === 0) return message(lang, 'chart.noData');
  return parts.join(message(lang, 'sep.sentence')) + message(lang, 'punct.end');
}
