/**
 * Validation of what a user types: a lever value, the number of runs, the seed. Nothing is clamped: a value outside
 * its range is refused with a message (a message key and its parameters, translated by the component).
 */
import type { Lang } from '../i18n/messages.ts';
import { INDICATOR_SHAPES, type Indicator } from '../model/indicators.ts';
import type { LeverKey } from '../model/parameters.ts';
import type { BaseFigureKey, PlanModel } from '../model/plan.ts';
import { baseFit, baseRange, targetRange } from '../scenario/edit-ranges.ts';
import type { Problem } from './problem.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export { RUNS_MIN, RUNS_MAX } from '../scenario/schema.ts';
import { RUNS_MIN, RUNS_MAX } from '../scenario/schema.ts';
export const SEED_MAX = 2 ** 31 - 1;
export const SEED_TEXT_MAX = 32;

/** Reads a typed number: accepts thousands separators, full-width digits, a Chinese full stop or minus sign. */
export function parseNumber(text: string): number | null {
  const s = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[，,\s]/g, '')
    .replace(/[。．]/g, '.')
    .replace(/[−－]/g, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const x = Number(s);
  return Number.isFinite(x) ? x : null;
}

export function checkRange(x: number | null, min: number, max: number, unit: string): Checked<number> {
  if (x === null) return { ok: false, problem: { key: 'err.number' } };
  if (x < min || x > max) return { ok: false, problem: { key: 'err.range', params: { min, max, unit } } };
  return { ok: true, value: x };
}

export function checkLever(pm: PlanModel, key: LeverKey, text: string, lang: Lang): Checked<number> {
  const d = pm.levers[key];
  return checkRange(parseNumber(text), d.min, d.max, d.unit[lang]);
}

/** A target the user types for an indicator, in the range the scenario format allows (../scenario/edit-ranges.ts). */
export function checkTarget(ind: Indicator, text: string, lang: Lang): Checked<number> {
  const r = targetRange(ind);
  return checkRange(parseNumber(text), r.min, r.max, INDICATOR_SHAPES[ind].unit[lang]);
}

/**
 * A base figure the user types: in its range, a whole number of firms, and one the plan's sectors can take (enough
 * firms for each, a residual ratio inside 0–100 %), as the scenario format checks it.
 */
export function checkBase(pm: PlanModel, k: BaseFigureKey, text: string, lang: Lang): Checked<number> {
  const r = baseRange(pm, k);
  const x = parseNumber(text);
  const inRange = checkRange(x, r.min, r.max, INDICATOR_SHAPES[k].unit[lang]);
  if (!inRange.ok) return inRange;
  if (r.integer && !Number.isInteger(inRange.value)) return { ok: false, problem: { key: 'err.whole' } };
  const fit = baseFit(pm, k, inRange.value);
  if (!fit) return inRange;
  if (fit.code === 'few-firms')
    return { ok: false, problem: { key: 'err.baseFirms', params: { n: fit.sectors } } };
  return {
    ok: false,
    problem: {
      key: 'err.baseResidual',
      params: { sector: pm.sectors[fit.sector].label[lang], value: Math.round(fit.residual * 100) / 100 },
    },
  };
}

export function checkRuns(text: string): Checked<number> {
  const x = parseNumber(text);
  if (x === null || !Number.isInteger(x) || x < RUNS_MIN || x > RUNS_MAX)
    return { ok: false, problem: { key: 'err.runs' } };
  return { ok: true, value: x };
}

/** A seed is a whole number 0–2^31−1 or a short text (as the scenario format allows). */
export function checkSeed(text: string): Checked<number | string> {
  const s = text.trim();
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n <= SEED_MAX ? { ok: true, value: n } : { ok: false, problem: { key: 'err.seed' } };
  }
  if (s.length >= 1 && [...s].length <= SEED_TEXT_MAX) return { ok: true, value: s };
  return { ok: false, problem: { key: 'err.seed' } };
}
