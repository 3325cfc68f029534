import { describe, expect, it } from 'vitest';
import { summarySpec } from '../../../src/stats/summary-spec.ts';
import type { Indicator } from '../../../src/model/indicators.ts';
import { addPath, createSummary, type Summary } from '../../../src/stats/summary.ts';
import {
  AXIS_FONT_SIZE,
  barPaths,
  distributionLayout,
  distributionOf,
  logTicks,
  spaceTicks,
  type BarRect,
  type Distribution,
} from '../../../src/charts/distribution.ts';
import { textWidth } from '../../../src/charts/fan-layout.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { loadScenario, PLAN, PM, SERIES_INDEX, simulate } from '../../helpers.ts';

const START = 2020;
const spec = summarySpec(PLAN, START);
/** an indicator's target in the 2021–2025 plan */
const targetOf = (k: Indicator) => PM.indicators[k].target!.value;
const T = spec.nYears;

/** A summary of hand-made paths: `value(run, yearIndex)` for one indicator, every other series undefined. */
function summaryOf(
  indicator: Indicator,
  runs: number,
  value: (run: number, year: number) => number,
): Summary {
  const s = createSummary(spec);
  const path = new Float64Array(PM.series.length * T);
  const row = SERIES_INDEX[indicator] * T;
  for (let r = 0; r < runs; r++) {
    path.fill(NaN);
    for (let y = 0; y < T; y++) path[row + y] = value(r, y);
    addPath(s, spec, path);
  }
  return s;
}

/** Deterministic pseudo-normal quantiles, spread evenly (no RNG needed). */
const normalish = (r: number, runs: number) => {
  const u = (r + 0.5) / runs;
  return Math.log(u / (1 - u)) * 0.55; // logistic, close to a standard normal
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function expectWellFormed(d: Distribution, maxBars = 40) {
  expect(d.bars.length).toBeGreaterThan(0);
  expect(d.bars.length).toBeLessThanOrEqual(maxBars);
  expect(sum(d.bars.map((b) => b.share))).toBeCloseTo(1, 12);
  for (const b of d.bars) {
    expect(b.x1).toBeGreaterThan(b.x0);
    expect(b.share).toBeGreaterThanOrEqual(0);
  }
  for (let i = 1; i < d.bars.length; i++) expect(d.bars[i].x0).toBeCloseTo(d.bars[i - 1].x1, 9);
}

describe('distributionOf', () => {
  const runs = 2000;
  const output = summaryOf(
    'output',
    runs,
    (r, y) => 2259.3 * Math.exp(0.08 * y + 0.04 * y ** 0.5 * normalish(r, runs)),
  );

  it('re-bins the fine histogram into at most 40 bars holding all the mass', () => {
    for (const year of [2021, 2025, 2035]) {
      const d = distributionOf(output, PLAN, START, 'output', year);
      expectWellFormed(d);
      expect(d.n).toBe(runs);
      expect(d.scale).toBe('log');
      // the bars' counts add up to the fine histogram's total
      expect(Math.round(sum(d.bars.map((b) => b.share)) * d.n)).toBe(runs);
    }
    expectWellFormed(distributionOf(output, PLAN, START, 'output', 2025, 12), 12);
  });

  it('covers the 0.5–99.5 % range with the fine bins edges and folds the tails into the end bars', () => {
    const d = distributionOf(output, PLAN, START, 'output', 2030);
    const k = SERIES_INDEX.output * T + 10;
    expect(d.bars[0].x0).toBeLessThanOrEqual(output.max[k]);
    expect(d.bars[0].x0).toBeGreaterThanOrEqual(spec.binnings[SERIES_INDEX.output]!.lo);
    expect(d.tails.below).toBeLessThanOrEqual(0.005);
    expect(d.tails.above).toBeLessThanOrEqual(0.005);
    expect(d.tails.below).toBeGreaterThan(0);
    // 0.5 % of the mass or less lies below the first bar's lower edge and above the last bar's upper edge
    const sorted = Array.from(
      { length: runs },
      (_, r) => 2259.3 * Math.exp(0.8 + 0.04 * 10 ** 0.5 * normalish(r, runs)),
    );
    expect(sorted.filter((v) => v < d.bars[0].x0).length / runs).toBeLessThanOrEqual(0.005);
    expect(sorted.filter((v) => v >= d.bars[d.bars.length - 1].x1).length / runs).toBeLessThanOrEqual(0.005);
  });

  it('pMeet is meet / n of that year', () => {
    for (const year of [2020, 2023, 2025, 2035]) {
      const k = SERIES_INDEX.output * T + (year - START);
      const d = distributionOf(output, PLAN, START, 'output', year);
      expect(d.pMeet).toBe(output.meet[k] / output.n[k]);
    }
    const d = distributionOf(output, PLAN, START, 'output', 2025);
    expect(d.pMeet).toBeGreaterThan(0.05);
    expect(d.pMeet).toBeLessThan(0.95);
  });

  it('shades exactly the bars with x0 ≥ target, and they hold the meeting share within one fine bin', () => {
    for (const year of [2024, 2025, 2026]) {
      const d = distributionOf(output, PLAN, START, 'output', year);
      const target = targetOf('output');
      for (const b of d.bars) expect(b.meets).toBe(b.x0 >= target);
      const shaded = sum(d.bars.filter((b) => b.meets).map((b) => b.share));
      expect(Math.abs(shaded - d.pMeet)).toBeLessThan(0.02);
    }
  });

  it('whole-number indicators: bars cover whole numbers and the shaded share equals pMeet exactly', () => {
    const runsI = 1000;
    for (const ind of ['leading_firms', 'firms', 'innovation_platforms', 'specialised_firms'] as const) {
      const s = summaryOf(ind, runsI, (r, y) => Math.max(0, Math.round(y * 1.6 + 3 * normalish(r, runsI))));
      const target = targetOf(ind);
      for (const year of [2022, 2025, 2035]) {
        const d = distributionOf(s, PLAN, START, ind, year);
        expectWellFormed(d);
        for (const b of d.bars) {
          expect(Number.isInteger(b.x0 + 0.5)).toBe(true);
          expect(Number.isInteger(b.x1 + 0.5)).toBe(true);
          expect(b.meets).toBe(b.x0 + 0.5 >= target);
        }
        const shaded = sum(d.bars.filter((b) => b.meets).map((b) => b.share));
        expect(shaded).toBeCloseTo(d.pMeet, 12);
      }
    }
  });

  it('handles a constant year, growth rates undefined in the start year and a year out of range', () => {
    const firms = summaryOf('firms', 50, () => 36);
    const d = distributionOf(firms, PLAN, START, 'firms', 2020);
    expect(d.bars).toEqual([{ x0: 35.5, x1: 36.5, share: 1, meets: false }]);
    expect(d.pMeet).toBe(0);

    const cagr = summaryOf('output_cagr', 100, (r, y) => (y === 0 ? NaN : 12));
    const first = distributionOf(cagr, PLAN, START, 'output_cagr', 2020);
    expect(first.bars).toEqual([]);
    expect(first.n).toBe(0);
    expect(first.pMeet).toBeNaN();
    const later = distributionOf(cagr, PLAN, START, 'output_cagr', 2025);
    expect(later.bars).toHaveLength(1);
    expect(later.bars[0].meets).toBe(true);
    expect(later.pMeet).toBe(1);

    expect(() => distributionOf(cagr, PLAN, START, 'output_cagr', 2019)).toThrow(RangeError);
    expect(() => distributionOf(cagr, PLAN, START, 'output_cagr', 2036)).toThrow(RangeError);
  });
});

describe('distributionLayout', () => {
  const runs = 1000;
  const va = summaryOf('va_ratio', runs, (r, y) => 8.73 + 0.3 * y + 1.2 * normalish(r, runs));

  it('places bars inside the plot, heights proportional to share, the target line at the target', () => {
    const dist = distributionOf(va, PLAN, START, 'va_ratio', 2025);
    const l = distributionLayout({ dist, width: 480, height: 240 });
    expect(l.bars).toHaveLength(dist.bars.length);
    const [left, right] = l.x.range;
    const [bottom, top] = l.y.range;
    for (const b of l.bars) {
      expect(b.x).toBeGreaterThanOrEqual(left);
      expect(b.x + b.width).toBeLessThanOrEqual(right + 1e-9);
      expect(b.y).toBeGreaterThanOrEqual(top);
      expect(b.y + b.height).toBeCloseTo(bottom, 9);
      expect(b.height / (bottom - top)).toBeCloseTo(b.share / l.y.domain[1], 9);
    }
    const tx = left + ((10 - l.x.domain[0]) / (l.x.domain[1] - l.x.domain[0])) * (right - left);
    expect(l.targetX).toBeCloseTo(tx, 9);
    // shaded bars lie right of the target line
    for (const b of l.bars) if (b.meets) expect(b.x).toBeGreaterThanOrEqual(l.targetX - 1e-9);
    expect(l.yTicks.every((t) => t.label.endsWith('%'))).toBe(true);
    expect(l.xTicks.length).toBeGreaterThanOrEqual(2);
  });

  it('whole-number indicators: the target line sits on the edge of the first shaded bar', () => {
    const s = summaryOf('leading_firms', 300, (r) => r % 9);
    const dist = distributionOf(s, PLAN, START, 'leading_firms', 2025);
    const l = distributionLayout({ dist, width: 480, height: 240 });
    const first = l.bars.find((b) => b.meets)!;
    expect(first.x0).toBe(4.5);
    expect(l.targetX).toBeCloseTo(first.x, 9);
    expect(dist.pMeet).toBeCloseTo(4 / 9, 2);
  });

  it('uses a log axis for log-binned indicators and keeps the target in view when far from the data', () => {
    const out = summaryOf('output', 200, () => 2259.3);
    const dist = distributionOf(out, PLAN, START, 'output', 2020);
    const l = distributionLayout({ dist, width: 480, height: 240, lang: 'zh' });
    expect(l.x.scale).toBe('log');
    expect(l.x.domain[0]).toBeLessThan(2259.3);
    expect(l.x.domain[1]).toBeGreaterThan(3500);
    for (const t of l.xTicks) expect(Number.isFinite(t.pos)).toBe(true);
    expect(Number.isFinite(l.targetX)).toBe(true);
    expect(JSON.stringify(l)).not.toMatch(/NaN|null/);
  });

  it('stays finite with no data and with zero size', () => {
    const cagr = summaryOf('output_cagr', 10, (r, y) => (y === 0 ? NaN : 0));
    for (const dist of [
      distributionOf(cagr, PLAN, START, 'output_cagr', 2020),
      distributionOf(cagr, PLAN, START, 'output_cagr', 2030),
    ]) {
      for (const [width, height] of [
        [480, 240],
        [0, 0],
        [NaN, 10],
      ]) {
        const l = distributionLayout({ dist, width, height });
        expect(JSON.stringify(l)).not.toMatch(/NaN|null/);
        expect(l.x.domain[1]).toBeGreaterThan(l.x.domain[0]);
        expect(l.y.domain[1]).toBeGreaterThan(l.y.domain[0]);
      }
    }
  });
});

describe('axis labels that do not run together', () => {
  it('spaceTicks drops a tick whose label would touch the last one kept', () => {
    const ticks = [0, 60, 80, 100, 200].map((pos) => ({ value: pos, pos, label: '25,000' }));
    // "25,000" at 12 px is about 41 px wide: neighbours need 41 + 8 px between centres
    expect(spaceTicks(ticks, 12).map((t) => t.pos)).toEqual([0, 60, 200]);
  });

  it("the plan's 2035 output histogram (log axis) has no two labels overlapping, at any usual width", () => {
    const s = simulate(toInputs(loadScenario('plan.json')), 2000, 7);
    const dist = distributionOf(s, PLAN, START, 'output', 2035);
    expect(dist.scale).toBe('log');
    for (const width of [320, 480, 640, 960]) {
      const { xTicks } = distributionLayout({ dist, width, height: 240, lang: 'zh' });
      expect(xTicks.length, `${width}`).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < xTicks.length; i++) {
        const [a, b] = [xTicks[i - 1], xTicks[i]];
        const room = (textWidth(a.label, AXIS_FONT_SIZE) + textWidth(b.label, AXIS_FONT_SIZE)) / 2;
        expect(b.pos - a.pos, `${width}: ${a.label} | ${b.label}`).toBeGreaterThan(room);
      }
    }
  });
});

describe('logTicks', () => {
  it('gives 1, 2 and 5 times the powers of ten inside the domain', () => {
    expect(logTicks(2462, 33028)).toEqual([5000, 10000, 20000]);
    expect(logTicks(0.3, 12)).toEqual([0.5, 1, 2, 5, 10]);
    expect(logTicks(0, 10)).toEqual([]);
  });
});

describe('barPaths', () => {
  const bar = (x: number, width: number, y: number, height: number, meets: boolean): BarRect => ({
    x0: 0,
    x1: 1,
    share: 0,
    meets,
    x,
    y,
    width,
    height,
  });

  it('draws each bar as one closed rectangle in the path of its side, in the bars’ order', () => {
    const p = barPaths([
      bar(10, 5, 20, 30, false),
      bar(15, 5, 40, 10, false),
      bar(20, 5.123456, 0.5, 49.5, true),
    ]);
    expect(p.miss).toBe('M10,20h5v30h-5ZM15,40h5v10h-5Z');
    expect(p.meet).toBe('M20,0.5h5.12v49.5h-5.12Z');
  });

  it('gives empty paths where no bar is on a side', () => {
    expect(barPaths([bar(0, 1, 0, 1, true)]).miss).toBe('');
    expect(barPaths([])).toEqual({ meet: '', miss: '' });
  });
});
