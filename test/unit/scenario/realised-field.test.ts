/**
 * The user's realised values (`realised`, for the ex-post check) are kept with the scenario: validated at the
 * boundary, carried by the draft, a share link and a saved file, marked as the user's by where they live, and never
 * an input to the model. Scenarios and links without the field stay valid.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../../src/app/scenario-draft.svelte.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share-link.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';

const plan = scenarioById('plan')!;

describe('the scenario field `realised`', () => {
  it('is optional: the shipped scenarios have none and stay valid', () => {
    expect(plan.realised).toBeUndefined();
    expect(parseScenario({ ...plan }).ok).toBe(true);
  });

  it('refuses an unknown indicator, text and a huge value, naming the field', () => {
    for (const [realised, where] of [
      [{ gdp: 3 }, 'realised'],
      [{ firms: '60' }, 'realised.firms'],
      [{ firms: 1e12 }, 'realised.firms'],
    ] as const) {
      const r = parseScenario({ ...plan, realised });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toContain(where);
    }
  });

  it('the draft sets, clears and carries it without marking the scenario modified or changing its inputs', () => {
    const d = new ScenarioDraft(plan);
    d.setRealised('firms', 61.23456);
    expect(d.realised).toEqual({ firms: 61.2346 });
    expect(d.modified).toBe(false);
    const s = d.toScenario();
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.value.realised).toEqual({ firms: 61.2346 });
    expect(s.value.id).toBe('plan');
    expect(toInputs(s.value)).toEqual(toInputs(plan));
    d.setRealised('firms', null);
    const cleared = d.toScenario();
    expect(cleared.ok && cleared.value.realised).toBeUndefined();
  });

  it('a share link carries it and brings it back; restore keeps it', () => {
    const s = parseScenario({ ...plan, realised: { output: 2900, firms: 60 } });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const d = decodeShareLink('#' + encodeShareLink(s.value));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.scenario.realised).toEqual({ output: 2900, firms: 60 });
    const draft = new ScenarioDraft(plan);
    draft.restore(plan, 'preset', d.scenario);
    expect(draft.realised).toEqual({ output: 2900, firms: 60 });
  });
});
