import { describe, expect, it } from 'vitest';
import { exportStem, fingerprint, shortHash, slug } from '../../../src/app/export-name.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';

const plan = scenarioById('plan')!;

describe('export names', () => {
  it('FNV-1a 32: the published test vectors', () => {
    expect(shortHash('')).toBe('811c9dc5');
    expect(shortHash('a')).toBe('e40c292c');
    expect(shortHash('foobar')).toBe('bf9cf968');
  });

  it('slugs keep letters of any script and digits', () => {
    expect(slug('规划情景（已修改）')).toBe('规划情景-已修改');
    expect(slug('The plan (modified)')).toBe('The-plan-modified');
    expect(slug('  ')).toBe('scenario');
  });

  it('the stem is named after the scenario; the hash follows what it computes, not its name', () => {
    expect(exportStem(plan, 'zh')).toMatch(/^ngit-[\p{L}-]+-[0-9a-f]{8}$/u);
    expect(exportStem(plan, 'en')).toBe(`ngit-${slug(plan.name.en)}-${fingerprint(plan)}`);
    const renamed = { ...plan, name: { zh: '别名', en: 'Other' }, description: { zh: '', en: '' } };
    expect(fingerprint(renamed)).toBe(fingerprint(plan));
    expect(fingerprint({ ...plan, seed: 8 })).not.toBe(fingerprint(plan));
    expect(fingerprint({ ...plan, levers: { ...plan.levers, land: 801 } })).not.toBe(fingerprint(plan));
  });
});
