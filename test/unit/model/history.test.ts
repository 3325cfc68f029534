import { describe, expect, it } from 'vitest';
import { enUnits } from '../../../src/i18n/en-units.ts';
import { CONFIDENCE, REALISED } from '../../../src/model/history.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { checkFigures } from '../../../scripts/replay-check.ts';
import { loadScenario, PM } from '../../helpers.ts';

const CHINESE_UNITS = /亿元|亩|万㎡|万元/;
const CJK = /[\u4e00-\u9fff]/;
const ENGLISH_UNITS = /100M CNY|10,000 CNY|10,000 m²/g;
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The figures and dates of a text: dates whole (2022-09-30), numbers with their decimals or thousands commas, a
 * "million" or a 万 kept with its number; integers below 100 that are not part of a date (ordinals such as the 18th
 * Party Congress, written 十八大 in Chinese) are skipped.
 */
function numbersIn(text: string): string[] {
  const found = text.match(/\d{4}-\d\d(?:-\d\d)?|\d+(?:[.,]\d+)*(?: million|万)?/g) ?? [];
  return found.filter((n) => n.includes('-') || n.includes('.') || n.includes(',') || parseFloat(n) >= 100);
}

describe('realised figures for the out-of-sample check', () => {
  it('say what each confidence letter means, in Chinese and in English', () => {
    for (const words of Object.values(CONFIDENCE)) {
      expect(words.zh).toMatch(CJK);
      expect(words.zh).not.toMatch(/[A-Za-z]/);
      expect(words.en).not.toMatch(CJK);
    }
  });

  it('are 2021–2025 figures, each naming a model series, a source with a date and a confidence', () => {
    expect(REALISED.length).toBeGreaterThan(0);
    const keys = new Set<string>();
    for (const f of REALISED) {
      expect(keys.has(f.key)).toBe(false);
      keys.add(f.key);
      expect(f.year).toBeGreaterThanOrEqual(2021);
      expect(f.year).toBeLessThanOrEqual(2025);
      expect(PM.series).toContain(f.series);
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.source.zh).toMatch(/20\d\d/);
      expect(f.source.en).toMatch(/20\d\d/);
      expect(['H', 'M', 'L']).toContain(f.confidence);
      expect(f.label.zh.length * f.label.en.length).toBeGreaterThan(0);
    }
  });

  it('have source and comparability in both languages, the English in English units', () => {
    for (const f of REALISED) {
      for (const text of [f.source, f.comparability]) {
        expect(text.zh.trim(), f.key).not.toBe('');
        expect(text.en.trim(), f.key).not.toBe('');
        expect(text.zh, f.key).not.toBe(text.en);
        expect(text.en, f.key).not.toMatch(CHINESE_UNITS);
        // nothing left for the English UI's unit rewriting to do
        expect(enUnits(text.en), f.key).toBe(text.en);
      }
      expect(f.comparability.zh, f.key).toMatch(CJK);
      expect(f.source.zh, f.key).toMatch(CJK);
    }
  });

  it.each(REALISED.map((f) => [f.key, f] as const))(
    '%s: every figure and date of the English source and comparability is in the Chinese',
    (_key, f) => {
      for (const field of ['source', 'comparability'] as const) {
        const zh = numbersIn(f[field].zh);
        // the English unit words (100M CNY for 亿元, …) are units, not figures
        const missing = numbersIn(f[field].en.replace(ENGLISH_UNITS, ''))
          .map((n) => (n.endsWith(' million') ? `${round(Number(n.slice(0, -8)) * 100)}万` : n))
          .filter((n) => !zh.includes(n));
        expect(missing, field).toEqual([]);
      }
    },
  );

  it('the number check reads dates whole, millions as 万 and skips small ordinals', () => {
    expect(numbersIn('the 18th Party Congress, 2022-09-30, 93,852,900 and 64.22 million, +20.9 %')).toEqual([
      '2022-09-30',
      '93,852,900',
      '64.22 million',
      '20.9',
    ]);
    expect(numbersIn('党的十八大，2022-09-30，93,852,900台，2019年为6422万台')).toEqual([
      '2022-09-30',
      '93,852,900',
      '2019',
      '6422万',
    ]);
  });

  it('the check reports ordered bands and says "inside" exactly when the figure lies in them', () => {
    const inputs = toInputs(loadScenario('realised-pc-demand.json'));
    for (const c of checkFigures(inputs, 7, 2000, REALISED)) {
      expect(c.p5).toBeLessThanOrEqual(c.p50);
      expect(c.p50).toBeLessThanOrEqual(c.p95);
      expect(c.inside).toBe(c.p5 <= c.figure.value && c.figure.value <= c.p95);
    }
  });
});
