import { describe, expect, it } from 'vitest';
import { attributionLayout } from '../../../src/charts/attribution-layout.ts';
import { MIN_BAR, tornadoLayout } from '../../../src/charts/tornado-layout.ts';

describe('tornado layout', () => {
  const rows = [
    { key: 'a', low: 0.2, high: 0.9 },
    { key: 'b', low: 0.6, high: 0.4 },
    { key: 'c', low: 0.5, high: 0.5 },
    { key: 'd', low: null, high: 0.7 },
  ];

  it('draws each bar from the base to its value on a shared scale, rows in the given order', () => {
    const l = tornadoLayout({ rows, base: 0.5, width: 208, domain: [0, 1], margin: 4 });
    expect(l.domain).toEqual([0, 1]);
    expect(l.baseX).toBeCloseTo(104);
    expect(l.rows.map((r) => r.key)).toEqual(['a', 'b', 'c', 'd']);
    const [a, b, c, d] = l.rows;
    // a: low to the left of the base, high to the right
    expect(a.lowBar!.x).toBeCloseTo(4 + 0.2 * 200);
    expect(a.lowBar!.x + a.lowBar!.width).toBeCloseTo(l.baseX);
    expect(a.highBar!.x).toBeCloseTo(l.baseX);
    expect(a.highBar!.width).toBeCloseTo(0.4 * 200);
    expect(a.swing).toBeCloseTo(0.7);
    // b: its high end lowers the measure, so the high bar is on the left
    expect(b.highBar!.x + b.highBar!.width).toBeCloseTo(l.baseX);
    expect(b.lowBar!.x).toBeCloseTo(l.baseX);
    // c: no effect, no width
    expect(c.lowBar!.width).toBe(0);
    expect(c.swing).toBe(0);
    // d: a missing value draws no bar and no swing
    expect(d.lowBar).toBeNull();
    expect(d.swing).toBe(0);
    expect(l.ticks[0]).toEqual({ value: 0, x: 4 });
    expect(l.ticks.at(-1)!.x).toBeCloseTo(204);
  });

  it('keeps a tiny effect visible and fits a free domain around the data', () => {
    const l = tornadoLayout({ rows: [{ key: 'x', low: 99.99, high: 130 }], base: 100, width: 300 });
    expect(l.domain[0]).toBeLessThanOrEqual(99.99);
    expect(l.domain[1]).toBeGreaterThanOrEqual(130);
    expect(l.rows[0].lowBar!.width).toBe(MIN_BAR);
    expect(l.rows[0].lowBar!.x + MIN_BAR).toBeCloseTo(l.baseX);
  });
});

describe('attribution layout', () => {
  const spec = {
    years: [2021, 2022],
    total: [3, -1],
    series: [
      { key: 'p', color: '#111', values: [2, 1] },
      { key: 'q', color: '#222', values: [2, -3] },
      { key: 'r', color: '#333', values: [-1, 1] },
    ],
    width: 400,
    height: 200,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
  };

  it('stacks positive parts up from zero and negative parts down from zero', () => {
    const l = attributionLayout(spec);
    const y = (v: number) => l.zeroY - (v * (l.plot.bottom - l.plot.top)) / (l.domain[1] - l.domain[0]);
    const at = (key: string, year: number) => l.segments.find((s) => s.key === key && s.year === year)!;
    // 2021: p and q above zero (p first), r below
    expect(at('p', 2021).y + at('p', 2021).height).toBeCloseTo(l.zeroY);
    expect(at('q', 2021).y + at('q', 2021).height).toBeCloseTo(at('p', 2021).y);
    expect(at('q', 2021).y).toBeCloseTo(y(4));
    expect(at('r', 2021).y).toBeCloseTo(l.zeroY);
    expect(at('r', 2021).height).toBeCloseTo(l.zeroY - y(1));
    // 2022: q is the only negative part
    expect(at('q', 2022).y).toBeCloseTo(l.zeroY);
    expect(at('r', 2022).y + at('r', 2022).height).toBeCloseTo(at('p', 2022).y);
    // the domain covers the highest stack (4) and the lowest (−3), and the totals are marked
    expect(l.domain[0]).toBeLessThanOrEqual(-3);
    expect(l.domain[1]).toBeGreaterThanOrEqual(4);
    expect(l.totals.map((t) => t.value)).toEqual([3, -1]);
    expect(l.totals[1].y).toBeCloseTo(y(-1));
    expect(l.xTicks.map((t) => t.year)).toEqual([2021, 2022]);
  });

  it('leaves out parts that are zero or missing', () => {
    const l = attributionLayout({
      ...spec,
      series: [{ key: 'p', color: '#111', values: [0, null] }],
      total: [0, null],
    });
    expect(l.segments).toEqual([]);
    expect(l.totals).toHaveLength(1);
    expect(l.domain[1]).toBeGreaterThan(l.domain[0]);
  });
});
