import { describe, expect, it } from 'vitest';
import { REALISED } from '../../../src/model/history.ts';
import { SERIES } from '../../../src/model/series.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { checkFigures } from '../../../scripts/replay-check.ts';
import { loadScenario } from '../../helpers.ts';

describe('realised figures for the out-of-sample check', () => {
  it('are 2021–2025 figures, each naming a model series, a source with a date and a confidence', () => {
    expect(REALISED.length).toBeGreaterThan(0);
    const keys = new Set<string>();
    for (const f of REALISED) {
      expect(keys.has(f.key)).toBe(false);
      keys.add(f.key);
      expect(f.year).toBeGreaterThanOrEqual(2021);
      expect(f.year).toBeLessThanOrEqual(2025);
      expect(SERIES).toContain(f.series);
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.source).toMatch(/20\d\d/);
      expect(['H', 'M', 'L']).toContain(f.confidence);
      expect(f.label.zh.length * f.label.en.length).toBeGreaterThan(0);
    }
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
