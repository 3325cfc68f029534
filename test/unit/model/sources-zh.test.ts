import { describe, expect, it } from 'vitest';
import { UNCERTAINTIES } from '../../../src/model/parameters.ts';
import { SOURCE_ZH } from '../../../src/model/sources-zh.ts';
import { PM } from '../../helpers.ts';

/** Every run of digits (with its decimal point or thousands commas) in a text. */
function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/** Every lever and uncertainty of the 2021–2025 plan: key, English source, Chinese source. */
const english: [string, string, string | undefined][] = [
  ...PM.leverKeys.map((k): [string, string, string | undefined] => [
    k,
    PM.levers[k].source,
    PM.levers[k].sourceZh,
  ]),
  ...PM.uncertaintyKeys.map((k): [string, string, string | undefined] => [
    k,
    PM.uncertainties[k].source,
    PM.uncertainties[k].sourceZh,
  ]),
];

describe('Chinese sources (SOURCE_ZH for the structural uncertainties, the plan file for the rest)', () => {
  it('SOURCE_ZH has a Chinese source for exactly the structural uncertainties', () => {
    expect(Object.keys(SOURCE_ZH).sort()).toEqual(Object.keys(UNCERTAINTIES).sort());
    for (const k of Object.keys(UNCERTAINTIES) as (keyof typeof SOURCE_ZH)[])
      expect(PM.uncertainties[k].sourceZh).toBe(SOURCE_ZH[k]);
  });

  it('every lever and uncertainty of the plan has a Chinese source', () => {
    expect(english.filter(([, , zh]) => !zh?.trim()).map(([key]) => key)).toEqual([]);
  });

  it.each(english)(
    '%s: every number of the English source appears in the Chinese one',
    (_key, en, zh = '') => {
      const zhNumbers = numbersIn(zh);
      const missing = numbersIn(en).filter((n) => !zhNumbers.includes(n));
      expect(missing).toEqual([]);
    },
  );

  it.each(english)('%s: the Chinese source is Chinese text, not a copy of the English', (_key, en, zh) => {
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the number check catches a changed figure', () => {
    const zhNumbers = numbersIn('中值 4151 亩 ÷ 5 年');
    expect(numbersIn('midpoint 4150 亩 ÷ 5 years').filter((n) => !zhNumbers.includes(n))).toEqual(['4150']);
  });
});
