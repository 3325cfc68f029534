/**
 * The history check's chart geometry: each realised point sits at its value on the shared axis, inside its band
 * exactly when the check says so, the median inside the band, and 0 % always on the axis.
 */
import { describe, expect, it } from 'vitest';
import {
  historyLayout,
  labelLines,
  textWidth,
  HISTORY_ROW,
  type CheckedFigure,
} from '../../../src/charts/history-layout.ts';

const fig = (key: string, value: number, p5: number, p50: number, p95: number): CheckedFigure => ({
  figure: { key, year: 2022, measure: { zh: `中文${key}`, en: `English ${key}` }, value },
  p5,
  p50,
  p95,
  inside: p5 <= value && value <= p95,
});

const checks = [
  fig('a', 15.3, 17.2, 29.4, 41.5),
  fig('b', -11.6, -11.1, 10.6, 32.3),
  fig('c', 6.6, -1.9, 8.1, 18.6),
];

describe('historyLayout', () => {
  it('places bands, medians and points on one linear axis that holds them all and 0', () => {
    const l = historyLayout(checks, 'zh', 640);
    expect(l.rows).toHaveLength(3);
    const [left, right] = [l.margin.left, l.width - l.margin.right];
    for (const r of l.rows) {
      for (const x of [r.x5, r.x50, r.x95, r.xValue]) {
        expect(x).toBeGreaterThanOrEqual(left);
        expect(x).toBeLessThanOrEqual(right);
      }
      expect(r.x5).toBeLessThanOrEqual(r.x50);
      expect(r.x50).toBeLessThanOrEqual(r.x95);
      expect(r.inside).toBe(r.x5 <= r.xValue && r.xValue <= r.x95);
    }
    // linear: equal differences in % give equal differences in px
    const perPct = (l.rows[0].x95 - l.rows[0].x5) / (41.5 - 17.2);
    expect(l.rows[1].x95 - l.rows[1].x5).toBeCloseTo(perPct * (32.3 + 11.1), 6);
    expect(l.x0).toBeCloseTo(l.rows[1].xValue + perPct * 11.6, 6);
    expect(l.rows.map((r) => r.inside)).toEqual([false, false, true]);
    // one row each, evenly spaced, all inside the height
    expect(l.rows[1].y - l.rows[0].y).toBe(HISTORY_ROW);
    expect(l.height).toBe(l.margin.top + 3 * HISTORY_ROW + l.margin.bottom);
    expect(l.ticks.some((t) => t.value === 0)).toBe(true);
  });

  it('labels rows with year and label in the language given', () => {
    expect(historyLayout(checks, 'zh').rows[0].label).toBe('2022 中文a');
    expect(historyLayout(checks, 'en').rows[2].label).toBe('2022 English c');
  });

  it('a label too wide for the margin breaks into two lines that each fit', () => {
    const long = fig('n', 20, 10, 20, 30);
    long.figure.measure = {
      zh: '重庆笔记本电脑产量增速（2019—2021年均）',
      en: 'Chongqing notebook output, growth (2019–21 a year)',
    };
    for (const lang of ['zh', 'en'] as const) {
      const l = historyLayout([long], lang, 640);
      const { lines, label } = l.rows[0];
      expect(lines.join(' ').replace(/\s+/g, '')).toBe(label.replace(/\s+/g, ''));
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(l.margin.left - 12);
    }
    expect(labelLines('short', 200)).toEqual(['short']);
    // a comma stays at the end of the first line
    expect(labelLines('aaaa bbbb, cccc dddd', 60)).toEqual(['aaaa bbbb,', 'cccc dddd']);
  });

  it('a figure far outside its band widens the axis instead of falling off it', () => {
    const l = historyLayout([fig('far', 80, 0, 5, 10)], 'en', 500);
    expect(l.rows[0].xValue).toBeLessThanOrEqual(l.width - l.margin.right);
    expect(l.rows[0].inside).toBe(false);
  });
});
