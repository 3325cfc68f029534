import { describe, expect, it } from 'vitest';
import { LEVERS, UNCERTAINTIES } from '../../../src/model/parameters.ts';
import { SOURCE_ZH } from '../../../src/model/sources-zh.ts';

/** Every run of digits (with its decimal point or thousands commas) in a text. */
function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

const english: [string, string][] = [
  ...Object.values(LEVERS).map((d): [string, string] => [d.key, d.source]),
  ...Object.values(UNCERTAINTIES).map((d): [string, string] => [d.key, d.source]),
];

describe('SOURCE_ZH', () => {
  it('has a Chinese source for exactly the levers and uncertainties', () => {
    expect(Object.keys(SOURCE_ZH).sort()).toEqual(english.map(([key]) => key).sort());
  });

  it.each(english)('%s: every number of the English source appears in the Chinese one', (key, en) => {
    const zh = SOURCE_ZH[key as keyof typeof SOURCE_ZH];
    const zhNumbers = numbersIn(zh);
    const missing = numbersIn(en).filter((n) => !zhNumbers.includes(n));
    expect(missing).toEqual([]);
  });

  it.each(english)('%s: the Chinese source is Chinese text, not a copy of the English', (key, en) => {
    const zh = SOURCE_ZH[key as keyof typeof SOURCE_ZH];
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the number check catches a changed figure', () => {
    const zhNumbers = numbersIn('中值 4151 亩 ÷ 5 年');
    expect(numbersIn('midpoint 4150 亩 ÷ 5 years').filter((n) => !zhNumbers.includes(n))).toEqual(['4150']);
  });
});
