import { describe, expect, it } from 'vitest';
import { quoted } from '../../../src/i18n/quote.ts';
import { PM } from '../../helpers.ts';

describe('quoted: one kind of quotation marks, nested as GB/T 15834 nests them', () => {
  it('wraps text in “…” and turns quotations inside it to ‘…’', () => {
    expect(quoted('全面落实“金凤凰”人才政策，打造“人才特区”', 'zh')).toBe(
      '“全面落实‘金凤凰’人才政策，打造‘人才特区’”',
    );
    expect(quoted('强"芯"引领', 'zh')).toBe('“强‘芯’引领”');
    expect(quoted('"Chips lead" is the plan\'s first focus', 'en')).toBe(
      "“‘Chips lead’ is the plan's first focus”",
    );
  });
  it('does not quote a whole quotation twice', () => {
    expect(quoted('"Terminals drive"', 'en')).toBe('“Terminals drive”');
    expect(quoted('“聚端带动”', 'zh')).toBe('“聚端带动”');
  });
  it("every lever's quote, in both languages, comes out with no straight quote and no “ inside “…”", () => {
    for (const k of PM.leverKeys)
      for (const lang of ['zh', 'en'] as const) {
        const q = quoted(PM.levers[k].quote[lang], lang);
        expect(q, q).not.toContain('"');
        expect(q.slice(1, -1), q).not.toMatch(/[“”]/);
      }
  });
});
