import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '../../../src/app/keep-unchanged.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { toResult } from '../../../src/engine/result.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';

const plan = scenarioById('plan')!;

async function resultOf(runs: number, seed = 7) {
  const inputs = toInputs(plan);
  const summary = await new SameThreadRunner().run({ inputs, seed, runs });
  return toResult(summary, inputs, { scenario: plan, seed });
}

describe('keepUnchanged', () => {
  it('keeps the years and the indicators whose numbers are the same, as the same objects', async () => {
    const a = await resultOf(200);
    const b = await resultOf(200);
    expect(b.indicators.output).not.toBe(a.indicators.output);
    const kept = keepUnchanged(a, b);
    expect(kept.years).toBe(a.years);
    expect(kept.indicators.output).toBe(a.indicators.output);
    expect(kept.indicators.firms).toBe(a.indicators.firms);
    expect(kept).toEqual(b);
  });

  it('takes the new numbers where they changed', async () => {
    const a = await resultOf(200);
    const b = await resultOf(400);
    const kept = keepUnchanged(a, b);
    expect(kept.years).toBe(a.years); // the same years
    expect(kept.indicators.output).toBe(b.indicators.output);
    expect(kept).toEqual(b);
    const one = { ...b, indicators: { ...a.indicators, output: b.indicators.output } };
    const mixed = keepUnchanged(a, one);
    expect(mixed.indicators.output).toBe(b.indicators.output);
    expect(mixed.indicators.firms).toBe(a.indicators.firms);
    expect(keepUnchanged(null, b)).toBe(b);
  });
});
