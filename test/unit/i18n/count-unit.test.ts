import { describe, expect, it } from 'vitest';
import { countUnit } from '../../../src/i18n/count-unit.ts';

describe('countUnit', () => {
  it('writes a one-word English count unit in the singular after exactly 1', () => {
    expect(countUnit('1', 'firms', 'en')).toBe('firm');
    expect(countUnit('−1', 'firms', 'en')).toBe('firm');
    expect(countUnit(' 1 ', 'platforms', 'en')).toBe('platform');
    expect(countUnit('1', 'companies', 'en')).toBe('company');
  });
  it('keeps the plural for every other number', () => {
    for (const n of ['0', '2', '10', '11', '21', '1.0', '1.5', '0.1', '1,000', '—'])
      expect(countUnit(n, 'firms', 'en'), n).toBe('firms');
  });
  it('keeps units that are not one plural word, and every Chinese unit', () => {
    expect(countUnit('1', '% of firms', 'en')).toBe('% of firms');
    expect(countUnit('1', '× 100M CNY', 'en')).toBe('× 100M CNY');
    expect(countUnit('1', 'mu', 'en')).toBe('mu');
    expect(countUnit('1', '%', 'en')).toBe('%');
    expect(countUnit('1', '家', 'zh')).toBe('家');
    expect(countUnit('1', 'firms', 'zh')).toBe('firms');
  });
});
