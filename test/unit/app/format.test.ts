import { describe, expect, it } from 'vitest';
import {
  formatIndicator,
  formatNumber,
  formatProbability,
  zeroUpperBound,
  formatSE,
  formatTarget,
  leverUnit,
  shortUnit,
  withUnit,
} from '../../../src/app/format.ts';
import type { Indicator } from '../../../src/model/indicators.ts';
import { PM } from '../../helpers.ts';

const targetOf = (k: Indicator) => PM.indicators[k].target?.value ?? null;

describe('formatNumber', () => {
  it('groups thousands in English, and in Chinese only from 10,000 up', () => {
    expect(formatNumber(3638.616, 1)).toBe('3,638.6');
    expect(formatNumber(3638.616, 1, 'zh')).toBe('3638.6');
    expect(formatNumber(12345.6, 0, 'zh')).toBe('12,346');
  });
  it('writes a real minus, no negative zero, and a dash for missing numbers', () => {
    expect(formatNumber(-2.25, 1)).toBe('−2.3');
    expect(formatNumber(-0.01, 1)).toBe('0.0');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(NaN)).toBe('—');
  });
});

describe('units', () => {
  it('puts no space before a Chinese unit and one before an English one', () => {
    expect(withUnit('62', '%', 'zh')).toBe('62%');
    expect(withUnit('83', 'firms', 'en')).toBe('83 firms');
  });
  it('writes one firm in English (the rule: test/unit/i18n/count-unit.test.ts); Chinese has no plural', () => {
    expect(withUnit('1', 'firms', 'en')).toBe('1 firm');
    expect(withUnit('1', '家', 'zh')).toBe('1家');
    expect(formatTarget('firms', 1, 'en')).toBe('1 firm');
    expect(formatIndicator('leading_firms', 0.9, 'en')).toBe('1 firm');
    expect(formatIndicator('leading_firms', 1.6, 'en')).toBe('2 firms');
  });
  it('formats indicators with their units and decimals', () => {
    expect(formatIndicator('output', 3728.0877, 'zh')).toBe('3728.1亿元');
    expect(formatIndicator('output', 3728.0877, 'en')).toBe('3,728.1 × 100M CNY');
    expect(formatIndicator('firms', 82.85, 'zh')).toBe('83家');
    expect(formatIndicator('va_ratio', 11.27, 'en')).toBe('11.3 %');
    expect(shortUnit('rd_intensity', 'en')).toBe('%');
  });
  it('writes targets as the plan does', () => {
    expect(formatTarget('output', targetOf('output'), 'zh')).toBe('3500亿元');
    expect(formatTarget('rd_institution_share', targetOf('rd_institution_share'), 'zh')).toBe('100%');
    expect(formatTarget('firms', targetOf('firms'), 'en')).toBe('100 firms');
    expect(formatTarget('firms', null, 'en')).toBe('—');
  });
  it('writes a lever unit as the parameter table does', () => {
    expect(leverUnit({ zh: '亿元/年', en: '× 100M CNY a year' }, 'en')).toBe('× 100M CNY a year');
    expect(leverUnit({ zh: '亿元/年', en: '× 100M CNY a year' }, 'zh')).toBe('亿元/年');
    expect(leverUnit({ zh: '亿元/年', en: '× 100M CNY a year' }, 'en', true)).toBe('× 100M CNY/yr');
    expect(leverUnit({ zh: '万㎡/年', en: '× 10,000 m² a year' }, 'en', true)).toBe('× 10,000 m²/yr');
    expect(leverUnit({ zh: '亿元/年', en: '× 100M CNY a year' }, 'zh', true)).toBe('亿元/年');
    expect(leverUnit({ zh: '%', en: '%' }, 'en', true)).toBe('%');
    for (const def of Object.values(PM.levers)) {
      const short = leverUnit(def.unit, 'en', true);
      expect(short, def.key).not.toMatch(/year/);
      expect(short.length, def.key).toBeLessThanOrEqual(14);
    }
  });
});

describe('probabilities', () => {
  it('shows whole percentages without hiding small chances', () => {
    expect(formatProbability(0.6171)).toBe('62%');
    expect(formatProbability(0)).toBe('0%');
    expect(formatProbability(1)).toBe('100%');
    expect(formatProbability(0.001)).toBe('<1%');
    expect(formatProbability(0.998)).toBe('>99%');
  });
  it('shows the standard error in percentage points', () => {
    expect(formatSE(0.00344)).toBe('0.3');
    expect(formatSE(0)).toBe('0.0');
  });
});

describe('honest bounds for estimates of 0 and 1', () => {
  it('uses the rule of three over the antithetic pairs, 3/⌈n/2⌉, rounded up to one significant digit', () => {
    expect(zeroUpperBound(20000)).toBeCloseTo(0.0003, 12);
    expect(zeroUpperBound(20001)).toBeCloseTo(3 / 10001, 12); // 10,000 pairs and an unpaired run
    expect(formatProbability(0, 20000)).toBe('< 0.03%');
    expect(formatProbability(1, 20000)).toBe('> 99.97%');
    expect(formatProbability(0, 1000)).toBe('< 0.6%');
    expect(formatProbability(0, 7000)).toBe('< 0.09%'); // 0.0857 % rounded up, never down
    expect(formatProbability(0, 100)).toBe('< 6%');
    expect(formatProbability(0, 1)).toBe('< 100%');
  });

  it('is within 4 % of the exact binomial 95 % bound over the pairs from 100 runs up', () => {
    for (const n of [100, 1000, 20000, 1_000_000]) {
      const exact = 1 - 0.05 ** (1 / Math.ceil(n / 2));
      expect(Math.abs(zeroUpperBound(n) / exact - 1)).toBeLessThan(0.04);
    }
  });

  it('leaves other probabilities, and 0 without a run count, as they were', () => {
    expect(formatProbability(0)).toBe('0%');
    expect(formatProbability(0.62, 20000)).toBe('62%');
    expect(formatProbability(0.001, 20000)).toBe('<1%');
  });
});
