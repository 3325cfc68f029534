/**
 * What a user may type as their own target or base figure: the ranges, and the checks a base figure must pass so that
 * the plan with it still hangs together (the sectors' firms and residual ratios of src/scenario/plan-schema.ts). One
 * place for these facts: the scenario schema (files, links, saved entries) refuses with them in English, the app's
 * fields (src/app/validate.ts) in the reader's language, with the same numbers.
 */
import { INDICATOR_SHAPES, type Indicator } from '../model/indicators.ts';
import { apportionFirms } from '../model/base.ts';
import { sectorRatios, type BaseFigureKey, type PlanModel } from '../model/plan.ts';

export interface EditRange {
  min: number;
  max: number;
  /** whole numbers only */
  integer: boolean;
}

/**
 * A target's range by what the indicator is: a share or a ratio lies in 0–100 %, a growth rate above −100 %, a count
 * is not negative, output is positive. Wide on purpose: a target is the user's to set, only nonsense is refused.
 */
export function targetRange(ind: Indicator): EditRange {
  const shape = INDICATOR_SHAPES[ind];
  if (ind === 'output_cagr' || ind === 'patent_cagr') return { min: -100, max: 1000, integer: false };
  if (shape.integer) return { min: 0, max: 1e6, integer: false };
  if (ind === 'output') return { min: 0, max: 1e9, integer: false };
  return { min: 0, max: 100, integer: false };
}

/** A base figure's range: the plan file's own bounds (src/scenario/plan-schema.ts), and firms a whole number. */
export function baseRange(pm: PlanModel, k: BaseFigureKey): EditRange {
  switch (k) {
    case 'output':
      return { min: 0.01, max: 1e9, integer: false };
    case 'firms':
      return { min: pm.sectors.length, max: 1e6, integer: true };
    default:
      return { min: 0, max: 100, integer: false };
  }
}

/**
 * Why a base figure the user typed (inside its range) does not fit the plan, or null: too few firms to give each of
 * the plan's sectors one, or a value-added ratio or R&D intensity that would push the sector whose ratio is the
 * residual (docs/PLANS.md) outside 0–100 %.
 */
export type BaseFit =
  { code: 'few-firms'; sectors: number } | { code: 'residual'; sector: number; residual: number };

export function baseFit(pm: PlanModel, k: BaseFigureKey, x: number): BaseFit | null {
  if (k === 'firms') {
    const split = apportionFirms(
      pm.sectors.map((s) => s.firms),
      x,
    );
    return split.some((f) => f < 1) ? { code: 'few-firms', sectors: pm.sectors.length } : null;
  }
  if (k !== 'va_ratio' && k !== 'rd_intensity') return null;
  const base = pm.plan.base;
  const r = sectorRatios(
    pm.plan,
    k === 'va_ratio' ? x : base.va_ratio.value,
    k === 'rd_intensity' ? x : base.rd_intensity.value,
  );
  const ratios = k === 'va_ratio' ? r.vaRatio : r.rdIntensity;
  const field = k === 'va_ratio' ? 'vaRatio' : 'rdIntensity';
  const at = pm.plan.sectors.findIndex((s) => s.base[field] === 'residual');
  if (at < 0) return null;
  const residual = ratios[at];
  return residual >= 0 && residual <= 100 ? null : { code: 'residual', sector: at, residual };
}

/** The same, in English for the schema's message. */
export function baseFitText(pm: PlanModel, k: BaseFigureKey, x: number, fit: BaseFit): string {
  if (fit.code === 'few-firms')
    return `base "${k}" = ${x} is too few: each of the plan's ${fit.sectors} sectors needs at least one firm`;
  const sector = pm.sectors[fit.sector].label.en;
  return `base "${k}" = ${x} would make the ${sector} sector's ratio ${Math.round(fit.residual * 100) / 100} %, outside 0–100 %`;
}
