/**
 * The ex-post check (src/engine/expost.ts) is built from the record: a fixture that changes one realised figure
 * changes its verdict and percentile; the user's value counts only where the record publishes none; the ex-ante and
 * replay scenarios are the shipped plan and replay scenarios; a plan after the record has no record yet.
 */
import { describe, expect, it } from 'vitest';
import {
  calibration,
  calibrationAsync,
  exAnteInputs,
  expost,
  replayInputs,
  targetValues,
  targetValuesAsync,
  verdictOf,
} from '../../../src/engine/expost.ts';
import type { RecordFigure } from '../../../src/model/record.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../../../src/scenario/plans.ts';
import { RECORD } from '../../../src/scenario/record.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { loadScenario } from '../../helpers.ts';

const plan = bundledPlan(LEGACY_PLAN_ID)!;
const RUNS = 1000;
const figures = RECORD.figures;
const published = (value: number): RecordFigure => ({
  key: 'zone_output_2025_fixture',
  year: 2025,
  area: 'zone',
  measure: { zh: '高新区新一代信息技术产业产值（测试）', en: 'Zone NGIT output (fixture)' },
  unit: '100M CNY',
  value,
  compare: { series: 'output', how: 'level' },
  source: { title: { zh: '测试 2026', en: 'fixture 2026' }, date: '2026', address: null },
  confidence: 'L',
  note: null,
});
const row = (r: ReturnType<typeof expost>, k: string) => r.targets.find((t) => t.indicator === k)!;

describe('the ex-post check', () => {
  it('checks the shipped plan scenario and the shipped replay scenario', () => {
    expect(exAnteInputs(plan)).toEqual(toInputs(loadScenario('plan.json')));
    expect(replayInputs(plan)).toEqual(toInputs(loadScenario('realised-pc-demand.json')));
  });

  it('has one row per target; without a published or entered value each is unknown, with no percentile', () => {
    const r = expost({ plan, figures, seed: 7, runs: RUNS });
    expect(r.targets.map((t) => t.indicator)).toEqual(Object.keys(plan.targets));
    expect(r.targets).toHaveLength(10);
    for (const t of r.targets) {
      expect(t.realised).toBeNull();
      expect(t.verdict).toBe('unknown');
      expect(t.percentile).toBeNull();
      expect(t.p5).toBeLessThanOrEqual(t.p50);
      expect(t.p50).toBeLessThanOrEqual(t.p95);
    }
    expect(r.recordCovers).toBe(true);
    expect(r.recordUntil).toBe(2025);
  });

  it('a realised figure in the record changes its target’s verdict and percentile', () => {
    const low = row(expost({ plan, figures: [...figures, published(1000)], seed: 7, runs: RUNS }), 'output');
    const high = row(expost({ plan, figures: [...figures, published(9000)], seed: 7, runs: RUNS }), 'output');
    expect(low.realised).toMatchObject({ value: 1000, by: 'record' });
    expect(low.verdict).toBe('missed');
    expect(low.percentile).toBe(0);
    expect(high.verdict).toBe('met');
    expect(high.percentile).toBe(100);
    const mid = row(
      expost({ plan, figures: [...figures, published(low.p50)], seed: 7, runs: RUNS }),
      'output',
    );
    expect(mid.percentile).toBeCloseTo(50, 0);
  });

  it('the user’s value counts where the record publishes none, and the record wins where it does', () => {
    const own = row(expost({ plan, figures, userRealised: { output: 4000 }, seed: 7, runs: RUNS }), 'output');
    expect(own.realised).toEqual({ value: 4000, by: 'user' });
    expect(own.verdict).toBe('met');
    const both = row(
      expost({
        plan,
        figures: [...figures, published(1000)],
        userRealised: { output: 4000 },
        seed: 7,
        runs: RUNS,
      }),
      'output',
    );
    expect(both.realised?.by).toBe('record');
    expect(both.verdict).toBe('missed');
  });

  it('verdicts follow the direction of the target', () => {
    expect(verdictOf({ value: 10, direction: 'atLeast' }, 10)).toBe('met');
    expect(verdictOf({ value: 10, direction: 'atLeast' }, 9.9)).toBe('missed');
    expect(verdictOf({ value: 10, direction: 'atMost' }, 9.9)).toBe('met');
    expect(verdictOf({ value: 10, direction: 'atMost' }, 10.1)).toBe('missed');
    expect(verdictOf({ value: 10, direction: 'atMost' }, null)).toBe('unknown');
  });

  it('calibrates over every comparable figure after the base year; changing one moves its percentile and band verdict', () => {
    const cal = calibration(plan, figures, 7, RUNS);
    const comparable = figures.filter((f) => f.compare !== null && f.year > plan.baseYear);
    expect(cal.checks.map((c) => c.figure.key)).toEqual(comparable.map((f) => f.key));
    expect(cal.total).toBe(comparable.length);
    expect(cal.inside).toBe(cal.checks.filter((c) => c.inside).length);
    expect(cal.shareInside).toBeCloseTo(cal.inside / cal.total, 12);
    expect(cal.below + cal.above).toBeLessThanOrEqual(cal.total);
    for (const c of cal.checks) {
      expect(c.inside).toBe(c.p5 <= c.figure.value && c.figure.value <= c.p95);
      expect(c.percentile < 50).toBe(c.figure.value < c.p50);
    }
    const first = cal.checks[0];
    const moved = figures.map((f) => (f.key === first.figure.key ? { ...f, value: first.p50 } : f));
    const again = calibration(plan, moved, 7, RUNS).checks[0];
    expect(again.percentile).toBeCloseTo(50, 0);
    expect(again.inside).toBe(true);
    expect(again.percentile).not.toBe(first.percentile);
  });

  it('the page’s chunked computation gives the same numbers', async () => {
    expect(await targetValuesAsync(plan, 3, 600)).toEqual(targetValues(plan, 3, 600));
    expect(await calibrationAsync(plan, figures, 3, 600)).toEqual(calibration(plan, figures, 3, 600));
  });

  it('a plan whose target year is after the record has no record yet and nothing to calibrate', () => {
    const later = bundledPlan('cq-ngit-2026-2030')!;
    const r = expost({ plan: later, figures, seed: 7, runs: 300 });
    expect(r.recordCovers).toBe(false);
    expect(r.calibration.total).toBe(0);
    expect(r.targets.every((t) => t.verdict === 'unknown')).toBe(true);
  });
});
