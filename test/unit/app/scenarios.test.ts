import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

describe('the bundled scenarios', () => {
  it('are every scenarios/*.json but the JSON Schema, all valid, the plan first', async () => {
    const warn = vi.spyOn(console, 'warn');
    vi.resetModules();
    const { SCENARIOS } = await import('../../../src/app/scenarios.ts');
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    expect(files.length).toBeGreaterThan(1);
    expect(SCENARIOS.map((s) => s.id).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    expect(SCENARIOS[0].id).toBe('plan');
    // the schema is not even read: a file that failed to parse would have been reported here
    expect(warn).not.toHaveBeenCalled();
  });
});
