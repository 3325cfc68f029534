/**
 * Number formatting for the screen: thousands separators, a fixed number of decimals per kind of number, and the
 * Chinese way of writing a unit (no space: 3728.1亿元, 62%) or the English one (3,728.1 亿元, 62 %).
 */
import { langTag, message, type Lang } from '../i18n/messages.ts';
import { numberFormat } from '../i18n/number-format.ts';
import { compactUnit } from '../i18n/compact-unit.ts';
import { countUnit } from '../i18n/count-unit.ts';
import { INDICATOR_SHAPES, type Indicator } from '../model/indicators.ts';
import { zeroUpperBound } from '../stats/zero-bound.ts';

export { zeroUpperBound };

/**
 * Fixed decimals, thousands separators, and "−" for negatives; "—" for a missing number. Chinese text groups
 * digits only from 10,000 up, as the plan writes its figures (2259.3亿元, 3638.6亿元).
 */
export function formatNumber(x: number | null | undefined, decimals = 1, lang: Lang = 'en'): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const factor = 10 ** decimals;
  let r = (Math.sign(x) * Math.round(Math.abs(x) * factor)) / factor;
  if (r === 0) r = 0;
  const s = numberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: lang === 'en' || Math.abs(r) >= 10000,
  }).format(Math.abs(r));
  return r < 0 ? `−${s}` : s;
}

/** A plain number as typed in a field: no separators, trailing zeros dropped (830, 8.2, 12.5). */
export function formatInput(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

/** Short number for ranges and labels: at most `decimals` decimals, trailing zeros dropped. */
export function formatShort(x: number, decimals = 2): string {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return numberFormat('en-US', { maximumFractionDigits: decimals }).format(Object.is(r, -0) ? 0 : r);
}

/** A number with its unit: "3728.1亿元", "3,728.1 × 100M CNY", "1 firm" (an English count agrees with its number). */
export function withUnit(text: string, unit: string, lang: Lang): string {
  if (!unit) return text;
  return message(lang, 'fmt.withUnit', { value: text, unit: countUnit(text, unit, lang) });
}

/** Decimals shown for an indicator: counts are whole; everything else one decimal. */
export function indicatorDecimals(ind: Indicator): number {
  return INDICATOR_SHAPES[ind].integer ? 0 : 1;
}

/**
 * An indicator's unit for a table cell: English percentages read "%", and output "× 100M CNY" (the plan's
 * 亿元), so the columns stay narrow.
 */
export function shortUnit(ind: Indicator, lang: Lang): string {
  const u = INDICATOR_SHAPES[ind].unit[lang];
  if (lang === 'zh') return u;
  if (u.startsWith('%')) return '%';
  if (u.includes('100M CNY')) return '× 100M CNY';
  return u;
}

/** An indicator's value with its unit in the given language, e.g. "3728.1亿元" or "83 firms". */
export function formatIndicator(
  ind: Indicator,
  x: number | null | undefined,
  lang: Lang,
  opts: { unit?: boolean; decimals?: number } = {},
): string {
  const text = formatNumber(x, opts.decimals ?? indicatorDecimals(ind), lang);
  if (opts.unit === false || text === '—') return text;
  return withUnit(text, shortUnit(ind, lang), lang);
}

/** A target as the plan writes it: no trailing zeros ("3500亿元", "10%", "100家"); a dash where there is none. */
export function formatTarget(ind: Indicator, x: number | null, lang: Lang): string {
  if (x === null) return '—';
  return withUnit(formatNumber(x, Number.isInteger(x) ? 0 : 1, lang), shortUnit(ind, lang), lang);
}

/** A target with its direction, for a table cell: "≥ 3500亿元", "≤ 5%", or a dash where there is none. */
export function formatTargetCell(
  ind: Indicator,
  t: { value: number; direction: string } | null,
  lang: Lang,
): string {
  return t ? `${t.direction === 'atMost' ? '≤' : '≥'} ${formatTarget(ind, t.value, lang)}` : '—';
}

/**
 * A lever's unit, as written in the parameter table ("× 100M CNY a year"). `compact` is the form beside a lever's
 * number box, on one line in a narrow column: English "a year" becomes "/yr" ("× 100M CNY/yr", "mu/yr"); Chinese
 * is already short ("亿元/年").
 */
export function leverUnit(unit: { zh: string; en: string }, lang: Lang, compact = false): string {
  return compact ? compactUnit(unit[lang], lang) : unit[lang];
}

/** A percentage rounded up to one significant digit (0.015 % → "0.02"), so a bound is never understated. */
function ceilPercent(p: number): string {
  const pct = p * 100;
  const step = 10 ** Math.floor(Math.log10(pct));
  const up = Math.ceil(pct / step - 1e-9) * step;
  return String(Number(up.toPrecision(1)));
}

/** The 95 % upper bound of a chance no run met, as a percentage ("0.03%" at 20,000 runs). */
export function formatZeroBound(runs: number): string {
  return `${ceilPercent(zeroUpperBound(runs))}%`;
}

/**
 * A probability as a whole percentage ("62%"); values that would round to 0 or 100 but are not exactly that
 * read "<1%" and ">99%", so a small chance never looks like none. With the run count, an estimate of exactly 0 or 1
 * reads as its 95 % bound ("< 0.03%" at 20,000 runs, "> 99.97%"): no run met it, which is not certainty.
 */
export function formatProbability(p: number | null | undefined, runs?: number): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '—';
  if (runs !== undefined && runs > 0 && (p === 0 || p === 1)) {
    const bound = ceilPercent(zeroUpperBound(runs));
    return p === 0 ? `< ${bound}%` : `> ${Number((100 - Number(bound)).toFixed(6))}%`;
  }
  if (p > 0 && p < 0.005) return '<1%';
  if (p < 1 && p >= 0.995) return '>99%';
  return `${Math.round(p * 100)}%`;
}

/** The Monte Carlo standard error of a probability in percentage points, one decimal ("0.3"). */
export function formatSE(se: number | null | undefined): string {
  if (se === null || se === undefined || !Number.isFinite(se)) return '—';
  return (Math.round(se * 1000) / 10).toFixed(1);
}

/** Runs as "12,000". */
export function formatCount(n: number): string {
  return numberFormat('en-US').format(Math.round(n));
}

/** Difference of two probabilities in percentage points. */
export function diffPp(p: number, base: number): number {
  return (p - base) * 100;
}

/** Signed percentage points with one decimal: "+3.2", "−1.0", "0.0". */
export function formatPp(pp: number): string {
  const r = Math.round(pp * 10) / 10;
  if (r === 0) return '0.0';
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(1)}`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as the clock shows it ("14:32"), with the day when it is not today ("3月5日 14:32", "Mar 5, 14:32"). */
export function formatWhen(ms: number, lang: Lang, now: number = Date.now()): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  const key = `${lang}|${sameDay}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(langTag(lang), {
      ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    timeFormats.set(key, f);
  }
  return f.format(ms);
}
