/**
 * The estimated base of a plan whose base year has no published figures: the model's replay of the years before it.
 * For the 2026–2030 plan (plans/cq-ngit-2026-2030.json) it runs the 2021–2025 plan's replay scenario
 * (scenarios/realised-pc-demand.json: the plan's package with world PC demand pinned to the realised 2021–2025
 * shipments) and reads its 2025 state: each zone figure's median and its 5–95 % band (the range each path of the new
 * plan draws its base from), and the sector split from the mean sector outputs, value added and firms.
 *
 *   npx tsx scripts/estimate-base.ts      prints the estimate; test/unit/plans/estimate-base.test.ts keeps the plan
 *                                         file equal to it, so a change of model shows up as a change of the base
 */
import { readFileSync } from 'node:fs';
import { chunksOf, runChunks } from '../src/engine/chunks.ts';
import { planModel } from '../src/model/plan.ts';
import { INDICATOR_INDEX, sectorOutputIndex, sectorVaIndex } from '../src/model/series.ts';
import { MODEL_VERSION } from '../src/model/version.ts';
import { parseScenarioJson } from '../src/scenario/parse.ts';
import { toInputs } from '../src/scenario/to-inputs.ts';
import { meanOf, quantileOf } from '../src/stats/summary.ts';
import { summarySpec } from '../src/stats/summary-spec.ts';

export const ESTIMATE_RUNS = 20_000;
export const ESTIMATE_SEED = 7;

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export interface BaseEstimate {
  model: string;
  year: number;
  runs: number;
  seed: number;
  /** median and 5–95 % band of each zone figure */
  figures: Record<
    'output' | 'firms' | 'rd_institution_share' | 'rd_intensity' | 'va_ratio',
    { value: number; lo: number; hi: number }
  >;
  /** by sector of the 2021–2025 plan: share of output %, value-added ratio %, firms (whole, adding up to the median) */
  sectors: Record<string, { outputShare: number; vaRatio: number; firms: number }>;
}

export function estimateBase(scenarioFile = 'realised-pc-demand.json', year = 2025): BaseEstimate {
  const text = readFileSync(new URL(`../scenarios/${scenarioFile}`, import.meta.url), 'utf8');
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const inputs = toInputs(parsed.value);
  const pm = planModel(inputs.plan);
  const summary = runChunks(inputs, ESTIMATE_SEED, chunksOf(ESTIMATE_RUNS));
  const spec = summarySpec(inputs.plan, inputs.startYear);
  const t = year - inputs.startYear;
  const band = (series: number, d: number, whole = false) => {
    const q = (p: number) => quantileOf(summary, spec, series, t, p);
    const r = (x: number) => (whole ? Math.round(x) : round(x, d));
    return { value: r(q(0.5)), lo: r(q(0.05)), hi: r(q(0.95)) };
  };
  const figures = {
    output: band(INDICATOR_INDEX.output, 1),
    firms: band(INDICATOR_INDEX.firms, 0, true),
    rd_institution_share: band(INDICATOR_INDEX.rd_institution_share, 1),
    rd_intensity: band(INDICATOR_INDEX.rd_intensity, 2),
    va_ratio: band(INDICATOR_INDEX.va_ratio, 2),
  };
  // the split: mean output and value added by sector; firms in proportion to the base-year firms of each sector,
  // grown with their output (the model counts new firms by placed capacity), whole and adding up to the median
  const n = pm.sectors.length;
  const out = pm.sectors.map((_, i) => meanOf(summary, spec, sectorOutputIndex(i), t));
  const va = pm.sectors.map((_, i) => meanOf(summary, spec, sectorVaIndex(n, i), t));
  const total = out.reduce((a, b) => a + b, 0);
  const shares = out.map((o) => round((100 * o) / total, 1));
  // shares to one decimal that add up to exactly 100: the rounding remainder goes to the largest sector
  const biggest = shares.indexOf(Math.max(...shares));
  shares[biggest] = round(100 - shares.reduce((a, s, i) => (i === biggest ? a : a + s), 0), 1);
  const weight = pm.sectors.map(
    (s, i) => s.firms * (out[i] / ((inputs.plan.base.output.value * s.outputShare) / 100)),
  );
  const wsum = weight.reduce((a, b) => a + b, 0);
  const exact = weight.map((w) => (w / wsum) * figures.firms.value);
  const firms = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = figures.firms.value - firms.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    firms[i]++;
    left--;
  }
  return {
    model: MODEL_VERSION,
    year,
    runs: ESTIMATE_RUNS,
    seed: ESTIMATE_SEED,
    figures,
    sectors: Object.fromEntries(
      pm.sectors.map((s, i) => [
        s.id,
        { outputShare: shares[i], vaRatio: round((100 * va[i]) / out[i], 2), firms: firms[i] },
      ]),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(estimateBase(), null, 2));
