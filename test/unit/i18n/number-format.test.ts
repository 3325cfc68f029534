import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../../src/i18n/number-format.ts';

const VALUES = [0, -0, 1, -1, 0.5, 2.345, 1234.5678, -98765.4321, 1e-7, 3728.1, 2259.3, 1e9, -1e-9, 62.5];
const OPTIONS: Intl.NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { maximumSignificantDigits: 3 },
  { maximumSignificantDigits: 4 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false },
];

describe('numberFormat', () => {
  it('formats exactly as toLocaleString does, for both languages and every option the app uses', () => {
    for (const locale of ['zh-CN', 'en', 'en-US'])
      for (const opts of OPTIONS)
        for (const v of VALUES)
          expect(numberFormat(locale, opts).format(v)).toBe(v.toLocaleString(locale, opts));
  });

  it('builds one formatter per locale and options, and tells different options apart', () => {
    const a = numberFormat('en', { maximumFractionDigits: 1 });
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(a);
    expect(numberFormat('en', { maximumFractionDigits: 2 })).not.toBe(a);
    expect(numberFormat('zh-CN', { maximumFractionDigits: 1 })).not.toBe(a);
  });
});
