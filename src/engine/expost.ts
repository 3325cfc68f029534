/**
 * The ex-post check of a plan against the record (record/realised.json): one computation for the command line
 * (`npm run expost`, src/cli/expost.ts) and the app's panel.
 *
 * - Targets: for each of the plan's targets, the realised target-year value where the record publishes one (a
 *   figure comparing the indicator's level in the target year) or else the user's own value (marked as theirs), the
 *   ex-ante model's 5/50/95 % at the target year for the plan scenario from the plan's base (the plan's levers, the
 *   default assumptions, nothing pinned), the realised value's percentile among those paths, and a verdict: met,
 *   missed, or unknown where no value is known.
 * - Calibration: every comparable figure of the record after the plan's base year, against the replay scenario (the
 *   same scenario with world PC demand pinned to the record's `replayPins`): each figure's percentile, whether it
 *   falls in the 5–95 % band, the share inside and the balance (how many below the median, how many above).
 * A plan whose target year is after the record's last year has no record yet (`recordCovers: false`).
 */
import { defaultInputs, type ModelInputs } from '../model/inputs.ts';
import type { Indicator } from '../model/indicators.ts';
import { planModel, type Plan, type PlanTarget } from '../model/plan.ts';
import { REPLAY_PC_GROWTH, type ComparableFigure, type RecordFigure } from '../model/record.ts';
import { checkableFigures, checkFigures, checkFiguresAsync, type FigureCheck } from './history-check.ts';
import { percentileOf, probeValues, probeValuesAsync, quantileSorted, type Probe } from './path-probes.ts';

/**
 * Paths and seed of the check, for `npm run expost`, the app's panel and docs/MODEL.md alike: with 20,000 paths the
 * Monte Carlo error of a 5 % quantile is about 0.15 % of n, as in docs/MODEL.md's out-of-sample table.
 */
export const EXPOST_RUNS = 20_000;
export const EXPOST_SEED = 7;

export type Verdict = 'met' | 'missed' | 'unknown';

export interface TargetRow {
  indicator: Indicator;
  target: Pick<PlanTarget, 'value' | 'direction' | 'status'>;
  /** the realised target-year value: from the record (with its figure), the user's, or none known */
  realised: { value: number; by: 'record'; figure: RecordFigure } | { value: number; by: 'user' } | null;
  p5: number;
  p50: number;
  p95: number;
  /** where the realised value falls among the ex-ante paths, 0–100 %; null without one */
  percentile: number | null;
  verdict: Verdict;
}

export interface Calibration {
  checks: FigureCheck[];
  inside: number;
  total: number;
  /** inside / total, 0–1 (NaN without figures) */
  shareInside: number;
  /** figures below the median of their band, and above it */
  below: number;
  above: number;
}

export interface ExpostReport {
  planId: string;
  baseYear: number;
  targetYear: number;
  /** the last year the record has a figure for */
  recordUntil: number;
  /** the record reaches the plan's target year */
  recordCovers: boolean;
  seed: string | number;
  runs: number;
  targets: TargetRow[];
  calibration: Calibration;
}

export interface ExpostRequest {
  plan: Plan;
  figures: readonly RecordFigure[];
  /** the user's own realised target-year values, used where the record publishes none */
  userRealised?: Partial<Record<Indicator, number>>;
  seed: string | number;
  runs: number;
}

/** The ex-ante scenario: the plan's levers from its base year, default assumptions, nothing pinned. */
export const exAnteInputs = (plan: Plan): ModelInputs => defaultInputs(plan);

/** The replay: the ex-ante scenario with world PC demand pinned, after the base year, to the record's pins. */
export function replayInputs(plan: Plan): ModelInputs {
  const pinned: Record<number, number> = {};
  const pm = planModel(plan);
  for (const [y, g] of Object.entries(REPLAY_PC_GROWTH))
    if (Number(y) > pm.baseYear && Number(y) <= pm.endYear) pinned[Number(y)] = g;
  return { ...exAnteInputs(plan), pinnedPcDemand: pinned };
}

/** The record's published value of an indicator in a year: a figure comparing its level then. */
export const publishedValue = (figures: readonly RecordFigure[], indicator: string, year: number) =>
  figures.find((f) => f.compare?.series === indicator && f.compare.how === 'level' && f.year === year) ??
  null;

const targetKeys = (plan: Plan) =>
  (Object.keys(plan.targets) as Indicator[]).filter((k) => plan.targets[k] !== undefined);

/** The comparable figures after the plan's base year that its replay's paths hold. */
export function calibrationFigures(plan: Plan, figures: readonly RecordFigure[]): ComparableFigure[] {
  const comparable = figures.filter(
    (f): f is ComparableFigure => f.compare !== null && f.year > plan.baseYear,
  );
  return checkableFigures(replayInputs(plan), comparable);
}

export const verdictOf = (t: Pick<PlanTarget, 'value' | 'direction'>, value: number | null): Verdict =>
  value === null
    ? 'unknown'
    : (t.direction === 'atLeast' ? value >= t.value : value <= t.value)
      ? 'met'
      : 'missed';

/** The targets' rows from the ex-ante paths' sorted target-year values (`targetValues`, in the plan's target order). */
export function targetRows(
  plan: Plan,
  figures: readonly RecordFigure[],
  userRealised: Partial<Record<Indicator, number>> | undefined,
  values: Float64Array[],
): TargetRow[] {
  return targetKeys(plan).map((indicator, i) => {
    const t = plan.targets[indicator]!;
    const fig = publishedValue(figures, indicator, plan.targetYear);
    const own = userRealised?.[indicator];
    const realised: TargetRow['realised'] = fig
      ? { value: fig.value, by: 'record', figure: fig }
      : own !== undefined
        ? { value: own, by: 'user' }
        : null;
    const v = values[i];
    return {
      indicator,
      target: { value: t.value, direction: t.direction, status: t.status },
      realised,
      p5: quantileSorted(v, 0.05),
      p50: quantileSorted(v, 0.5),
      p95: quantileSorted(v, 0.95),
      percentile: realised ? percentileOf(v, realised.value) : null,
      verdict: verdictOf(t, realised?.value ?? null),
    };
  });
}

export function calibrationOf(checks: FigureCheck[]): Calibration {
  const inside = checks.filter((c) => c.inside).length;
  return {
    checks,
    inside,
    total: checks.length,
    shareInside: inside / checks.length,
    below: checks.filter((c) => c.figure.value < c.p50).length,
    above: checks.filter((c) => c.figure.value > c.p50).length,
  };
}

const targetProbes = (plan: Plan): Probe[] =>
  targetKeys(plan).map((series) => ({ series, year: plan.targetYear, how: 'level' }));

/** The ex-ante paths' target-year values of each target, sorted, in the plan's target order. */
export const targetValues = (plan: Plan, seed: string | number, runs: number) =>
  probeValues(exAnteInputs(plan), seed, runs, targetProbes(plan));

export const targetValuesAsync = (plan: Plan, seed: string | number, runs: number, signal?: AbortSignal) =>
  probeValuesAsync(exAnteInputs(plan), seed, runs, targetProbes(plan), signal);

/** The calibration over the record's figures after the plan's base year, on the replay's paths. */
export function calibration(
  plan: Plan,
  figures: readonly RecordFigure[],
  seed: string | number,
  runs: number,
) {
  const f = calibrationFigures(plan, figures);
  return calibrationOf(f.length ? checkFigures(replayInputs(plan), seed, runs, f) : []);
}

export async function calibrationAsync(
  plan: Plan,
  figures: readonly RecordFigure[],
  seed: string | number,
  runs: number,
  signal?: AbortSignal,
): Promise<Calibration> {
  const f = calibrationFigures(plan, figures);
  return calibrationOf(f.length ? await checkFiguresAsync(replayInputs(plan), seed, runs, f, signal) : []);
}

/** The last year the record has a figure for. */
export const recordUntil = (figures: readonly RecordFigure[]) => Math.max(...figures.map((f) => f.year));

export function expostReport(req: ExpostRequest, values: Float64Array[], cal: Calibration): ExpostReport {
  const until = recordUntil(req.figures);
  return {
    planId: req.plan.id,
    baseYear: req.plan.baseYear,
    targetYear: req.plan.targetYear,
    recordUntil: until,
    recordCovers: until >= req.plan.targetYear,
    seed: req.seed,
    runs: req.runs,
    targets: targetRows(req.plan, req.figures, req.userRealised, values),
    calibration: cal,
  };
}

/** The whole check at once (the command line). */
export const expost = (req: ExpostRequest): ExpostReport =>
  expostReport(
    req,
    targetValues(req.plan, req.seed, req.runs),
    calibration(req.plan, req.figures, req.seed, req.runs),
  );
