import { describe, expect, it } from 'vitest';
import { compareLayout, envelope } from '../../../src/charts/compare-layout.ts';

const band = (mid: number[]) => ({
  mean: mid,
  p5: mid.map((m) => m - 2),
  p25: mid.map((m) => m - 1),
  p50: mid,
  p75: mid.map((m) => m + 1),
  p95: mid.map((m) => m + 2),
});

describe('compare layout', () => {
  const a = { years: [2020, 2021, 2022], band: band([10, 11, 12]), color: '#0072B2', label: 'A' };
  const b = {
    years: [2018, 2019, 2020, 2021, 2022],
    band: band([5, 6, 7, 8, 20]),
    color: '#E69F00',
    label: 'B',
  };

  it('spans the union of years and every 25–75 band', () => {
    const env = envelope([a, b]);
    expect(env.years).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(env.band.p25[4]).toBe(11);
    expect(env.band.p75[4]).toBe(21);
  });

  it('draws each series on shared scales', () => {
    const l = compareLayout({ series: [a, b], target: 15, targetYear: 2022, width: 300, height: 200 });
    expect(l.overlays).toHaveLength(2);
    expect(l.overlays[0].medianPath.startsWith('M')).toBe(true);
    expect(l.overlays[1].innerPath.length).toBeGreaterThan(0);
    expect(l.overlays[0].atTarget).toBe(12);
    expect(l.y.domain[0]).toBeLessThanOrEqual(4);
    expect(l.y.domain[1]).toBeGreaterThanOrEqual(21);
    expect(l.x.domain).toEqual([2018, 2022]);
  });
});
