/**
 * npm run docs — writes docs/MODEL.md and docs/MODEL.zh.md (from docs/MODEL.template.md and MODEL.zh.template.md,
 * the parameter table, the plan and 100,000-run calibration results), scenarios/scenario.schema.json,
 * plans/plan.schema.json and record/realised.schema.json (from the zod schemas). Tests fail when any of them is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { LANGS } from '../src/i18n/messages.ts';
import {
  buildModelDocs,
  buildPlanSchemaJson,
  buildRecordSchemaJson,
  buildSchemaJson,
  MODEL_DOCS,
  PLAN_SCHEMA_FILE,
  RECORD_SCHEMA_FILE,
  SCHEMA_FILE,
} from './generated.ts';

writeFileSync(SCHEMA_FILE, buildSchemaJson());
writeFileSync(PLAN_SCHEMA_FILE, buildPlanSchemaJson());
writeFileSync(RECORD_SCHEMA_FILE, buildRecordSchemaJson());
const docs = await buildModelDocs({
  en: readFileSync(MODEL_DOCS.en.template, 'utf8'),
  zh: readFileSync(MODEL_DOCS.zh.template, 'utf8'),
});
for (const lang of LANGS) writeFileSync(MODEL_DOCS[lang].doc, docs[lang]);
console.log(
  'wrote docs/MODEL.md, docs/MODEL.zh.md, scenarios/scenario.schema.json, plans/plan.schema.json and record/realised.schema.json',
);
