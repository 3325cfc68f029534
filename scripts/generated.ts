/** The generated files and how to build them, shared by `npm run docs` and the test that keeps them current. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNodePool } from '../src/engine/node-pool.ts';
import { toResult } from '../src/engine/result.ts';
import { parseScenarioJson } from '../src/scenario/parse.ts';
import { scenarioJsonSchema } from '../src/scenario/schema.ts';
import { toInputs } from '../src/scenario/to-inputs.ts';
import { SERIES_INDEX } from '../src/model/series.ts';
import { quantileOf } from '../src/stats/summary.ts';
import { summarySpec } from '../src/stats/summary-spec.ts';
import { REALISED } from '../src/model/history.ts';
import type { Series } from '../src/model/series.ts';
import type { Lang } from '../src/i18n/messages.ts';
import { renderModelDoc, type BackcastRow, type CalibrationRun } from './model-doc.ts';
import { checkFigures } from './replay-check.ts';

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
export const CALIBRATION_RUNS = 100_000;
/** Paths for the out-of-sample table (exact quantiles of year-on-year growth). */
export const REPLAY_RUNS = 20_000;

export function buildSchemaJson(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
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
    const backInputs = toInputs(back);
    const backSummary = await pool.run({ inputs: backInputs, seed: 7, runs: CALIBRATION_RUNS });
    const cagr = quantileOf(
      backSummary,
      summarySpec(back.startYear),
      SERIES_INDEX.output_cagr,
      2020 - back.startYear,
      0.5,
    );
    const plan2020: [Series, number][] = [
      ['output', 2259.3],
      ['output_cagr', 10],
      ['firms', 36],
      ['rd_intensity', 0.6],
      ['rd_institution_share', 29.8],
      ['va_ratio', (197.15 / 2259.3) * 100],
      ['terminals_share', 77.4],
    ];
    const spec = summarySpec(back.startYear);
    const q = (k: Series, p: number) =>
      quantileOf(backSummary, spec, SERIES_INDEX[k], 2020 - back.startYear, p);
    const backcast: BackcastRow[] = plan2020.map(([key, plan]) => ({
      key,
      plan,
      p5: q(key, 0.05),
      p50: q(key, 0.5),
      p95: q(key, 0.95),
    }));
    const replay = toInputs(loadScenario('realised-pc-demand'));
    const checks = checkFigures(replay, 7, REPLAY_RUNS, REALISED);
    const results = { runs, backcastCagr: cagr, runsEach: CALIBRATION_RUNS, backcast, checks };
    return {
      en: renderModelDoc(templates.en, 'en', results),
      zh: renderModelDoc(templates.zh, 'zh', results),
    };
  } finally {
    pool.dispose();
  }
}
