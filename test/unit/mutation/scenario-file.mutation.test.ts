/**
 * Tests that notice a wrong line in the one validator of scenario files, for the command line and the app's import
 * (src/scenario/scenario-file.ts), beside test/unit/scenario/scenario-file.test.ts: the cap counted in bytes and met
 * exactly, the refusal of bytes that are not UTF-8 as a whole value, the plan a refusal names (only where the file
 * was checked against one), and the notice of a file from a newer or an unknown model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/model/version.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../../../src/scenario/plans.ts';
import {
  NOT_UTF8_TEXT,
  olderModelNotice,
  readScenarioFile,
  SCENARIO_FILE_MAX_BYTES,
  utf8,
} from '../../../src/scenario/scenario-file.ts';
import { loadScenario } from '../../helpers.ts';

const planText = readFileSync(new URL('../../../scenarios/plan.json', import.meta.url), 'utf8');
const plan = JSON.parse(planText) as Record<string, unknown>;
const bytesOf = (t: string) => new TextEncoder().encode(t).length;

describe('the size cap', () => {
  it('is 256 kB, counted in bytes: a file of exactly the cap is read, one byte more is refused', () => {
    expect(SCENARIO_FILE_MAX_BYTES).toBe(262_144);
    const atCap = planText + ' '.repeat(SCENARIO_FILE_MAX_BYTES - bytesOf(planText));
    expect(bytesOf(atCap)).toBe(SCENARIO_FILE_MAX_BYTES);
    expect(readScenarioFile(atCap).ok).toBe(true);
    const v = readScenarioFile(atCap + ' ');
    expect(!v.ok && v.problems.map((p) => p.code)).toEqual(['too-large']);
  });

  it('Chinese text counts three bytes a character: under the cap in characters, over it in bytes', () => {
    const name = '规'.repeat(SCENARIO_FILE_MAX_BYTES / 3);
    const text = JSON.stringify({ ...plan, name: { zh: name, en: 'x' } });
    expect(text.length).toBeLessThan(SCENARIO_FILE_MAX_BYTES);
    const v = readScenarioFile(text);
    expect(!v.ok && v.problems[0]).toMatchObject({
      code: 'too-large',
      values: { bytes: bytesOf(text), max: 256 },
    });
  });
});

describe('text encoding', () => {
  it('bytes that are not UTF-8 are refused with the one not-utf8 problem', () => {
    const gbk = new Uint8Array([0x7b, 0x22, 0xb9, 0xe6, 0x22, 0x7d]);
    expect(utf8(gbk)).toBeNull();
    expect(readScenarioFile(gbk)).toEqual({
      ok: false,
      problems: [{ code: 'not-utf8', field: '', values: {}, text: NOT_UTF8_TEXT }],
    });
    expect(NOT_UTF8_TEXT).toBe(
      'the file is not UTF-8 text: save it as UTF-8 (it may be in another encoding, such as GBK)',
    );
    expect(utf8(new TextEncoder().encode('规划'))).toBe('规划');
  });
});

describe('the plan a refusal names', () => {
  it('a file the schema refuses carries the plan it was checked against', () => {
    const v = readScenarioFile(JSON.stringify({ ...plan, runs: -1 }));
    expect(v.ok).toBe(false);
    expect(!v.ok && v.plan).toBe(bundledPlan(LEGACY_PLAN_ID));
  });

  it('a file refused before any plan was known carries none', () => {
    for (const text of ['{', JSON.stringify({ ...plan, plan: { id: 'elsewhere', version: '1.0.0' } })]) {
      const v = readScenarioFile(text);
      expect(v.ok).toBe(false);
      expect(v).not.toHaveProperty('plan');
    }
  });
});

describe('the notice of another model', () => {
  const s = loadScenario('plan.json');
  it('a newer model: no list of changes, a word that its numbers may differ', () => {
    expect(olderModelNotice({ ...s, model: '9.9.9' })).toEqual({
      code: 'older-model',
      kind: 'newer',
      madeWith: '9.9.9',
      changes: [],
      dropped: [],
      text:
        `made with model 9.9.9, newer than this model (${MODEL_VERSION}): this program may not read all of it, ` +
        'and its numbers may differ',
    });
  });

  it('an unknown version: not a version of this model; what was dropped is listed after', () => {
    const n = olderModelNotice({ ...s, model: 'x-1' }, ['assumption "a" dropped']);
    expect(n).toMatchObject({
      kind: 'unknown',
      madeWith: 'x-1',
      changes: [],
      dropped: ['assumption "a" dropped'],
    });
    expect(n?.text.split('\n')).toEqual([
      `made with model x-1, not a version of this model (${MODEL_VERSION}): this program may not read all of it, ` +
        'and its numbers may differ',
      '  assumption "a" dropped',
    ]);
  });

  it('a file of a newer model is read with that notice', () => {
    const v = readScenarioFile(JSON.stringify({ ...plan, model: '9.9.9' }));
    expect(v.ok && v.notices.map((n) => [n.kind, n.madeWith])).toEqual([['newer', '9.9.9']]);
  });
});
