/**
 * Turns a merged summary into the result users read: per indicator and year the mean and the 5th–95th
 * percentiles, the probability of meeting each 2025 target with its Monte Carlo standard error, the probability of
 * meeting all ten, and the public cost of the lever package. The command line prints exactly this object.
 */
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { publicCostOfPlanPeriod, publicCostPerYear, yearsOf, type ModelInputs } from '../model/inputs.ts';
import { planModel, planRef, type Plan, type PlanRef } from '../model/plan.ts';
import type { Calibration } from '../model/calibration.ts';
import {
  INDICATOR_INDEX,
  VALUE_ADDED_INDEX,
  sectorOutputIndex,
  sectorVaIndex,
  terminalsShareIndex,
} from '../model/series.ts';
import { MODEL_VERSION } from '../model/version.ts';
import type { Band } from '../stats/band.ts';
import { meanOf, pAllOf, pMeetOf, quantileOf, type Summary, type SummarySpec } from '../stats/summary.ts';
import { encodeShareLink } from '../scenario/share-link.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { AdditionalEffect } from './paired.ts';
import { summarySpec } from '../stats/summary-spec.ts';

export const PERCENTILES = [5, 25, 50, 75, 95] as const;

export interface IndicatorResult extends Band {
  unit: string;
  /** the target in the plan's target year (the user's where they set one); null where there is none */
  target: number | null;
  /** present only where the target is the user's own (the scenario's `targets`), with its direction */
  targetBy?: 'user';
  targetDirection?: 'atLeast' | 'atMost';
  targetYear: number;
  /** probability of meeting the target in the target year */
  pMeet: number;
  pMeetSE: number;
}

/** A series' mean by year, in its unit (null where undefined). */
export interface MeanSeries {
  unit: string;
  mean: (number | null)[];
}

export interface SimulationResult {
  model: string;
  /** the plan the numbers are about: its id and version (plans/*.json) */
  plan: PlanRef;
  /** the model calibration the plan runs on (src/model/calibration.ts): `ex-ante` or `rebased` */
  calibration: Calibration;
  /**
   * The full scenario (levers, assumptions, seed, runs) the numbers came from, or, where a caller has only a name
   * (the app, until it passes its scenario), that name.
   */
  scenario: Scenario | string;
  /** the share-link hash (`s=…`) that reopens the scenario; null when only a name is known */
  link: string | null;
  seed: string | number;
  runs: number;
  years: number[];
  indicators: Record<Indicator, IndicatorResult>;
  pAllTargets: number;
  pAllTargetsSE: number;
  /**
   * How the runs were drawn (src/engine/chunks.ts): in antithetic pairs, the second of each pair mirroring the first's
   * random numbers, with at most one run unpaired (an odd count); the standard errors are computed for this design.
   */
  sampling: { design: 'antithetic-pairs'; pairs: number; unpaired: number };
  /**
   * Value added and the sectors' amounts by year: their means only (the summary keeps no histogram for them,
   * src/stats/summary-spec.ts). Value added in 亿元, for cost-effectiveness.
   */
  valueAdded: MeanSeries;
  /** each sector's output and value added, 亿元, by sector id in the plan's order */
  sectors: Record<string, { output: MeanSeries; valueAdded: MeanSeries }>;
  /** the terminals' share of output, %: mean and percentiles */
  terminalsShare: Band & { unit: string };
  cost: {
    unit: string;
    perYear: number;
    /** over the plan period (the years after the base year up to the target year) */
    planPeriod: number;
    /** what the package adds over the baseline on the same draws, per 亿元 of additional public money (src/engine/paired.ts) */
    additional: AdditionalEffect | null;
  };
}

/**
 * Reported numbers are rounded to 6 decimals: the fixed-point means are exact to 2^-21 (src/stats/summary.ts),
 * so the 2020 base reads 2259.3, not 2259.300000190735.
 */
const finite = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null);

/**
 * A count's histogram bins each hold one whole number in their middle, so the interpolated quantile q lies in
 * (k − ½, k + ½] for the bin of k; ceil(q − ½) turns it back into k, the smallest count whose CDF reaches p.
 */
const wholeNumber = (q: number) => (Number.isFinite(q) ? Math.ceil(q - 0.5) : q);

/** A series' mean in year index y as the result reports it (rounded to 6 decimals; null where undefined). */
export const reportedMean = (summary: Summary, spec: SummarySpec, series: number, y: number): number | null =>
  finite(meanOf(summary, spec, series, y));

/** Percentile p (0–100) of a series in year index y as the result reports it (a count's as a whole number). */
export function reportedPercentile(
  summary: Summary,
  spec: SummarySpec,
  series: number,
  y: number,
  p: number,
  integer: boolean,
): number | null {
  const x = quantileOf(summary, spec, series, y, p / 100);
  return finite(integer ? wholeNumber(x) : x);
}

const meansOf = (summary: Summary, plan: Plan, startYear: number, series: number): (number | null)[] => {
  const spec = summarySpec(plan, startYear);
  return yearsOf(planModel(plan), startYear).map((_, y) => reportedMean(summary, spec, series, y));
};

function band(summary: Summary, plan: Plan, startYear: number, series: number, integer = false): Band {
  const spec = summarySpec(plan, startYear);
  const years = yearsOf(planModel(plan), startYear).map((_, i) => i);
  const q = (p: number) => years.map((y) => reportedPercentile(summary, spec, series, y, p, integer));
  return {
    mean: meansOf(summary, plan, startYear, series),
    p5: q(5),
    p25: q(25),
    p50: q(50),
    p75: q(75),
    p95: q(95),
  };
}

export function toResult(
  summary: Summary,
  inputs: ModelInputs,
  meta: { scenario: Scenario | string; seed: string | number; additional?: AdditionalEffect | null },
): SimulationResult {
  const plan = inputs.plan;
  const pmodel = planModel(plan);
  const start = inputs.startYear;
  const years = yearsOf(pmodel, start);
  const ty = pmodel.targetYear - start;
  const n = pmodel.sectors.length;
  const indicators = {} as Record<Indicator, IndicatorResult>;
  for (const key of INDICATORS) {
    const def = pmodel.indicators[key];
    const i = INDICATOR_INDEX[key];
    const pm = pMeetOf(summary, i, ty);
    indicators[key] = {
      unit: def.unit.zh,
      target: def.target ? def.target.value : null,
      ...(def.target?.status === 'user'
        ? { targetBy: 'user' as const, targetDirection: def.target.direction }
        : {}),
      targetYear: pmodel.targetYear,
      ...band(summary, plan, start, i, def.integer),
      pMeet: pm.p,
      pMeetSE: pm.se,
    };
  }
  const all = pAllOf(summary);
  const perYear = publicCostPerYear(pmodel, inputs.levers);
  const planPeriod = publicCostOfPlanPeriod(pmodel, inputs.levers);
  const means = (unit: string, series: number): MeanSeries => ({
    unit,
    mean: meansOf(summary, plan, start, series),
  });
  const valueAdded = means('亿元', VALUE_ADDED_INDEX);
  const sectors = Object.fromEntries(
    pmodel.sectors.map((s, i) => [
      s.id,
      {
        output: means('亿元', sectorOutputIndex(i)),
        valueAdded: means('亿元', sectorVaIndex(n, i)),
      },
    ]),
  ) as SimulationResult['sectors'];
  const terminalsShare = { unit: '%', ...band(summary, plan, start, terminalsShareIndex(n)) };
  return {
    model: MODEL_VERSION,
    plan: planRef(plan),
    calibration: pmodel.calibration,
    scenario: meta.scenario,
    link: typeof meta.scenario === 'string' ? null : encodeShareLink(meta.scenario),
    seed: meta.seed,
    runs: summary.runs,
    years,
    indicators,
    pAllTargets: all.p,
    pAllTargetsSE: all.se,
    sampling: {
      design: 'antithetic-pairs',
      pairs: summary.pairs,
      unpaired: summary.runs - 2 * summary.pairs,
    },
    valueAdded,
    sectors,
    terminalsShare,
    cost: {
      unit: '亿元',
      perYear,
      planPeriod,
      additional: meta.additional ?? null,
    },
  };
}
