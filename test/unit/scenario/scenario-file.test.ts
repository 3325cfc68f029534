/**
 * The verdict on a scenario file (src/scenario/scenario-file.ts): each refusal as a value (code, field, values)
 * beside its English text, in the order the checks run, and the notice of a file made with an older model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/model/version.ts';
import {
  olderModelNotice,
  readScenarioFile,
  SCENARIO_FILE_MAX_BYTES,
  scenarioFileSizeProblem,
} from '../../../src/scenario/scenario-file.ts';
import { loadScenario } from '../../helpers.ts';

const planText = readFileSync(new URL('../../../scenarios/plan.json', import.meta.url), 'utf8');
const plan = JSON.parse(planText) as Record<string, unknown>;
const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...plan, ...change });
const oldFile = JSON.stringify(
  JSON.parse(readFileSync(new URL('../../fixtures/model-1.0.0.json', import.meta.url), 'utf8')).saved
    .entries[0].scenario,
);

function refusal(content: string | Uint8Array) {
  const v = readScenarioFile(content);
  if (v.ok) throw new Error('accepted');
  return v.problems;
}

describe('readScenarioFile', () => {
  it('accepts a shipped file, as bytes or as text, with no notice', () => {
    const fromText = readScenarioFile(planText);
    const fromBytes = readScenarioFile(new TextEncoder().encode(planText));
    expect(fromText).toEqual({ ok: true, scenario: loadScenario('plan.json'), notices: [] });
    expect(fromBytes).toEqual(fromText);
  });

  it('drops a UTF-8 byte-order mark, as a browser reading the file does', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(planText)]);
    expect(readScenarioFile(bom).ok).toBe(true);
  });

  it('refuses a file over the cap before reading it, with its size and the cap in kB', () => {
    const over = SCENARIO_FILE_MAX_BYTES + 1;
    expect(scenarioFileSizeProblem(SCENARIO_FILE_MAX_BYTES)).toBeNull();
    expect(scenarioFileSizeProblem(over)).toEqual({
      code: 'too-large',
      field: '',
      values: { bytes: over, size: 257, max: 256 },
      text: 'the file is too large (257 kB, at most 256 kB)',
    });
    // content over the cap is refused the same way, whatever it holds
    const big = planText + ' '.repeat(over);
    expect(refusal(big)).toEqual([scenarioFileSizeProblem(new TextEncoder().encode(big).length)]);
  });

  it('refuses bytes that are not UTF-8 (a name saved as GBK)', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('{"id":"'), 0xb9, 0xe6, 0xbb, 0xae, 0x22, 0x7d]);
    expect(refusal(gbk)).toEqual([
      expect.objectContaining({ code: 'not-utf8', field: '', text: expect.stringMatching(/not UTF-8 text/) }),
    ]);
  });

  it('refuses text that is not JSON, naming the parser error', () => {
    const [p] = refusal('{"format": "ngit-scenario/1", ');
    expect(p.code).toBe('not-json');
    expect(p.text).toMatch(/^not valid JSON: /);
    expect(p.text).toBe(`not valid JSON: ${p.values.detail}`);
  });

  it('refuses a forbidden key wherever it is, with its path', () => {
    const text = planText.replace('"levers": {', '"levers": { "__proto__": { "x": 1 },');
    expect(refusal(text)).toEqual([
      {
        code: 'forbidden-key',
        field: 'levers.__proto__',
        values: { key: '__proto__' },
        text: 'levers.__proto__: the key "__proto__" is not allowed',
      },
    ]);
  });

  it('refuses what the schema refuses, each problem with its field and the bounds it names', () => {
    const problems = refusal(withChange({ levers: { ...(plan.levers as object), land: 99999 }, colour: 1 }));
    expect(problems).toContainEqual({
      code: 'invalid',
      field: 'levers.land',
      values: { issue: 'too_big', maximum: 2000, origin: 'number', inclusive: 1, input: 99999 },
      text: 'levers.land: lever "land" = 99999 is outside the allowed range 0–2000 mu a year',
    });
    expect(problems).toContainEqual({
      code: 'invalid',
      field: '',
      values: { issue: 'unrecognized_keys', keys: 'colour' },
      text: '(top level): unknown field "colour"',
    });
  });

  it('refuses markup in any text, naming each field', () => {
    const problems = refusal(
      withChange({ name: { zh: '<script>alert(1)</script>', en: 'ok' }, seed: 'javascript:x' }),
    );
    expect(problems).toEqual([
      { code: 'markup', field: 'name.zh', values: {}, text: 'name.zh: contains HTML or script markup' },
      { code: 'markup', field: 'seed', values: {}, text: 'seed: contains HTML or script markup' },
    ]);
    expect(readScenarioFile(withChange({ name: { zh: '基金 < 5%', en: 'fund <5 %' } })).ok).toBe(true);
  });

  it('accepts a model-1.0.0 file with the changes since and the values dropped on the way', () => {
    const v = readScenarioFile(oldFile);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.assumptions).toEqual({ relocation: { kind: 'uniform', lo: 2, hi: 6 } });
    const [n] = v.notices;
    expect(n.code).toBe('older-model');
    expect(n.madeWith).toBe('1.0.0');
    expect(n.changes.map((c) => c.version)).toEqual(['2.0.0', '2.0.1', '2.0.2', '2.1.0', '3.0.0']);
    expect(n.dropped).toEqual([
      'assumption "pc_demand" from model 1.0.0 dropped',
      'assumption "capability_va" from model 1.0.0 dropped',
    ]);
    const lines = n.text.split('\n');
    expect(lines[0]).toBe(`made with model 1.0.0; this is model ${MODEL_VERSION}. What changed since:`);
    expect(lines.slice(1)).toEqual([
      ...n.changes.map((c) => `  ${c.version}: ${c.changes.en}`),
      ...n.dropped.map((d) => `  ${d}`),
    ]);
  });
});

describe('olderModelNotice', () => {
  const s = loadScenario('plan.json');
  it('says nothing for the current model or none stated, and lists what changed since an older one', () => {
    expect(olderModelNotice({ ...s, model: undefined })).toBeNull();
    expect(olderModelNotice({ ...s, model: MODEL_VERSION })).toBeNull();
    expect(olderModelNotice({ ...s, model: '1.0.0' })?.changes.map((c) => c.version)).toEqual([
      '2.0.0',
      '2.0.1',
      '2.0.2',
      '2.1.0',
      '3.0.0',
    ]);
    expect(olderModelNotice({ ...s, model: '2.0.1' })?.changes.map((c) => c.version)).toEqual([
      '2.0.2',
      '2.1.0',
      '3.0.0',
    ]);
    // an unknown version is told everything
    expect(olderModelNotice({ ...s, model: '0.1.0' })?.changes.length).toBeGreaterThan(0);
  });
});
