import { describe, expect, it } from 'vitest';
import { modifiedId, modifiedName, unmarkedName } from '../../../src/scenario/modified.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';
import { PLAN } from '../../helpers.ts';

describe('what a changed scenario is called', () => {
  it('its id says it is modified, once, and stays a valid id', () => {
    expect(modifiedId('plan')).toBe('plan-modified');
    expect(modifiedId('plan-modified')).toBe('plan-modified');
    expect(modifiedId('no-new-policy')).toBe('no-new-policy-modified');
    const long = 'a'.repeat(50) + '-' + 'b'.repeat(13); // 64 characters, the most the schema takes
    const m = modifiedId(long);
    expect(m.length).toBeLessThanOrEqual(64);
    expect(m.endsWith('-modified')).toBe(true);
    expect(m).not.toMatch(/--/);
    expect(scenarioSchema(PLAN).shape.id.safeParse(m).success).toBe(true);
  });

  it('its name carries the mark of each language, once, and the mark comes off again', () => {
    const name = { zh: '规划情景', en: 'The plan' };
    const marked = modifiedName(name);
    expect(marked).toEqual({ zh: '规划情景（已修改）', en: 'The plan (modified)' });
    expect(modifiedName(marked)).toEqual(marked);
    expect(unmarkedName(marked.zh, 'zh')).toBe('规划情景');
    expect(unmarkedName(marked.en, 'en')).toBe('The plan');
    expect(unmarkedName('The plan', 'en')).toBe('The plan');
  });
});
