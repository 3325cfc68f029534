/**
 * Sensitivity (the tornado): which inputs move P(meet) and the median of one indicator most. Each lever goes from
 * its minimum to its maximum; each assumption is pinned at its 5th and then its 95th percentile (a fixed value, so
 * that input's uncertainty is switched off); everything else stays at the scenario, on the same seed (common random
 * numbers). The list of inputs comes from the parameter table, so a new lever or assumption gets its row.
 *
 * A design is a list of points (the scenario itself first, then low and high of each input); a shard of the design
 * is any subset of points, and `assembleSensitivity` puts the rows together from all points' figures.
 */
import type { Indicator } from '../model/indicators.ts';
import type { ModelInputs } from '../model/inputs.ts';
import { planModel } from '../model/plan.ts';
import type { Runner } from '../engine/runner.ts';
import { distQuantile } from '../stats/dist-quantile.ts';
import { residualsOf, seOfDifference } from '../stats/clusters.ts';
import { evaluatePointRuns, type InsightOptions, type InsightRun, type PointMetrics } from './evaluate.ts';
import { round4, withLever } from './levers.ts';

export const SENSITIVITY_QUANTILES = [0.05, 0.95] as const;

export interface DesignPoint {
  /** '' for the scenario itself */
  input: string;
  kind: 'base' | 'lever' | 'assumption';
  side: 'base' | 'low' | 'high';
  /** the lever value or pinned assumption value */
  value: number | null;
  inputs: ModelInputs;
}

/** The design: the scenario, then each lever's min and max, then each assumption's 5th and 95th percentile. */
export function sensitivityDesign(inputs: ModelInputs): DesignPoint[] {
  const pm = planModel(inputs.plan);
  const points: DesignPoint[] = [{ input: '', kind: 'base', side: 'base', value: null, inputs }];
  for (const k of pm.leverKeys) {
    const { min, max } = pm.levers[k];
    for (const [side, v] of [
      ['low', min],
      ['high', max],
    ] as const) {
      points.push({
        input: k,
        kind: 'lever',
        side,
        value: v,
        inputs: { ...inputs, levers: withLever(pm, inputs.levers, k, v) },
      });
    }
  }
  for (const k of pm.uncertaintyKeys) {
    const def = pm.uncertainties[k];
    const [lo, hi] = SENSITIVITY_QUANTILES.map((p) =>
      round4(Math.min(def.max, Math.max(def.min, distQuantile(inputs.uncertainties[k], p)))),
    );
    for (const [side, v] of [
      ['low', lo],
      ['high', hi],
    ] as const) {
      points.push({
        input: k,
        kind: 'assumption',
        side,
        value: v,
        inputs: { ...inputs, uncertainties: { ...inputs.uncertainties, [k]: { kind: 'fixed', value: v } } },
      });
    }
  }
  return points;
}

export interface SensitivityRow {
  input: string;
  kind: 'lever' | 'assumption';
  low: number;
  high: number;
  pMeetLow: number;
  pMeetHigh: number;
  /**
   * the standard errors of the bars' effects, pMeetLow − base.pMeet and pMeetHigh − base.pMeet, for the design the
   * runs share (common random numbers, antithetic pairs; src/stats/clusters.ts); null where not computed
   */
  pMeetLowSE: number | null;
  pMeetHighSE: number | null;
  p50Low: number | null;
  p50High: number | null;
}

export interface SensitivityResult {
  indicator: Indicator;
  year: number;
  base: { pMeet: number; p50: number | null };
  rows: SensitivityRow[];
}

/** Rows from every point's figures (`metrics[i]` belongs to `design[i]`), sorted by |pMeetHigh − pMeetLow|. */
export function assembleSensitivity(
  indicator: Indicator,
  design: DesignPoint[],
  metrics: PointMetrics[],
): SensitivityResult {
  if (metrics.length !== design.length)
    throw new Error(`sensitivity: ${metrics.length} results for ${design.length} points`);
  const rows = new Map<string, SensitivityRow>();
  design.forEach((pt, i) => {
    if (pt.kind === 'base') return;
    const row =
      rows.get(pt.input) ??
      ({
        input: pt.input,
        kind: pt.kind,
        low: NaN,
        high: NaN,
        pMeetLow: NaN,
        pMeetHigh: NaN,
        pMeetLowSE: null,
        pMeetHighSE: null,
        p50Low: null,
        p50High: null,
      } as SensitivityRow);
    const m = metrics[i];
    const se = m.effectSE ?? null;
    if (pt.side === 'low')
      Object.assign(row, { low: pt.value, pMeetLow: m.pMeet, pMeetLowSE: se, p50Low: m.p50 });
    else Object.assign(row, { high: pt.value, pMeetHigh: m.pMeet, pMeetHighSE: se, p50High: m.p50 });
    rows.set(pt.input, row);
  });
  const swing = (r: SensitivityRow) => Math.abs(r.pMeetHigh - r.pMeetLow);
  const medianSwing = (r: SensitivityRow) => Math.abs((r.p50High ?? 0) - (r.p50Low ?? 0));
  // ties (often 0 swing in P) are broken by the median's swing, then by the table's order (a stable sort)
  const sorted = [...rows.values()].sort((a, b) => swing(b) - swing(a) || medianSwing(b) - medianSwing(a));
  const base = design.findIndex((p) => p.kind === 'base');
  return {
    indicator,
    year: planModel(design[base].inputs.plan).targetYear,
    base: { pMeet: metrics[base].pMeet, p50: metrics[base].p50 },
    rows: sorted,
  };
}

/**
 * The figures of design points [first, end), each with the standard error of its P(meet)'s difference from the
 * scenario's (`effectSE`): the scenario's point is run too when it is not among them (a shard's points), so every
 * shard computes its standard errors alone, exactly as the whole design does.
 */
export async function evaluateDesign(
  runner: Runner,
  design: DesignPoint[],
  range: { first: number; end: number },
  indicator: Indicator,
  run: InsightRun,
  opts: InsightOptions = {},
): Promise<PointMetrics[]> {
  const base = design.findIndex((p) => p.kind === 'base');
  const mine = design.slice(range.first, range.end);
  const withBase = base >= range.first && base < range.end ? mine : [design[base], ...mine];
  const runs = await evaluatePointRuns(
    runner,
    withBase.map((p) => p.inputs),
    indicator,
    run,
    opts,
    undefined,
    true,
  );
  const baseRun = runs[withBase.indexOf(design[base])];
  const baseRes = residualsOf(baseRun.clusters, 0, 'meet');
  return mine.map((pt) => {
    const r = runs[withBase.indexOf(pt)];
    if (pt.kind === 'base') return r.metrics;
    return { ...r.metrics, effectSE: seOfDifference(residualsOf(r.clusters, 0, 'meet'), baseRes) };
  });
}

/** The whole tornado on one runner. */
export async function sensitivity(
  runner: Runner,
  inputs: ModelInputs,
  indicator: Indicator,
  run: InsightRun,
  opts: InsightOptions = {},
): Promise<SensitivityResult> {
  const design = sensitivityDesign(inputs);
  const metrics = await evaluateDesign(
    runner,
    design,
    { first: 0, end: design.length },
    indicator,
    run,
    opts,
  );
  return assembleSensitivity(indicator, design, metrics);
}
