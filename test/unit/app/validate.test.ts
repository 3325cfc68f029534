import { describe, expect, it } from 'vitest';
import { checkLever, checkRuns, checkSeed, parseNumber } from '../../../src/app/validate.ts';
import { PM } from '../../helpers.ts';

describe('parseNumber', () => {
  it('reads plain, grouped and full-width numbers', () => {
    expect(parseNumber('830')).toBe(830);
    expect(parseNumber(' 8.2 ')).toBe(8.2);
    expect(parseNumber('20,000')).toBe(20000);
    expect(parseNumber('２０')).toBe(20);
    expect(parseNumber('−3')).toBe(-3);
  });
  it('refuses what is not a number', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('1.2.3')).toBeNull();
  });
});

describe('checkLever', () => {
  it('accepts a value in range and refuses one outside, naming the range', () => {
    expect(checkLever(PM, 'land', '900', 'zh')).toEqual({ ok: true, value: 900 });
    const bad = checkLever(PM, 'land', '99999', 'zh');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problem.key).toBe('err.range');
      expect(bad.problem.params).toMatchObject({ min: 0, max: 2000, unit: '亩/年' });
    }
    expect(checkLever(PM, 'fund', '-1', 'en').ok).toBe(false);
    expect(checkLever(PM, 'fund', 'x', 'en')).toEqual({ ok: false, problem: { key: 'err.number' } });
  });
});

describe('runs and seed', () => {
  it('allows 100 to 10,000,000 whole runs, the same range as scenario files and links', () => {
    expect(checkRuns('100')).toEqual({ ok: true, value: 100 });
    expect(checkRuns('10,000,000')).toEqual({ ok: true, value: 10_000_000 });
    expect(checkRuns('99').ok).toBe(false);
    expect(checkRuns('10000001').ok).toBe(false);
    expect(checkRuns('1500.5').ok).toBe(false);
  });
  it('takes a whole number or a short text as the seed', () => {
    expect(checkSeed('7')).toEqual({ ok: true, value: 7 });
    expect(checkSeed('workshop-a')).toEqual({ ok: true, value: 'workshop-a' });
    expect(checkSeed('').ok).toBe(false);
    expect(checkSeed('99999999999').ok).toBe(false);
    expect(checkSeed('x'.repeat(33)).ok).toBe(false);
  });
});
