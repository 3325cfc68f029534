/**
 * npm run bench — speed of the engine, measured in one run so that ratios hold on a noisy machine.
 *
 * 1. path-years per second: a straightforward reference (the readable model, seedrandom's ARC4, Box–Muller, all
 *    values kept in arrays and sorted for percentiles), the project's kernel on one thread (xor128, ziggurat,
 *    streaming histograms) and the Node worker pool with 2 workers; the ratios between them.
 * 2. wall time for 100,000 and 1,000,000 runs × 15 years with the warm pool, and memory growth during each.
 * 3. in headless Chromium (when dist/ and /usr/bin/chromium exist): time from a lever change to the first partial
 *    result on screen and to the final result at 10,000 and 100,000 runs (bench/browser.ts).
 */
import { existsSync } from 'node:fs';
import { defaultInputs } from '../src/model/inputs.ts';
import { simulatePathReference } from '../src/model/reference.ts';
import { SERIES } from '../src/model/series.ts';
import { prepare, simulatePath } from '../src/model/simulate.ts';
import { chunkState, Rng } from '../src/stats/rng.ts';
import { addPath, createSummary } from '../src/stats/summary.ts';
import { summarySpec } from '../src/stats/summary-spec.ts';
import { chunksOf, runChunks } from '../src/engine/chunks.ts';
import { createNodePool } from '../src/engine/node-pool.ts';
import { newcomerRandom } from './reference-random.ts';
import { browserBench } from './browser.ts';
import { CHROMIUM_PATH } from '../scripts/chromium.ts';

const inputs = defaultInputs();
const YEARS = 15;
const fmt = (x: number, d = 0) =>
  x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}
async function timeAsync<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

/** The newcomer's whole pipeline: simulate, keep every value, sort for percentiles. */
function reference(runs: number) {
  const rng = newcomerRandom('7');
  const values: Record<string, number[][]> = {};
  for (const k of SERIES) values[k] = Array.from({ length: YEARS + 1 }, () => []);
  for (let r = 0; r < runs; r++) {
    const path = simulatePathReference(inputs, rng);
    for (const k of SERIES) path[k].forEach((x, t) => values[k][t].push(x));
  }
  let check = 0;
  for (const k of SERIES) {
    for (const col of values[k]) {
      const sorted = col.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
      if (sorted.length) check += sorted[Math.floor(0.5 * (sorted.length - 1))];
    }
  }
  return check;
}

/** Splits the kernel's time: the model alone, its random draws alone (same counts), the summary alone. */
function kernelSplit() {
  const prepared = prepare(inputs);
  const spec = summarySpec(2020);
  const summary = createSummary(spec);
  const path = new Float64Array(SERIES.length * spec.nYears);
  const rng = new Rng(chunkState(7, 0));
  const N = 40_000;
  const model = best(
    [0, 1].map(
      () =>
        time(() => {
          for (let i = 0; i < N; i++) simulatePath(prepared, rng, path);
        }).ms,
    ),
  );
  const summ = best(
    [0, 1].map(
      () =>
        time(() => {
          for (let i = 0; i < N; i++) addPath(summary, spec, path);
        }).ms,
    ),
  );
  // per path-year the model draws 8 normals, 1 uniform and 6 Poisson counts (means of a few); per path 30 uniforms
  let sink = 0;
  const draws = best(
    [0, 1].map(
      () =>
        time(() => {
          for (let i = 0; i < N; i++) {
            for (let u = 0; u < 30; u++) sink += rng.uniform();
            for (let t = 0; t < YEARS; t++) {
              for (let z = 0; z < 8; z++) sink += rng.normal();
              sink += rng.uniform();
              for (let k = 0; k < 6; k++) sink += rng.poisson(4);
            }
          }
        }).ms,
    ),
  );
  if (sink === 42) console.log('');
  const per = (ms: number) => (ms * 1e6) / (N * YEARS);
  return { model: per(model), draws: per(draws), summary: per(summ) };
}

function best(times: number[]) {
  return Math.min(...times);
}

async function main() {
  const rows: string[][] = [];
  const REF_RUNS = 10_000;
  const KERNEL_RUNS = 100_000;
  const POOL_RUNS = 200_000;

  // warm up the JIT of both implementations
  reference(500);
  runChunks(inputs, 7, chunksOf(2000));

  const refMs = best([0, 1].map(() => time(() => reference(REF_RUNS)).ms));
  const kernelMs = best([0, 1, 2].map(() => time(() => runChunks(inputs, 7, chunksOf(KERNEL_RUNS))).ms));
  const pool = createNodePool(2);
  await pool.run({ inputs, seed: 7, runs: 40_000 }); // start the threads and let their JIT warm up
  const poolTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    poolTimes.push((await timeAsync(() => pool.run({ inputs, seed: 7, runs: POOL_RUNS }))).ms);
  }
  const poolBest = best(poolTimes);

  const rate = (runs: number, ms: number) => (runs * YEARS) / (ms / 1000);
  const refRate = rate(REF_RUNS, refMs);
  const kernelRate = rate(KERNEL_RUNS, kernelMs);
  const poolRate = rate(POOL_RUNS, poolBest);
  rows.push([
    'reference (readable model, ARC4, Box–Muller, sort)',
    fmt(refRate),
    '1.00×',
    `${fmt(REF_RUNS)} runs`,
  ]);
  rows.push([
    'kernel, 1 thread (xor128, ziggurat, histograms)',
    fmt(kernelRate),
    `${fmt(kernelRate / refRate, 2)}×`,
    `${fmt(KERNEL_RUNS)} runs`,
  ]);
  rows.push([
    'pool, 2 Node workers',
    fmt(poolRate),
    `${fmt(poolRate / refRate, 2)}×`,
    `${fmt(poolRate / kernelRate, 2)}× the kernel, ${fmt(POOL_RUNS)} runs`,
  ]);
  const split = kernelSplit();
  rows.push([
    "where the kernel's time goes, ns/path-year",
    '',
    '',
    `model ${fmt(split.model)} (draws ${fmt(split.draws)}), summary ${fmt(split.summary)}`,
  ]);

  // wall time and memory growth with the warm pool
  const walls: Record<number, { ms: number; growthMB: number }> = {};
  for (const runs of [100_000, 1_000_000]) {
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const { ms } = await timeAsync(() => pool.run({ inputs, seed: 7, runs }));
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    walls[runs] = { ms, growthMB: (peak - before) / 2 ** 20 };
    rows.push([
      `pool: ${fmt(runs)} runs × ${YEARS} years`,
      fmt(rate(runs, ms)),
      `${fmt(ms)} ms`,
      `memory growth ${fmt(walls[runs].growthMB, 1)} MB`,
    ]);
  }
  pool.dispose();

  const widths = [54, 20, 12, 30];
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
  console.log(line(['', 'path-years/s', 'ratio/time', 'note']));
  rows.forEach((r) => console.log(line(r)));

  let browser = 'browser: skipped (needs `npm run build` and /usr/bin/chromium)';
  if (existsSync('dist/index.html') && existsSync(CHROMIUM_PATH)) {
    const b = await browserBench();
    console.log(
      `browser (headless Chromium, ${b.workers} workers): lever change → first partial result on screen ` +
        `${fmt(b.firstPartialMs)} ms (10,000 runs), ${fmt(b.firstPartial100kMs)} ms (100,000 runs); ` +
        `→ final result ${fmt(b.final10kMs)} ms at 10,000 runs, ${fmt(b.final100kMs)} ms at 100,000 runs`,
    );
    browser = `browser first partial ${fmt(b.firstPartialMs)} ms, 10k ${fmt(b.final10kMs)} ms, 100k ${fmt(b.final100kMs)} ms`;
  } else console.log(browser);

  console.log(
    `summary: kernel ${fmt(kernelRate / refRate, 1)}× the reference; 2-worker pool ${fmt(poolRate / kernelRate, 2)}× the kernel; ` +
      `100k runs ${fmt(walls[100_000].ms)} ms, 1M runs ${fmt(walls[1_000_000].ms)} ms (memory +${fmt(walls[1_000_000].growthMB, 0)} MB vs +${fmt(walls[100_000].growthMB, 0)} MB at 100k); ${browser}`,
  );
}

await main();
