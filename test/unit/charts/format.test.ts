import { describe, expect, it } from 'vitest';
import {
  chartTitle,
  describeFan,
  formatNumber,
  formatShare,
  formatTick,
  formatValue,
} from '../../../src/charts/format.ts';

describe('chart formatting', () => {
  it('uses 3 significant digits, 4 from 1,000 up, and whole numbers for counts', () => {
    expect(formatNumber(3727.6, 'zh')).toBe('3,728');
    expect(formatNumber(12345, 'en')).toBe('12,350');
    expect(formatNumber(8.734, 'en')).toBe('8.73');
    expect(formatNumber(0.6, 'zh')).toBe('0.6');
    expect(formatNumber(14.6, 'en', true)).toBe('15');
    expect(formatNumber(-0.0001, 'en', true)).toBe('0');
    expect(formatNumber(null, 'en')).toBe('–');
    expect(formatNumber(NaN, 'en')).toBe('–');
  });

  it('writes units after numbers, percentages without a space', () => {
    expect(formatValue(3500, 'output', 'zh')).toBe('3,500 亿元');
    expect(formatValue(3500, 'output', 'en')).toBe('3,500 × 100M CNY');
    expect(formatValue(10, 'output_cagr', 'en')).toBe('10% a year');
    expect(formatValue(5, 'rd_intensity', 'zh')).toBe('5%');
    expect(formatValue(99.6, 'firms', 'en')).toBe('100 firms');
    expect(formatValue(1, 'firms', 'en')).toBe('1 firm');
    expect(formatValue(1.2, 'innovation_platforms', 'en')).toBe('1 platform');
    expect(formatValue(1, 'firms', 'zh')).toBe('1 家');
    expect(chartTitle('output', 'zh')).toBe('产业规模（产值）（亿元）');
    // a label that names its unit says it once
    expect(chartTitle('firms', 'en')).toBe('Above-size firms');
    expect(chartTitle('innovation_platforms', 'en')).toBe('Innovation platforms (cumulative)');
    expect(chartTitle('firms', 'zh')).toBe('规上企业数量（家）');
    expect(chartTitle('rd_institution_share', 'en')).toBe('Firms with an R&D institution (% of firms)');
  });

  it('never rounds an uncertain probability to 0 % or 100 %', () => {
    expect(formatShare(0.62, 'en')).toBe('62%');
    expect(formatShare(0, 'en')).toBe('0%');
    expect(formatShare(1, 'en')).toBe('100%');
    expect(formatShare(0.001, 'en')).toBe('<1%');
    expect(formatShare(0.998, 'en')).toBe('>99%');
  });

  it('gives ticks the decimals their step needs', () => {
    expect(formatTick(2000, 500, 'zh')).toBe('2,000');
    expect(formatTick(2.5, 0.5, 'en')).toBe('2.5');
    expect(formatTick(2, 0.5, 'en')).toBe('2.0');
    expect(formatTick(1e-17, 0.2, 'en')).toBe('0.0');
  });

  it('summarises a fan chart in a sentence', () => {
    const stats = [
      { year: 2025, p5: 3150, p25: 3500, p50: 3728, p75: 3950, p95: 4320 },
      { year: 2035, p5: 6000, p25: 7000, p50: 8000, p75: 9000, p95: 10000 },
    ];
    expect(describeFan(stats, 'output', 'en', 3500, 2025)).toBe(
      '2025 median 3,728 × 100M CNY (5–95 %: 3,150–4,320 × 100M CNY); target 3,500 × 100M CNY. 2035 median 8,000 × 100M CNY (5–95 %: 6,000–10,000 × 100M CNY).',
    );
    expect(describeFan(stats.slice(0, 1), 'output', 'zh', 3500, 2025)).toBe(
      '2025年中位数 3,728 亿元（5–95%：3,150–4,320 亿元）；目标 3,500 亿元。',
    );
    expect(describeFan([], 'output', 'en', null, 2025)).toBe('No data');
  });
});
