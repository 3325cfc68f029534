import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  buildModelDocs,
  buildPlanSchemaJson,
  buildSchemaJson,
  MODEL_DOCS,
  PLAN_SCHEMA_FILE,
  SCHEMA_FILE,
} from '../../scripts/generated.ts';
import { LANGS } from '../../src/i18n/messages.ts';
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

  it('docs/MODEL.md and docs/MODEL.zh.md are their templates plus the parameter table plus the calibration runs', async () => {
    const docs = await buildModelDocs({
      en: readFileSync(MODEL_DOCS.en.template, 'utf8'),
      zh: readFileSync(MODEL_DOCS.zh.template, 'utf8'),
    });
    for (const lang of LANGS) {
      expect(readFileSync(MODEL_DOCS[lang].doc, 'utf8'), MODEL_DOCS[lang].doc).toBe(docs[lang]);
      // every parameter and indicator appears in it
      for (const k of [...PM.leverKeys, ...PM.uncertaintyKeys, ...Object.keys(CONSTANTS), ...INDICATORS]) {
        expect(docs[lang], lang).toContain('`' + k + '`');
      }
    }
    expect(docs.zh).not.toBe(docs.en);
  }, 60_000);
});
