/**
 * npm run docs — writes docs/MODEL.md (from docs/MODEL.template.md, the parameter table and 100,000-run calibration
 * results) and scenarios/scenario.schema.json (from the zod schema). Tests fail when either is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildModelDoc, buildSchemaJson, MODEL_DOC, SCHEMA_FILE } from './generated.ts';

writeFileSync(SCHEMA_FILE, buildSchemaJson());
writeFileSync(
  MODEL_DOC,
  await buildModelDoc(readFileSync(new URL('../docs/MODEL.template.md', import.meta.url), 'utf8')),
);
console.log('wrote docs/MODEL.md and scenarios/scenario.schema.json');
