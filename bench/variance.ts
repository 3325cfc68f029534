/**
 * npm run bench:variance — issue 22 item 2: which sampling design gives the plan scenario's chances of meeting the
 * 2025 targets most precisely for the same runs. Each design is run for REPS independent seeds of RUNS runs; the
 * variance of its estimate of P(meet) over the seeds is compared with p(1 − p)/RUNS, the variance of independent
 * runs. The candidates:
 *
 * - independent: every path from fresh numbers of the chunk's stream (model 2.0's design);
 * - antithetic: paths in pairs, the second mirroring the first's numbers (src/stats/rng.ts, `Rng.beginPath`);
 * - stratified PC shock: the ten normals behind world PC demand in 2021–2025 (the common and the PC shock of each
 *   year) drawn so that their sum, the main direction of the 2025 PC level, is stratified, one path a stratum;
 * - control variate (CV): the estimate corrected by the PC-demand path's innovations to 2025, whose mean is 0
 *   (Σ_t g_t − E[g_t | φ], from the path's own trace), with the regression coefficient fitted within the seed;
 * - antithetic + CV: both, the regression on the pair means.
 *
 * It also checks the engine's own standard error for the antithetic design (src/stats/summary.ts `pMeetOf`, the
 * numbers the app and the command line show) against the spread over the seeds. Prints a table; takes about a
 * minute on one core. BENCH_QUICK=1 for a smoke run (its numbers mean nothing).
 */
import type { Indicator } from '../src/model/indicators.ts';
import { planModel } from '../src/model/plan.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../src/scenario/plans.ts';
import { defaultInputs } from '../src/model/inputs.ts';
import type { RandomSource } from '../src/model/random-source.ts';
import { createTrace, prepare, simulatePath, type Prepared } from '../src/model/simulate.ts';
import { chunksOf, CHUNK_RUNS, runChunks } from '../src/engine/chunks.ts';
import { chunkState, normalQuantile, Rng } from '../src/stats/rng.ts';
import { pMeetOf } from '../src/stats/summary.ts';

const QUICK = !!process.env.BENCH_QUICK;
const REPS = QUICK ? 20 : 200;
const RUNS = 4 * CHUNK_RUNS;
const INDICATORS: Indicator[] = [
  'output',
  'output_cagr',
  'va_ratio',
  'patent_cagr',
  'innovation_platforms',
  'leading_firms',
];
const PLAN = bundledPlan(LEGACY_PLAN_ID)!;
const PM = planModel(PLAN);
const SERIES_INDEX = PM.seriesIndex;
const inputs = defaultInputs(PLAN);
const prepared = prepare(inputs);
const T = prepared.nYears;
const ty = PM.targetYear - inputs.startYear;
const PHI = PM.pathKeys.indexOf('pc_persistence');

/**
 * Stands in for the Rng on one path: the normals of the common and the PC shock in the first five years (the
 * kernel's first two normal draws of each year, src/model/simulate.ts §2) come from `z`, the rest pass through.
 */
class StratifiedPc implements RandomSource {
  readonly z = new Float64Array(10);
  calls = 0;
  constructor(readonly rng: Rng) {}
  /** draws the ten normals so that their sum is Φ⁻¹(u)·√10 (u: the stratum's uniform) and restarts the count */
  start(u: number): void {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += this.z[i] = this.rng.normal();
    const shift = (normalQuantile(u) * Math.sqrt(10) - sum) / 10;
    for (let i = 0; i < 10; i++) this.z[i] += shift;
    this.calls = 0;
  }
  uniform() {
    return this.rng.uniform();
  }
  poisson(lambda: number) {
    return this.rng.poisson(lambda);
  }
  normal() {
    const c = this.calls++;
    const year = Math.floor(c / 7);
    const j = c % 7;
    return year < 5 && j < 2 ? this.z[2 * year + j] : this.rng.normal();
  }
}

type Design = 'independent' | 'antithetic' | 'stratified';

/** Per path of one seed's run: 1/0 for meeting each indicator's 2025 target, and the PC control. */
function runSeed(design: Design, seed: number, p: Prepared) {
  const out = new Float64Array(PM.series.length * T);
  const trace = createTrace(T, PM.sectors.length);
  const met = INDICATORS.map(() => new Float64Array(RUNS));
  const control = new Float64Array(RUNS);
  const mPc = p.shockMean.pc_demand / 100;
  let i = 0;
  for (const chunk of chunksOf(RUNS)) {
    const rng = new Rng(chunkState(seed, chunk.index));
    const strat = new StratifiedPc(rng);
    for (let r = 0; r < chunk.runs; r++, i++) {
      if (design === 'antithetic') rng.beginPath(r);
      if (design === 'stratified') strat.start((i + rng.uniform()) / RUNS);
      simulatePath(p, design === 'stratified' ? strat : rng, out, trace);
      INDICATORS.forEach((k, j) => {
        met[j][i] = out[SERIES_INDEX[k] * T + ty] >= (PM.indicators[k].target?.value ?? NaN) ? 1 : 0;
      });
      const phi = p.drawn[PHI];
      let c = 0;
      for (let t = 1; t <= ty; t++) c += trace.pcGrowth[t] - mPc - phi ** t * (p.pcStart - mPc);
      control[i] = c;
    }
  }
  return { met, control };
}

const mean = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
};

/** the plain estimate and the control-variate estimate, from per-unit values (paths, or pair means) */
function estimates(y: Float64Array, c: Float64Array) {
  const my = mean(y);
  const mc = mean(c);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < y.length; i++) {
    sxy += (y[i] - my) * (c[i] - mc);
    sxx += (c[i] - mc) ** 2;
  }
  return { plain: my, cv: my - (sxx > 0 ? sxy / sxx : 0) * mc };
}

const pairMeans = (a: Float64Array) =>
  Float64Array.from({ length: a.length / 2 }, (_, j) => (a[2 * j] + a[2 * j + 1]) / 2);

const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
};

function main() {
  const t0 = performance.now();
  const est: Record<string, number[][]> = {};
  const add = (name: string, j: number, x: number) => (est[name] ??= INDICATORS.map(() => []))[j].push(x);
  for (let s = 1; s <= REPS; s++) {
    const seed = 1000 + s;
    for (const design of ['independent', 'antithetic', 'stratified'] as Design[]) {
      const { met, control } = runSeed(design, seed, prepared);
      INDICATORS.forEach((_, j) => {
        const e =
          design === 'antithetic'
            ? estimates(pairMeans(met[j]), pairMeans(control))
            : estimates(met[j], control);
        add(design, j, e.plain);
        if (design !== 'stratified') add(`${design} + CV`, j, e.cv);
      });
    }
  }
  // the engine itself (antithetic pairs) and the standard error it reports, over the same seeds
  const engineP = INDICATORS.map(() => [] as number[]);
  const engineSe2 = INDICATORS.map(() => [] as number[]);
  for (let s = 1; s <= REPS; s++) {
    const summary = runChunks(inputs, 1000 + s, chunksOf(RUNS));
    INDICATORS.forEach((k, j) => {
      const pm = pMeetOf(summary, SERIES_INDEX[k], ty);
      engineP[j].push(pm.p);
      engineSe2[j].push(pm.se ** 2);
    });
  }
  const fmt = (x: number, d = 2) => x.toFixed(d);
  console.log(
    `\nP(meet) of the 2025 targets, plan scenario: variance reduction over independent runs (× = p(1 − p)/n ÷ the` +
      ` design's variance over ${REPS} seeds of ${RUNS.toLocaleString('en')} runs; ±${fmt(100 * Math.sqrt(2 / (REPS - 1)), 0)} % sampling error)`,
  );
  const names = ['independent', 'antithetic', 'stratified', 'independent + CV', 'antithetic + CV'];
  const head = ['indicator', 'p', ...names.map((n) => n.replace('independent + CV', 'CV (PC)'))];
  const w = [22, 6, 13, 12, 12, 10, 16];
  const row = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' '));
  row(head);
  INDICATORS.forEach((k, j) => {
    const p = mean(est.independent[j]);
    const binomial = (p * (1 - p)) / RUNS;
    row([k, fmt(p, 3), ...names.map((n) => `${fmt(binomial / variance(est[n][j]))}×`)]);
  });
  console.log(
    `\nThe engine's standard error (antithetic pairs, src/stats/summary.ts) against the spread of its estimates over the ${REPS} seeds`,
  );
  row(['indicator', 'p', 'sd over seeds', 'mean SE', 'ratio']);
  INDICATORS.forEach((k, j) => {
    const sd = Math.sqrt(variance(engineP[j]));
    const se = Math.sqrt(mean(engineSe2[j]));
    row([k, fmt(mean(engineP[j]), 3), fmt(sd, 5), fmt(se, 5), fmt(se / sd)]);
  });
  console.log(`\n(${fmt((performance.now() - t0) / 1000, 0)} s)`);
}

main();
