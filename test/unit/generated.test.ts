import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  buildModelDoc,
  buildPlanSchemaJson,
  buildSchemaJson,
  MODEL_DOC,
  PLAN_SCHEMA_FILE,
  SCHEMA_FILE,
} from '../../scripts/generated.ts';
import { CONSTANTS } from '../../src/model/parameters.ts';
import { INDICATORS } from '../../src/model/indicators.ts';
import { PM } from '../helpers.ts';

describe('generated files are current (run `npm run docs` after changing the model)', () => {
  it('scenarios/scenario.schema.json is the zod schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(buildSchemaJson());
  });

  it('plans/plan.schema.json is the zod schema of plan files', () => {
    expect(readFileSync(PLAN_SCHEMA_FILE, 'utf8')).toBe(buildPlanSchemaJson());
  });

  it('docs/MODEL.md is the template plus the parameter table plus the calibration runs', async () => {
    const template = readFileSync(new URL('../../docs/MODEL.template.md', import.meta.url), 'utf8');
    const doc = await buildModelDoc(template);
    expect(readFileSync(MODEL_DOC, 'utf8')).toBe(doc);
    // every parameter and indicator appears in it
    for (const k of [...PM.leverKeys, ...PM.uncertaintyKeys, ...Object.keys(CONSTANTS), ...INDICATORS]) {
      expect(doc).toContain('`' + k + '`');
    }
  }, 60_000);
});
