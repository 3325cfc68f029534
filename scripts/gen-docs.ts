/**
 * npm run docs — writes docs/MODEL.md (from docs/MODEL.template.md, the parameter table, the plan and 100,000-run
 * calibration results), scenarios/scenario.schema.json and plans/plan.schema.json (from the zod schemas). Tests fail
 * when any is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildModelDoc,
  buildPlanSchemaJson,
  buildSchemaJson,
  MODEL_DOC,
  PLAN_SCHEMA_FILE,
  SCHEMA_FILE,
} from './generated.ts';

writeFileSync(SCHEMA_FILE, buildSchemaJson());
writeFileSync(PLAN_SCHEMA_FILE, buildPlanSchemaJson());
writeFileSync(
  MODEL_DOC,
  await buildModelDoc(readFileSync(new URL('../docs/MODEL.template.md', import.meta.url), 'utf8')),
);
console.log('wrote docs/MODEL.md, scenarios/scenario.schema.json and plans/plan.schema.json');
