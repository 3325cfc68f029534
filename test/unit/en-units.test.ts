import { describe, expect, it } from 'vitest';
import { enUnits } from '../../src/i18n/en-units.ts';
import { message } from '../../src/i18n/messages.ts';
import { en } from '../../src/i18n/en.ts';
import { enPanels } from '../../src/i18n/en-panels.ts';
import type { MessageKey } from '../../src/i18n/zh.ts';
import { planParams } from '../../src/i18n/index.svelte.ts';
import { INDICATOR_SHAPES } from '../../src/model/indicators.ts';
import { PLAN, PM } from '../helpers.ts';

/** The message parameters of the 2021–2025 plan in English, as the app fills them (src/ui/App.svelte). */
const PARAMS = planParams(
  {
    baseYear: PLAN.baseYear,
    targetYear: PLAN.targetYear,
    endYear: PLAN.endYear,
    subject: PLAN.subject,
    name: PLAN.shortTitle,
  },
  'en',
);

const CHINESE_UNITS = /亿元|亩|万㎡|万元/;

describe('enUnits', () => {
  it('writes the plan’s unit words in English and keeps the numbers', () => {
    expect(enUnits('midpoint 4150 亩 ÷ 5 years, 500 亩/年, 30 万元/亩')).toBe(
      'midpoint 4150 mu ÷ 5 years, 500 mu/year, 30 × 10,000 CNY/mu',
    );
    expect(enUnits('41 万㎡ and 2500 元/㎡')).toBe('41 × 10,000 m² and 2500 CNY/m²');
    expect(enUnits('2259.3 亿元; 亿元 (100M CNY) a year, per 亿元')).toBe(
      '2259.3 × 100M CNY; 100M CNY a year, per 100M CNY',
    );
  });

  it('leaves names in their own language', () => {
    expect(enUnits('两江新区 (2013), 华润微')).toBe('两江新区 (2013), 华润微');
  });
});

describe('the English tables and messages', () => {
  it('have no Chinese unit words in any English message (the panels’ words too)', () => {
    const keys = [...Object.keys(en), ...Object.keys(enPanels)] as MessageKey[];
    expect(keys.length).toBe(Object.keys(en).length + Object.keys(enPanels).length);
    for (const key of keys) expect(message('en', key, PARAMS), key).not.toMatch(CHINESE_UNITS);
  });

  it('have no Chinese unit words in English labels, units and quotes, nor in sources once rewritten', () => {
    for (const d of [...Object.values(PM.levers), ...Object.values(PM.uncertainties)]) {
      expect(d.label.en, d.key).not.toMatch(CHINESE_UNITS);
      expect(d.unit.en, d.key).not.toMatch(CHINESE_UNITS);
      expect(enUnits(d.source), d.key).not.toMatch(CHINESE_UNITS);
    }
    for (const d of Object.values(PM.levers)) expect(d.quote.en, d.key).not.toMatch(CHINESE_UNITS);
    for (const [k, d] of Object.entries(INDICATOR_SHAPES)) expect(d.unit.en, k).not.toMatch(CHINESE_UNITS);
    for (const s of PM.sectors) expect(s.label.en, s.id).not.toMatch(CHINESE_UNITS);
  });
});
