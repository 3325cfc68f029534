/**
 * npm run bench — issue 13's targets, the kernel as model 2.0.0 landed it (bench/frozen/, bench/before/) against
 * the current one, measured in the same run so that their ratio holds on a noisy, shared machine.
 *
 * 1. The kernel on one thread, ns per path-year (best of several, the two kernels interleaved), and where its time
 *    goes: the model alone, its random draws alone (the same counts and means), the summary alone.
 * 2. The command line as a whole process (Node start-up, scenario parsing, workers, result): 200,000 runs with 1
 *    and with 2 workers (best of 2 each), 1,000,000 runs with 2 workers, and the process's peak resident memory
 *    (VmHWM, which counts the worker threads too). "Before" is bench/before/cli.ts, the model 2.0.0 command line.
 * 3. In headless Chromium (when dist/ and /usr/bin/chromium exist; run `npm run build` first): a lever change to
 *    the first partial result on screen and to "done", at 10,000 and 100,000 runs, and the gaps between pictures
 *    during a slider drag (bench/browser.ts). "Before" there is the issue's own measurement, or, with
 *    BENCH_BROWSER_BEFORE=<git revision>, the app built at that revision and measured in the same run.
 * The last table lists each target, before and after, and says by how much a missed target is missed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { defaultInputs } from '../src/model/inputs.ts';
import { planModel } from '../src/model/plan.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../src/scenario/plans.ts';
import { defaultInputs as frozenDefaultInputs } from './frozen/model/inputs.ts';
import { prepare, simulatePath } from '../src/model/simulate.ts';
import { chunkState, Rng } from '../src/stats/rng.ts';
import { addPaths, createSummary } from '../src/stats/summary.ts';
import { summarySpec } from '../src/stats/summary-spec.ts';
import { CHUNK_RUNS, chunksOf, runChunks } from '../src/engine/chunks.ts';
import { nodeWorkerBundle } from '../src/engine/node-worker-bundle.ts';
import * as frozenChunks from './frozen/engine/chunks.ts';
import * as frozenModel from './frozen/model/simulate.ts';
import * as frozenRng from './frozen/stats/rng.ts';
import * as frozenSummary from './frozen/stats/summary.ts';
import { browserBench } from './browser.ts';
import { CHROMIUM_PATH } from '../scripts/chromium.ts';

const PLAN = bundledPlan(LEGACY_PLAN_ID)!;
const PM = planModel(PLAN);
const inputs = defaultInputs(PLAN);
/** the frozen model 2.0.0 reads its own inputs (the same numbers, without the plan file) */
const frozenInputs = frozenDefaultInputs();
/** BENCH_QUICK=1: a smoke run of the bench itself, with every run count divided by 10 (its numbers mean nothing) */
const SCALE = process.env.BENCH_QUICK ? 0.1 : 1;
const MILLION = 1_000_000 * SCALE;
const CLI_RUNS = 200_000 * SCALE;
const YEARS = 15;
const fmt = (x: number, d = 0) =>
  x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const best = (xs: number[]) => Math.min(...xs);

/**
 * CPU time (user + system, ms) of `f` on this thread: on an idle machine the same as wall time for this
 * single-threaded work, and far less disturbed than wall time when other processes share the cores.
 */
function time(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** ns per path-year of `f`, which simulates `paths` paths; best of `reps` */
function nsPerPathYear(f: () => void, paths: number, reps: number): number {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) times.push(time(f));
  return (best(times) * 1e6) / (paths * YEARS);
}

// --- 1. the kernel on one thread -------------------------------------------------------------------------------

function kernel() {
  const RUNS = 40_000 * SCALE;
  const oldRun = () => void frozenChunks.runChunks(frozenInputs, 7, frozenChunks.chunksOf(RUNS));
  const newRun = () => void runChunks(inputs, 7, chunksOf(RUNS));
  oldRun();
  newRun(); // JIT warm-up
  const olds: number[] = [];
  const news: number[] = [];
  for (let i = 0; i < 3; i++) {
    olds.push(nsPerPathYear(oldRun, RUNS, 1));
    news.push(nsPerPathYear(newRun, RUNS, 1));
  }
  return { before: best(olds), after: best(news) };
}

/** The kernel's parts, each alone: the model (with its draws), the draws alone, the summary alone. */
function split() {
  const N = 20_000 * SCALE;
  const spec = summarySpec(PLAN, PM.baseYear);
  const len = PM.series.length * spec.nYears;
  // before: one path at a time into the summary, generator state in object fields, Poisson searched from 0
  const pOld = frozenModel.prepare(frozenInputs);
  const rOld = new frozenRng.Rng(frozenRng.chunkState(7, 0));
  const path = new Float64Array(len);
  const sOld = frozenSummary.createSummary(spec);
  const modelOld = nsPerPathYear(
    () => {
      for (let i = 0; i < N; i++) frozenModel.simulatePath(pOld, rOld, path);
    },
    N,
    3,
  );
  const summaryOld = nsPerPathYear(
    () => {
      for (let i = 0; i < N; i++) frozenSummary.addPath(sOld, spec, path);
    },
    N,
    3,
  );
  // after: batches of 16 paths (as src/engine/chunks.ts) added column by column
  const pNew = prepare(inputs);
  const rNew = new Rng(chunkState(7, 0));
  const batch = new Float64Array(16 * len);
  const views = Array.from({ length: 16 }, (_, r) => batch.subarray(r * len, (r + 1) * len));
  const sNew = createSummary(spec);
  const modelNew = nsPerPathYear(
    () => {
      for (let i = 0; i < N; i++) simulatePath(pNew, rNew, views[i & 15]);
    },
    N,
    3,
  );
  const summaryNew = nsPerPathYear(
    () => {
      for (let i = 0; i < N; i += 16) addPaths(sNew, spec, batch, 16);
    },
    N,
    3,
  );
  // what model 2.0 draws: per path one uniform per per-path uncertainty; per path-year 7 normals, 1 uniform and 9
  // Poisson counts, at the medians of the means the plan's paths pass to each (measured, seed 7, 2,000 paths)
  const MEANS = [0.37, 1.33, 0.19, 0.32, 1.76, 2.95, 1.97, 0.42, 3.24];
  const PER_PATH = PM.pathKeys.length;
  let sink = 0;
  const drawsOld = nsPerPathYear(
    () => {
      for (let i = 0; i < N; i++) {
        for (let u = 0; u < PER_PATH; u++) sink += rOld.uniform();
        for (let t = 0; t < YEARS; t++) {
          for (let z = 0; z < 7; z++) sink += rOld.normal();
          sink += rOld.uniform();
          for (let k = 0; k < MEANS.length; k++) sink += rOld.poisson(MEANS[k]);
        }
      }
    },
    N,
    3,
  );
  const drawsNew = nsPerPathYear(
    () => {
      for (let i = 0; i < N; i++) {
        for (let u = 0; u < PER_PATH; u++) sink += rNew.uniform();
        for (let t = 0; t < YEARS; t++) {
          for (let z = 0; z < 7; z++) sink += rNew.normal();
          sink += rNew.uniform();
          for (let k = 0; k < MEANS.length; k++) sink += rNew.poisson(MEANS[k]);
        }
      }
    },
    N,
    3,
  );
  if (sink === 42) console.log('');
  return {
    before: { model: modelOld, draws: drawsOld, summary: summaryOld },
    after: { model: modelNew, draws: drawsNew, summary: summaryNew },
  };
}

// --- 2. the command line as a whole process --------------------------------------------------------------------

interface ProcessRun {
  ms: number;
  /** user + system CPU time of the whole process, all threads */
  cpuMs: number;
  peakMB: number;
}

/** Runs a Node process to its end under GNU time: wall time, CPU time and peak resident memory (all threads). */
function runProcess(args: string[]): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'BENCH %U %S %M', process.execPath, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      const m = /BENCH ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      if (code !== 0 || !m) reject(new Error(`${args.join(' ')} exited with ${code}: ${err}`));
      else resolve({ ms, cpuMs: (Number(m[1]) + Number(m[2])) * 1000, peakMB: Number(m[3]) / 1024 });
    });
  });
}

const OUT = `${tmpdir()}/ngit-bench-result.json`;
const cliAfter = (runs: number, workers: number) =>
  runProcess([
    'scripts/cli.js',
    'simulate',
    '--scenario',
    'plan',
    '--seed',
    '7',
    '--runs',
    String(runs),
    '--workers',
    String(workers),
    '--quiet',
    '--out',
    OUT,
  ]);
const cliBefore = (runs: number, workers: number) =>
  runProcess(['--import', 'tsx', 'bench/before/cli.ts', String(runs), String(workers), OUT]);

async function bestOf(n: number, f: () => Promise<ProcessRun>): Promise<ProcessRun> {
  let b: ProcessRun | null = null;
  for (let i = 0; i < n; i++) {
    const r = await f();
    if (!b || r.ms < b.ms) b = r;
  }
  return b!;
}

// --- report ----------------------------------------------------------------------------------------------------

interface Target {
  name: string;
  before: number;
  beforeNote?: string;
  after: number;
  target: number;
  unit: string;
  /** true when more is better (a speed-up ratio) */
  higher?: boolean;
}

function verdict(t: Target): string {
  const met = t.higher ? t.after >= t.target : t.after <= t.target;
  if (met) return 'met';
  const by = t.higher ? t.target / t.after : t.after / t.target;
  return `missed: ${fmt(by, 2)}× the target`;
}

/**
 * The app as it was at git revision `rev`, built into a temporary checkout (BENCH_BROWSER_BEFORE=rev): the browser
 * rows then compare two builds measured in the same run instead of the issue's numbers. Returns the checkout.
 */
function buildAt(rev: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ngit-before-'));
  const run = (cmd: string, args: string[], cwd = process.cwd()) => {
    const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  };
  run('git', ['worktree', 'add', '--detach', dir, rev]);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  run(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], dir);
  process.on('exit', () => spawnSync('git', ['worktree', 'remove', '--force', dir]));
  return dir;
}

async function main() {
  nodeWorkerBundle(); // built before anything is timed (a fresh clone builds it once, about a second)
  const k = kernel();
  const s = split();
  const line = (cells: string[], widths: number[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join(' ')
      .trimEnd();
  const w1 = [44, 14, 14, 10];
  console.log('\nKernel, one thread, CPU ns per path-year (best of 3, interleaved)');
  console.log(line(['', 'model 2.0.0', 'now', 'speed-up'], w1));
  console.log(
    line(
      [
        'whole kernel (model + draws + summary)',
        fmt(k.before),
        fmt(k.after),
        `${fmt(k.before / k.after, 2)}×`,
      ],
      w1,
    ),
  );
  for (const part of ['model', 'draws', 'summary'] as const) {
    const label = {
      model: '  the model with its draws',
      draws: '  the draws alone (same counts and means)',
      summary: '  the summary alone',
    }[part];
    console.log(
      line(
        [label, fmt(s.before[part]), fmt(s.after[part]), `${fmt(s.before[part] / s.after[part], 2)}×`],
        w1,
      ),
    );
  }

  console.log('\nCommand line, whole process (plan scenario, seed 7)');
  await cliAfter(1000, 2); // page cache and the worker bundle
  await cliBefore(1000, 2);
  const b1 = await bestOf(2, () => cliBefore(CLI_RUNS, 1));
  const a1 = await bestOf(2, () => cliAfter(CLI_RUNS, 1));
  const b2 = await bestOf(2, () => cliBefore(CLI_RUNS, 2));
  const a2 = await bestOf(2, () => cliAfter(CLI_RUNS, 2));
  const bM = await cliBefore(MILLION, 2);
  const aM = await cliAfter(MILLION, 2);
  const w2 = [40, 32, 32];
  console.log(line(['', 'model 2.0.0', 'now'], w2));
  const pr = (r: ProcessRun) => `${fmt(r.ms)} ms (cpu ${fmt(r.cpuMs)}), ${fmt(r.peakMB)} MB`;
  console.log(line(['200,000 runs, 1 worker (same thread)', pr(b1), pr(a1)], w2));
  console.log(line(['200,000 runs, 2 workers', pr(b2), pr(a2)], w2));
  console.log(line(['1,000,000 runs, 2 workers', pr(bM), pr(aM)], w2));

  const targets: Target[] = [];
  let browserNote = 'browser: skipped (needs `npm run build` and /usr/bin/chromium)';
  if (existsSync('dist/index.html') && existsSync(CHROMIUM_PATH)) {
    const port = Number(process.env.BENCH_PORT ?? 4251);
    const beforeRev = process.env.BENCH_BROWSER_BEFORE;
    const before = beforeRev ? await browserBench(port + 1, buildAt(beforeRev)) : null;
    const b = await browserBench(port);
    browserNote = `browser: headless Chromium, ${b.workers} workers, median of 5 (10k) and 3 (100k) lever changes`;
    const was = (x: number | undefined, issue: string) => (before && x !== undefined ? fmt(x) : issue);
    targets.push(
      {
        name: 'Browser, 10,000 runs, lever change to done',
        before: NaN,
        beforeNote: was(before?.final10kMs, '154–175 (issue)'),
        after: b.final10kMs,
        target: 60,
        unit: 'ms',
      },
      {
        name: 'Browser, first partial picture',
        before: NaN,
        beforeNote: was(before?.firstPartialMs, '64–76 (issue)'),
        after: b.firstPartialMs,
        target: 30,
        unit: 'ms',
      },
      {
        name: 'Browser, 100,000 runs',
        before: NaN,
        beforeNote: was(before?.final100kMs, '790–850 (issue)'),
        after: b.final100kMs,
        target: 300,
        unit: 'ms',
      },
      {
        name: `Browser, drag (${fmt(b.drag.runs)} runs): median gap between pictures`,
        before: NaN,
        beforeNote: was(before?.drag.medianGapMs, '–'),
        after: b.drag.medianGapMs,
        target: 150,
        unit: 'ms',
      },
      {
        name: `Browser, drag: longest gap (${fmt(100 * b.drag.within150)} % ≤ 150 ms)`,
        before: NaN,
        beforeNote: was(before?.drag.maxGapMs, '–'),
        after: b.drag.maxGapMs,
        target: 150,
        unit: 'ms',
      },
    );
  }
  targets.push(
    {
      name: 'CLI, 2 workers vs 1, whole process, 200k runs',
      before: b1.ms / b2.ms,
      after: a1.ms / a2.ms,
      target: 1.6,
      unit: '×',
      higher: true,
    },
    { name: 'CLI, 1,000,000 runs, whole process', before: bM.ms, after: aM.ms, target: 2500, unit: 'ms' },
    { name: 'CLI, 1,000,000 runs, peak RSS', before: bM.peakMB, after: aM.peakMB, target: 200, unit: 'MB' },
  );
  console.log(`\nIssue 13's targets (${browserNote})`);
  console.log(
    `("before": the command line of model 2.0.0 (bench/before/); in the browser ` +
      (process.env.BENCH_BROWSER_BEFORE
        ? `the app as built at ${process.env.BENCH_BROWSER_BEFORE}, measured first in this run)`
        : `the issue's own measurement of model 2.0.0)`),
  );
  const w3 = [62, 16, 8, 8, 26];
  console.log(line(['', 'before', 'now', 'target', ''], w3));
  for (const t of targets) {
    const d = t.unit === '×' ? 2 : 0;
    const before = t.beforeNote ?? `${fmt(t.before, d)}`;
    console.log(
      line(
        [`${t.name} (${t.unit})`, before, fmt(t.after, d), fmt(t.target, d === 2 ? 1 : 0), verdict(t)],
        w3,
      ),
    );
  }
  const cores = availableParallelism();
  const msPerMillion = (k.after * 1e6 * YEARS) / 1e6 / cores;
  console.log(
    `\nWhy a missed target is the limit: at ${fmt(k.after)} ns per path-year, 1,000,000 runs × ${YEARS} years on ` +
      `${cores} cores need at least ${fmt(msPerMillion)} ms of kernel time alone; 2.5 s needs ` +
      `${fmt((2500 * cores * 1e6) / (1e6 * YEARS))} ns per path-year. Of the kernel's time the model with its ` +
      `draws takes ${fmt(s.after.model)} ns (17 draws a year, 9 of them Poisson counts, and about nine ` +
      `Math.exp/log a year), of which the draws alone ${fmt(s.after.draws)} ns; the summary ${fmt(s.after.summary)} ns ` +
      `(${PM.series.length} series × ${YEARS + 1} years a path, each value binned, summed exactly, min/max and target ` +
      `counted). The command line also runs the honest cost's baseline up to 2025 on the same draws (about 40 % of a ` +
      `path more, without a summary). The machine may be shared: compare the two columns of one run, not runs of ` +
      `different days.`,
  );
  const kernelMs = (runs: number, threads: number) => (runs * YEARS * k.after) / 1e6 / threads;
  console.log(
    `\nIn the browser the same kernel bounds the targets: 10,000 runs are ${fmt(kernelMs(10_000, cores))} ms of ` +
      `kernel time on ${cores} cores before anything is drawn (60 ms needs ${fmt((60e6 * cores) / (10_000 * YEARS))} ns ` +
      `per path-year), 100,000 runs ${fmt(kernelMs(100_000, cores))} ms; and the main thread shares those cores ` +
      `with the workers while it merges each batch and draws a partial and the final picture (10 fan charts, the ` +
      `scorecard, the distribution: 20–30 ms each, measured in Chromium traces). The first partial picture needs ` +
      `one whole chunk of ${fmt(CHUNK_RUNS)} runs (a chunk is the unit the seed is split into, so its size is part ` +
      `of every number the tool gives): ${fmt(kernelMs(CHUNK_RUNS, 1))} ms of kernel on one worker, plus the ` +
      `message there and back and the drawing.`,
  );
}

await main();
