/**
 * A user's own targets in the results: the chance of meeting follows the typed value and direction, and the JSON and
 * CSV name the target as the user's (with its direction) where it is one, and say nothing new where none is.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/engine/csv.ts';
import { toResult } from '../../../src/engine/result.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { loadScenario, simulate } from '../../helpers.ts';

const plan = loadScenario('plan.json');

function resultOf(s: Scenario) {
  const inputs = toInputs(s);
  return toResult(simulate(inputs, 1000, 7), inputs, { scenario: s, seed: 7 });
}

describe("the user's targets in the results", () => {
  const plain = resultOf(plan);
  const easier = resultOf({ ...plan, targets: { firms: { value: 40, direction: 'atLeast' } } });
  const atMost = resultOf({ ...plan, targets: { firms: { value: 40, direction: 'atMost' } } });

  it('the chance follows the typed value and direction; the other indicators are untouched', () => {
    expect(easier.indicators.firms.target).toBe(40);
    expect(easier.indicators.firms.pMeet).toBeGreaterThan(plain.indicators.firms.pMeet);
    // at most 40 and at least 40 share only the runs that end on exactly 40 firms
    const both = easier.indicators.firms.pMeet + atMost.indicators.firms.pMeet;
    expect(both).toBeGreaterThanOrEqual(1);
    expect(both).toBeLessThan(1.2);
    expect(easier.indicators.output).toEqual(plain.indicators.output);
  });

  it('JSON names the target as the user’s with its direction, only where it is one', () => {
    expect(easier.indicators.firms).toMatchObject({ targetBy: 'user', targetDirection: 'atLeast' });
    expect(atMost.indicators.firms.targetDirection).toBe('atMost');
    expect('targetBy' in plain.indicators.firms).toBe(false);
    expect('targetBy' in easier.indicators.output).toBe(false);
  });

  it('CSV names the user’s target in its label, with the same columns as any other file', () => {
    const rows = (r: ReturnType<typeof resultOf>) => toCsv(r).slice(1).trim().split('\r\n');
    const a = rows(plain);
    const b = rows(atMost);
    expect(b[0]).toBe(a[0]);
    const firms = b.filter((l) => l.startsWith('firms,'));
    expect(firms.length).toBeGreaterThan(0);
    for (const l of firms) expect(l).toContain('规上企业数量（用户设定目标 ≤ 40）');
    expect(a.some((l) => l.includes('用户设定目标'))).toBe(false);
    expect(b.filter((l) => l.includes('用户设定目标'))).toEqual(firms);
  });
});
