import { describe, expect, it } from 'vitest';
import {
  CONFIRM_RUNS_ABOVE,
  DECLINED_RUNS,
  needsRunConfirmation,
  withDeclinedRuns,
} from '../../../src/app/confirm-runs.ts';

describe('links asking for many runs', () => {
  it('up to 1,000,000 runs run at once; one more asks first', () => {
    expect(CONFIRM_RUNS_ABOVE).toBe(1_000_000);
    expect(needsRunConfirmation({ runs: 1_000_000 })).toBe(false);
    expect(needsRunConfirmation({ runs: 1_000_001 })).toBe(true);
    expect(needsRunConfirmation({ runs: 10_000_000 })).toBe(true);
  });

  it('declining keeps the scenario and takes the usual run count', () => {
    const s = { id: 'x', runs: 10_000_000 };
    expect(withDeclinedRuns(s)).toEqual({ id: 'x', runs: DECLINED_RUNS });
    expect(s.runs).toBe(10_000_000);
  });
});
