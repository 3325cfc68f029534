import { describe, expect, it } from 'vitest';
import { INDICATOR_SHAPES } from '../../../src/model/indicators.ts';
import { CONSTANTS, UNCERTAINTIES, type CoreUncertaintyKey } from '../../../src/model/parameters.ts';
import { CONSTANT_ZH, FITTED_ZH, INDICATOR_NOTE_ZH, UNIT_ZH } from '../../../src/model/tables-zh.ts';
import { BUNDLED_PLANS } from '../../../src/scenario/plans.ts';

/** Every run of digits (with its decimal point or thousands commas) in a text, as in sources-zh.test.ts. */
function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

const fitted = (Object.keys(UNCERTAINTIES) as CoreUncertaintyKey[]).filter((k) => UNCERTAINTIES[k].fitted);

/** [what, English, Chinese] for every text of the tables that has a Chinese half: tables-zh.ts and the plan files. */
const pairs: [string, string, string][] = [
  ...BUNDLED_PLANS.flatMap((plan): [string, string, string][] => [
    ...Object.entries(plan.base).map(([k, f]): [string, string, string] => [
      `${plan.id} base ${k} source`,
      f.source,
      f.sourceZh,
    ]),
    [`${plan.id} prior growth source`, plan.priorGrowth.source, plan.priorGrowth.sourceZh],
    ...plan.sectors.map((s): [string, string, string] => [
      `${plan.id} sector ${s.id}`,
      s.base.source,
      s.base.sourceZh,
    ]),
    ...Object.entries(plan.sectorParameters).flatMap(([k, p]): [string, string, string][] => [
      [`${plan.id} sector parameter ${k} unit`, p.unit, p.unitZh],
      [`${plan.id} sector parameter ${k} source`, p.source, p.sourceZh],
    ]),
  ]),
  ...Object.entries(UNIT_ZH).map(([en, zh]): [string, string, string] => [`unit ${en}`, en, zh]),
  ...Object.entries(INDICATOR_SHAPES).map(([k, d]): [string, string, string] => [
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

describe('the Chinese table texts (tables-zh.ts and the plan files)', () => {
  it('cover exactly the indicators, constants and fitted parameters, and every English unit of a plan base', () => {
    expect(Object.keys(INDICATOR_NOTE_ZH).sort()).toEqual(Object.keys(INDICATOR_SHAPES).sort());
    expect(Object.keys(CONSTANT_ZH).sort()).toEqual(Object.keys(CONSTANTS).sort());
    expect(Object.keys(FITTED_ZH).sort()).toEqual([...fitted].sort());
    for (const plan of BUNDLED_PLANS) {
      for (const f of [...Object.values(plan.base), plan.priorGrowth]) {
        // a unit in Chinese already, or one UNIT_ZH translates
        expect(/[\u4e00-\u9fff]|^%$/.test(f.unit) || f.unit in UNIT_ZH, `${plan.id}: ${f.unit}`).toBe(true);
      }
    }
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
