import { describe, expect, it } from 'vitest';
import { BASE_2020, SECTOR_BASE } from '../../../src/model/base.ts';
import { INDICATOR_DEFS } from '../../../src/model/indicators.ts';
import { CONSTANTS, UNCERTAINTIES, UNCERTAINTY_KEYS } from '../../../src/model/parameters.ts';
import {
  BASE_ZH,
  CONSTANT_ZH,
  FITTED_ZH,
  INDICATOR_NOTE_ZH,
  SECTOR_SOURCE_ZH,
} from '../../../src/model/tables-zh.ts';

/** Every run of digits (with its decimal point or thousands commas) in a text, as in sources-zh.test.ts. */
function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

const fitted = UNCERTAINTY_KEYS.filter((k) => UNCERTAINTIES[k].fitted);

/** [what, English, Chinese] for every text of the tables that tables-zh.ts translates. */
const pairs: [string, string, string][] = [
  ...Object.entries(BASE_2020).flatMap(([k, f]): [string, string, string][] => [
    [`base ${k} unit`, f.unit, BASE_ZH[k as keyof typeof BASE_ZH].unit],
    [`base ${k} source`, f.source, BASE_ZH[k as keyof typeof BASE_ZH].source],
  ]),
  ...Object.entries(SECTOR_BASE).map(([k, s]): [string, string, string] => [
    `sector ${k}`,
    s.source,
    SECTOR_SOURCE_ZH[k as keyof typeof SECTOR_SOURCE_ZH],
  ]),
  ...Object.entries(INDICATOR_DEFS).map(([k, d]): [string, string, string] => [
    `indicator ${k}`,
    d.note,
    INDICATOR_NOTE_ZH[k as keyof typeof INDICATOR_NOTE_ZH],
  ]),
  ...Object.entries(CONSTANTS).flatMap(([k, c]): [string, string, string][] => [
    [`constant ${k} unit`, c.unit, CONSTANT_ZH[k as keyof typeof CONSTANT_ZH].unit],
    [`constant ${k} source`, c.source, CONSTANT_ZH[k as keyof typeof CONSTANT_ZH].source],
  ]),
  ...fitted.flatMap((k): [string, string, string][] => [
    [`fitted ${k} data`, UNCERTAINTIES[k].fitted!.data, FITTED_ZH[k]?.data ?? ''],
    [`fitted ${k} how`, UNCERTAINTIES[k].fitted!.how, FITTED_ZH[k]?.how ?? ''],
  ]),
];

describe('the Chinese table texts (tables-zh.ts)', () => {
  it('cover exactly the base figures, sectors, indicators, constants and fitted parameters', () => {
    expect(Object.keys(BASE_ZH).sort()).toEqual(Object.keys(BASE_2020).sort());
    expect(Object.keys(SECTOR_SOURCE_ZH).sort()).toEqual(Object.keys(SECTOR_BASE).sort());
    expect(Object.keys(INDICATOR_NOTE_ZH).sort()).toEqual(Object.keys(INDICATOR_DEFS).sort());
    expect(Object.keys(CONSTANT_ZH).sort()).toEqual(Object.keys(CONSTANTS).sort());
    expect(Object.keys(FITTED_ZH).sort()).toEqual([...fitted].sort());
  });

  it.each(pairs)('%s: every number of the English text appears in the Chinese one', (_what, en, zh) => {
    const zhNumbers = numbersIn(zh);
    expect(numbersIn(en).filter((n) => !zhNumbers.includes(n))).toEqual([]);
  });

  it.each(pairs.filter(([, en]) => /[a-z]{3}/.test(en)))(
    '%s: the Chinese text is Chinese, not a copy of the English',
    (_what, en, zh) => {
      expect(zh).not.toBe(en);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
