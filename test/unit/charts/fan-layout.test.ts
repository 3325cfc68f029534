import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Band } from '../../../src/stats/band.ts';
import {
  fanLayout,
  orderedQuantiles,
  paddedDomain,
  placeTargetLabel,
  textWidth,
  type FanInput,
  YEAR_LABEL_GAP,
} from '../../../src/charts/fan-layout.ts';

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);

/** A band around a median path with a given spread; `nullFirst` makes the start year undefined (growth rates). */
function makeBand(median: (i: number) => number, spread: (i: number) => number, nullFirst = false): Band {
  const at = (z: number) => YEARS.map((_, i) => (nullFirst && i === 0 ? null : median(i) + z * spread(i)));
  return { mean: at(0), p5: at(-1.645), p25: at(-0.674), p50: at(0), p75: at(0.674), p95: at(1.645) };
}

const OUTPUT = makeBand(
  (i) => 2259 * 1.09 ** i,
  (i) => 40 * i,
);

const base = (over: Partial<FanInput> = {}): FanInput => ({
  years: YEARS,
  band: OUTPUT,
  target: 3500,
  targetYear: 2025,
  width: 640,
  height: 320,
  ...over,
});

/** Coordinates of a path made of M/L commands (d3's linear curve), split at every M. */
function subpaths(d: string): [number, number][][] {
  return d
    .split('M')
    .filter((s) => s.trim())
    .map((s) =>
      s
        .replace(/Z/g, '')
        .split('L')
        .map((p) => p.split(',').map(Number) as [number, number]),
    );
}

/** For an area path: at each x, the y of its upper (y1) and lower (y0) edges. */
function areaEdges(d: string): Map<number, { top: number; bottom: number }> {
  const edges = new Map<number, { top: number; bottom: number }>();
  for (const pts of subpaths(d)) {
    const half = pts.length / 2;
    for (let i = 0; i < half; i++) {
      const [x, top] = pts[i];
      const [xb, bottom] = pts[pts.length - 1 - i];
      expect(xb).toBeCloseTo(x, 2);
      edges.set(Math.round(x), { top, bottom });
    }
  }
  return edges;
}

function expectNoNaN(layout: ReturnType<typeof fanLayout>) {
  const strings = [layout.outerPath, layout.innerPath, layout.medianPath, layout.historyPath];
  for (const s of strings) expect(s).not.toMatch(/NaN|Infinity|undefined/);
  const [lo, hi] = layout.y.domain;
  expect(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo).toBe(true);
  expect(layout.x.domain[1]).toBeGreaterThan(layout.x.domain[0]);
  for (const t of [...layout.xTicks, ...layout.yTicks]) expect(Number.isFinite(t.pos)).toBe(true);
  for (const p of layout.points) {
    for (const v of [p.x, p.y5, p.y25, p.y50, p.y75, p.y95])
      expect(v === null || Number.isFinite(v)).toBe(true);
  }
  if (layout.target) expect(Number.isFinite(layout.target.x) && Number.isFinite(layout.target.y)).toBe(true);
}

function expectBandsNested(layout: ReturnType<typeof fanLayout>) {
  const outer = areaEdges(layout.outerPath);
  const inner = areaEdges(layout.innerPath);
  // In SVG y grows downwards: the upper edge of a band has the smaller y.
  for (const { top, bottom } of [...outer.values(), ...inner.values()])
    expect(top).toBeLessThanOrEqual(bottom);
  for (const [x, e] of inner) {
    const o = outer.get(x);
    if (!o) continue; // no 5–95 % band that year
    expect(o.top).toBeLessThanOrEqual(e.top + 1e-6);
    expect(e.bottom).toBeLessThanOrEqual(o.bottom + 1e-6);
  }
  for (const p of layout.points) {
    // p95 … p5 from top to bottom, wherever defined
    const ys = [p.y95, p.y75, p.y50, p.y25, p.y5].filter((v): v is number => v !== null);
    for (let i = 1; i < ys.length; i++) expect(ys[i - 1]).toBeLessThanOrEqual(ys[i]);
  }
}

describe('fanLayout', () => {
  it('draws both bands, the median and one point per year', () => {
    const l = fanLayout(base());
    expect(subpaths(l.outerPath)).toHaveLength(1);
    expect(subpaths(l.outerPath)[0]).toHaveLength(2 * YEARS.length);
    expect(subpaths(l.medianPath)[0]).toHaveLength(YEARS.length);
    expect(l.points.map((p) => p.year)).toEqual(YEARS);
    expectBandsNested(l);
    expectNoNaN(l);
  });

  it('has an x range inside the margins and a y range from bottom to top', () => {
    const l = fanLayout(base({ margin: { left: 50, right: 10, top: 5, bottom: 30 } }));
    expect(l.x.range).toEqual([50, 630]);
    expect(l.y.range).toEqual([290, 5]);
    expect(l.points[0].x).toBe(50);
    expect(l.points[15].x).toBe(630);
  });

  it('labels the milestone years 2020, 2025, 2030 and 2035 and ticks every year', () => {
    const l = fanLayout(base());
    expect(l.xTicks.map((t) => t.value)).toEqual(YEARS);
    expect(l.xTicks.filter((t) => t.label).map((t) => t.label)).toEqual(['2020', '2025', '2030', '2035']);
    expect(l.xTicks.filter((t) => t.milestone).map((t) => t.value)).toEqual([2020, 2025, 2030, 2035]);
  });

  it('a narrow chart keeps the year labels that fit, 2025 and 2035 first, never closer than YEAR_LABEL_GAP', () => {
    for (const width of [90, 120, 150, 200, 260]) {
      const l = fanLayout(base({ width, margin: { left: 30, right: 8, top: 5, bottom: 20 } }));
      const labelled = l.xTicks.filter((t) => t.label);
      expect(labelled.length).toBeGreaterThan(0);
      for (let i = 1; i < labelled.length; i++)
        expect(labelled[i].pos - labelled[i - 1].pos).toBeGreaterThanOrEqual(YEAR_LABEL_GAP);
      expect(labelled.map((t) => t.value)).toContain(2025);
    }
    const narrow = fanLayout(base({ width: 120, margin: { left: 30, right: 8, top: 5, bottom: 20 } }));
    expect(narrow.xTicks.filter((t) => t.label).map((t) => t.value)).toEqual([2025, 2035]);
  });

  it('y ticks are inside the domain, labelled and localised', () => {
    const l = fanLayout(base({ lang: 'zh' }));
    expect(l.yTicks.length).toBeGreaterThanOrEqual(3);
    for (const t of l.yTicks) {
      expect(t.value).toBeGreaterThanOrEqual(l.y.domain[0]);
      expect(t.value).toBeLessThanOrEqual(l.y.domain[1]);
      expect(t.label).toMatch(/^[\d,.-]+$/);
    }
    expect(l.yTicks.some((t) => t.label.includes(','))).toBe(true);
  });

  it('includes the target, padded, in the y domain even far outside the data', () => {
    for (const target of [3500, 1e5, -50, 0]) {
      const l = fanLayout(base({ target }));
      expect(l.y.domain[0]).toBeLessThan(target === 0 ? 1 : Math.min(target, 2259));
      expect(l.y.domain[1]).toBeGreaterThan(Math.max(target, OUTPUT.p95[15]!));
      expect(l.target).toMatchObject({ year: 2025, value: target, x: l.xTicks[5].pos });
      expect(l.target!.y).toBeGreaterThanOrEqual(l.y.range[1]);
      expect(l.target!.y).toBeLessThanOrEqual(l.y.range[0]);
      expectNoNaN(l);
      expectBandsNested(l);
    }
    expect(fanLayout(base({ target: null })).target).toBeNull();
  });

  it('includes the history in both domains', () => {
    const history = [
      { year: 2016, value: 1500 },
      { year: 2018, value: 900 },
      { year: 2020, value: 2259.3 },
    ];
    const l = fanLayout(base({ history }));
    expect(l.x.domain[0]).toBe(2016);
    expect(l.y.domain[0]).toBeLessThanOrEqual(900);
    expect(l.history).toHaveLength(3);
    expect(subpaths(l.historyPath)[0]).toHaveLength(3);
    expectNoNaN(l);
  });

  it("takes an estimated point's range into the y domain and gives its pixel ends", () => {
    const plain = fanLayout(base({ history: [{ year: 2020, value: 2259.3 }] }));
    expect(plain.history[0].yLo).toBeUndefined();
    const l = fanLayout(base({ history: [{ year: 2020, value: 2259.3, range: { lo: 50, hi: 9000 } }] }));
    expect(l.y.domain[0]).toBeLessThanOrEqual(50);
    expect(l.y.domain[1]).toBeGreaterThanOrEqual(9000);
    const [p] = l.history;
    expect(p.yLo).toBeGreaterThan(p.y);
    expect(p.yHi).toBeLessThan(p.y);
    expectNoNaN(l);
  });

  it('skips null years (growth rates in the start year)', () => {
    const band = makeBand(
      () => 9,
      (i) => i,
      true,
    );
    const l = fanLayout(base({ band, target: 10 }));
    expect(subpaths(l.outerPath)[0]).toHaveLength(2 * (YEARS.length - 1));
    expect(subpaths(l.medianPath)[0]).toHaveLength(YEARS.length - 1);
    expect(l.points[0]).toMatchObject({ year: 2020, p50: null, y50: null, isolated: false });
    expectNoNaN(l);
  });

  it('stays finite for degenerate data', () => {
    const zeros = makeBand(
      () => 0,
      () => 0,
    );
    const flat = makeBand(
      () => 36,
      () => 0,
    );
    const nulls: Band = { mean: [], p5: [], p25: [], p50: [], p75: [], p95: [] };
    for (const k of Object.keys(nulls) as (keyof Band)[]) nulls[k] = YEARS.map(() => null);
    const nan: Band = { ...flat, p5: flat.p5.map(() => NaN), p95: flat.p95.map(() => Infinity) };
    const one: Band = { mean: [5], p5: [5], p25: [5], p50: [5], p75: [5], p95: [5] };
    const cases: FanInput[] = [
      base({ band: zeros, target: 0 }),
      base({ band: zeros, target: null }),
      base({ band: flat, target: 100, integer: true }),
      base({ band: flat, target: 36, integer: true }),
      base({ band: nulls }),
      base({ band: nulls, target: null }),
      base({ band: nan }),
      base({ years: [2025], band: one, target: 5 }),
      base({ years: [2025], band: one, target: null }),
      base({ years: [], band: { mean: [], p5: [], p25: [], p50: [], p75: [], p95: [] }, target: null }),
      base({ width: 0, height: 0 }),
      base({ width: NaN, height: 10 }),
      base({ band: OUTPUT, target: 1e9 }),
    ];
    for (const c of cases) {
      const l = fanLayout(c);
      expectNoNaN(l);
      expectBandsNested(l);
      if (c.target !== null && c.years.length) {
        expect(l.y.domain[0]).toBeLessThanOrEqual(c.target);
        expect(l.y.domain[1]).toBeGreaterThanOrEqual(c.target);
      }
    }
  });

  it('marks a lone year as isolated so it can be drawn as a marker', () => {
    const l = fanLayout(
      base({ years: [2025], band: { mean: [5], p5: [3], p25: [4], p50: [5], p75: [6], p95: [8] } }),
    );
    expect(l.points[0].isolated).toBe(true);
    expect(l.x.domain[0]).toBeLessThan(2025);
    expect(l.x.domain[1]).toBeGreaterThan(2025);
    expect(l.xTicks.filter((t) => t.label).map((t) => t.value)).toEqual([2025]);
  });

  it('flat whole-number data get whole-number ticks over a non-empty range', () => {
    const flat = makeBand(
      () => 5,
      () => 0,
    );
    const l = fanLayout(base({ band: flat, target: 5, integer: true }));
    expect(l.yTicks.length).toBeGreaterThanOrEqual(2);
    for (const t of l.yTicks) expect(Number.isInteger(t.value)).toBe(true);
  });

  it('never lets the bands cross, even if the percentiles come out of order', () => {
    const shuffled: Band = { ...OUTPUT, p5: OUTPUT.p95, p95: OUTPUT.p5, p25: OUTPUT.p50, p50: OUTPUT.p25 };
    expectBandsNested(fanLayout(base({ band: shuffled })));
    // found by the property below: values 1 ulp apart near -1e6 once mapped to pixels in the wrong order
    const close: Band = {
      mean: [null, null],
      p5: [null, null],
      p25: [-999999.9999999994, null],
      p50: [null, null],
      p75: [-999999.9999999995, null],
      p95: [null, null],
    };
    expectBandsNested(fanLayout(base({ years: [2020, 2021], band: close })));
    const q = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(q, q, q, q, q), { minLength: 1, maxLength: 16 }), (rows) => {
        const years = rows.map((_, i) => 2020 + i);
        const col = (j: number) => rows.map((r) => r[j]);
        const band: Band = { mean: col(2), p5: col(0), p25: col(1), p50: col(2), p75: col(3), p95: col(4) };
        const l = fanLayout(base({ years, band }));
        expectNoNaN(l);
        expectBandsNested(l);
      }),
      { numRuns: 200 },
    );
  });

  it('finds hover points by year and by pixel', () => {
    const l = fanLayout(base());
    expect(l.pointAt(2025)).toMatchObject({ year: 2025, p50: OUTPUT.p50[5] });
    expect(l.pointAt(2040)).toBeNull();
    expect(l.nearestYear(l.points[7].x + 3)).toBe(2027);
    expect(l.nearestYear(-100)).toBe(2020);
    expect(l.nearestYear(1e6)).toBe(2035);
  });
});

describe('orderedQuantiles and paddedDomain', () => {
  it('sorts the defined percentiles and keeps nulls in place', () => {
    const band: Band = { mean: [0], p5: [3], p25: [null], p50: [1], p75: [NaN], p95: [2] };
    expect(orderedQuantiles(band, 0)).toEqual([1, null, 2, null, 3]);
  });

  it('pads, keeps non-negative data non-negative and never returns an empty domain', () => {
    expect(paddedDomain([])).toEqual([0, 1]);
    expect(paddedDomain([0, 0])).toEqual([0, 1]);
    expect(paddedDomain([100])).toEqual([90, 110]);
    expect(paddedDomain([5], true)[1] - paddedDomain([5], true)[0]).toBeGreaterThanOrEqual(2);
    const [lo, hi] = paddedDomain([0, 10]);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(10);
    expect(paddedDomain([-5, 5])[0]).toBeLessThan(-5);
  });
});

describe('target label placement', () => {
  it('estimates CJK characters at one em and others at about 0.58 em', () => {
    expect(textWidth('目标', 13)).toBe(26);
    expect(textWidth('3,500', 13)).toBeCloseTo(37.5, 9);
  });

  it('puts the label right of the marker when it fits, starting 10 px after it', () => {
    expect(placeTargetLabel(['Target 3,500 亿元', '3,500 亿元'], 200, 100, 640)).toEqual({
      text: 'Target 3,500 亿元',
      x: 210,
      y: 92,
      anchor: 'start',
      place: 'right',
    });
  });

  it('falls back to the short label when the full one takes more than half the width', () => {
    const l = placeTargetLabel(['Target 3,500 亿元', '3,500 亿元'], 50, 100, 200);
    expect(l?.text).toBe('3,500 亿元');
  });

  it('goes left of a marker near the right edge, and above it when neither side has room', () => {
    const left = placeTargetLabel(['目标 3,500 亿元'], 600, 80, 640);
    expect(left).toMatchObject({ place: 'left', anchor: 'end', x: 590, y: 72 });
    const above = placeTargetLabel(['目标 3,500 亿元'], 60, 80, 120);
    expect(above?.place).toBe('above');
    expect(above?.anchor).toBe('middle');
    // centred on the marker but kept inside the chart
    const w = textWidth(above!.text);
    expect(above!.x - w / 2).toBeGreaterThanOrEqual(0);
    expect(above!.x + w / 2).toBeLessThanOrEqual(120);
    expect(above!.y).toBe(68);
  });

  it('fanLayout places the label of its target; no labels or no target give none', () => {
    const withLabel = fanLayout(base({ targetLabels: ['Target 3,500', '3,500'] }));
    expect(withLabel.target?.label?.text).toBe('Target 3,500');
    expect(withLabel.target?.label?.x).toBeCloseTo(withLabel.target!.x + 10, 9);
    expect(fanLayout(base()).target?.label).toBeNull();
    expect(fanLayout(base({ target: null, targetLabels: ['x'] })).target).toBeNull();
  });
});
