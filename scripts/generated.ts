/** The generated files and how to build them, shared by `npm run docs` and the test that keeps them current. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNodePool } from '../src/engine/node-pool.ts';
import { toResult } from '../src/engine/result.ts';
import { parseScenarioJson, planOf } from '../src/scenario/parse.ts';
import { planJsonSchema } from '../src/scenario/plan-schema.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../src/scenario/plans.ts';
import { scenarioJsonSchema } from '../src/scenario/schema.ts';
import { toInputs } from '../src/scenario/to-inputs.ts';
import { planModel } from '../src/model/plan.ts';
import { quantileOf } from '../src/stats/summary.ts';
import { summarySpec } from '../src/stats/summary-spec.ts';
import { COMPARABLE_FIGURES, RECORD } from '../src/scenario/record.ts';
import { EXPOST_RUNS, EXPOST_SEED, targetRows, targetValues } from '../src/engine/expost.ts';
import { recordJsonSchema } from '../src/scenario/record-schema.ts';
import type { Lang } from '../src/i18n/messages.ts';
import { renderModelDoc, type BackcastRow, type CalibrationRun } from './model-doc.ts';
import { checkableFigures, checkFigures } from './replay-check.ts';

/** Each edition of the model documentation: its template and the file generated from it. */
export const MODEL_DOCS: Record<Lang, { template: string; doc: string }> = {
  en: {
    template: fileURLToPath(new URL('../docs/MODEL.template.md', import.meta.url)),
    doc: fileURLToPath(new URL('../docs/MODEL.md', import.meta.url)),
  },
  zh: {
    template: fileURLToPath(new URL('../docs/MODEL.zh.template.md', import.meta.url)),
    doc: fileURLToPath(new URL('../docs/MODEL.zh.md', import.meta.url)),
  },
};
export const SCHEMA_FILE = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
export const PLAN_SCHEMA_FILE = fileURLToPath(new URL('../plans/plan.schema.json', import.meta.url));
export const RECORD_FILE = fileURLToPath(new URL('../record/realised.json', import.meta.url));
export const RECORD_SCHEMA_FILE = fileURLToPath(new URL('../record/realised.schema.json', import.meta.url));
export const CALIBRATION_RUNS = 100_000;
/** Paths for the out-of-sample table (exact quantiles of year-on-year growth). */
export const REPLAY_RUNS = 20_000;

/** The scenario files' JSON Schema: that of the 2021–2025 plan, the plan of every shipped scenario. */
export function buildSchemaJson(): string {
  return JSON.stringify(scenarioJsonSchema(bundledPlan(LEGACY_PLAN_ID)!), null, 2) + '\n';
}

/** The plan files' JSON Schema. */
export function buildPlanSchemaJson(): string {
  return JSON.stringify(planJsonSchema(), null, 2) + '\n';
}

/** The record file's JSON Schema. */
export function buildRecordSchemaJson(): string {
  return JSON.stringify(recordJsonSchema(), null, 2) + '\n';
}

function loadScenario(id: string) {
  const text = readFileSync(new URL(`../scenarios/${id}.json`, import.meta.url), 'utf8');
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) throw new Error(`${id}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}

/** Both editions from their templates: the scenarios run once, each edition prints the same results. */
export async function buildModelDocs(templates: Record<Lang, string>): Promise<Record<Lang, string>> {
  const pool = createNodePool(2);
  try {
    const runs: CalibrationRun[] = [];
    for (const id of ['plan', 'no-new-policy', 'downside', 'realised-pc-demand']) {
      const s = loadScenario(id);
      const inputs = toInputs(s);
      const summary = await pool.run({ inputs, seed: 7, runs: CALIBRATION_RUNS });
      runs.push({ id, result: toResult(summary, inputs, { scenario: id, seed: 7 }) });
    }
    const back = loadScenario('backcast-2016');
    const plan = planOf(back);
    const pm = planModel(plan);
    const backInputs = toInputs(back);
    const backSummary = await pool.run({ inputs: backInputs, seed: 7, runs: CALIBRATION_RUNS });
    const spec = summarySpec(plan, back.startYear);
    const at = pm.baseYear - back.startYear;
    const cagr = quantileOf(backSummary, spec, pm.seriesIndex.output_cagr, at, 0.5);
    // the plan's base-year figures the back-cast must bracket
    const terminals = pm.sectors.filter((s) => s.demand === 'pc').reduce((a, s) => a + s.outputShare, 0);
    const planBase: [string, number][] = [
      ['output', plan.base.output.value],
      ['output_cagr', plan.priorGrowth.value],
      ['firms', plan.base.firms.value],
      ['rd_intensity', plan.base.rd_intensity.value],
      ['rd_institution_share', plan.base.rd_institution_share.value],
      ['va_ratio', plan.base.va_ratio.value],
      ['terminals_share', terminals],
    ];
    const q = (k: string, p: number) => quantileOf(backSummary, spec, pm.seriesIndex[k], at, p);
    const backcast: BackcastRow[] = planBase.map(([key, value]) => ({
      key,
      plan: value,
      p5: q(key, 0.05),
      p50: q(key, 0.5),
      p95: q(key, 0.95),
    }));
    const replay = toInputs(loadScenario('realised-pc-demand'));
    const checks = checkFigures(replay, 7, REPLAY_RUNS, checkableFigures(replay, COMPARABLE_FIGURES));
    // the ex-post check of the 2021–2025 plan as npm run expost gives it (its calibration is the table above: the
    // same replay, seed and paths)
    const legacy = bundledPlan(LEGACY_PLAN_ID)!;
    const expost = {
      targetYear: legacy.targetYear,
      rows: targetRows(legacy, RECORD.figures, {}, targetValues(legacy, EXPOST_SEED, EXPOST_RUNS)),
    };
    const results = { runs, backcastCagr: cagr, runsEach: CALIBRATION_RUNS, backcast, checks, expost };
    return {
      en: renderModelDoc(templates.en, 'en', results),
      zh: renderModelDoc(templates.zh, 'zh', results),
    };
  } finally {
    pool.dispose();
  }
}
