/**
 * npm run bench — issue 22: the time to a given precision, now against another git revision measured in the same run
 * (bench/revision.ts: BENCH_BEFORE=<rev>, by default the merge-base with main, or HEAD~1 on main), so that their
 * ratio holds on a noisy, shared machine.
 *
 * The headline is the time to the precision of 10,000 independent runs: a standard error of P(meet the 2025 output
 * target) of at most 0.005, on the plan scenario at seed 7. Each checkout is asked how many runs it needs for that
 * (its own standard error, for its own sampling design: bench/kernel.ts `runsToPrecision`), then timed for them:
 *
 * 1. Node, one core: CPU time of the same-thread engine (model, draws and summary) for those runs, best of 5, the two
 *    checkouts interleaved; then, for where the time goes, CPU ns per path-year of the whole kernel and of its parts
 *    (the model with its draws, the draws alone, the summary alone).
 * 2. The command line as a whole process (`npm run simulate`, 2 workers: start-up, workers, the honest cost's baseline
 *    run, the result file) at the runs that reach the precision of 1,000,000 independent runs (SE ≤ 0.0005, checked
 *    in the result file), best of 2, with its peak resident memory (all threads).
 * 3. Headless Chromium (when /usr/bin/chromium exists): both checkouts' apps are built and served, and a lever
 *    change is timed to the first partial picture and to "done" at each one's runs for the 10,000-run precision
 *    (bench/browser.ts), plus the gaps between pictures while a slider is dragged, the same drag with the CPU slowed
 *    4× (long tasks, the drag's own speed), the app's picture measures, the main chunk's size and the first load.
 *
 * Prints the figures with their targets, and a Markdown record of the run (date, commits, the load average at the
 * start and the end); BENCH_RECORD=1 adds that record to bench/RESULTS.md, above the earlier runs. BENCH_QUICK=1 is
 * a smoke run of the bench itself (ten times looser precision; its numbers mean nothing). BENCH_PORT (default 4251)
 * and the next port serve the two apps. BENCH_ONLY=browser skips parts 1 and 2 (an A/B of the app alone);
 * BENCH_ONLY=kernel runs part 1 alone (the kernel rows, for an A/B of the kernel: issue 19's 0.95×).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from '../scripts/chromium.ts';
import { BROWSER_TRIALS, browserBench, SLOW_CPU, type BrowserBench, type PictureStats } from './browser.ts';
import { loadKernel, runsToPrecision, type Kernel } from './kernel.ts';
import { beforeRevision, buildApp, checkout } from './revision.ts';

const QUICK = !!process.env.BENCH_QUICK;
/** BENCH_ONLY=browser: runs to the precision and the browser part only (for an A/B of the app) */
const BROWSER_ONLY = process.env.BENCH_ONLY === 'browser';
/** BENCH_ONLY=kernel: part 1 only (the command line and the browser skipped) */
const KERNEL_ONLY = process.env.BENCH_ONLY === 'kernel';
/** the precision of 10,000 and of 1,000,000 independent runs (BENCH_QUICK: of 100 and 10,000) */
const SE_10K = QUICK ? 0.05 : 0.005;
const SE_1M = QUICK ? 0.005 : 0.0005;
const YEARS = 15;
const fmt = (x: number, d = 0) =>
  Number.isFinite(x) ? x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }) : '–';
const best = (xs: number[]) => Math.min(...xs);

/**
 * CPU time (user + system, ms) of `f` on this thread: on an idle machine the same as wall time for this
 * single-threaded work, and far less disturbed than wall time when other processes share the cores. `f` returns a
 * number computed from its work, which `check` must accept: the work cannot be optimised away, and is checked.
 */
function cpuMs(f: () => number, check: (x: number) => boolean): number {
  const t0 = process.cpuUsage();
  const x = f();
  const d = process.cpuUsage(t0);
  if (!check(x)) throw new Error(`bench: a timed loop returned ${x}`);
  return (d.user + d.system) / 1000;
}

/** best of `reps` CPU times of each of `fs`, interleaved (a, b, a, b, …) so both see the same machine */
function interleaved(fs: (() => number)[], reps: number, check: (x: number) => boolean): number[] {
  const times = fs.map(() => [] as number[]);
  for (let i = 0; i < reps; i++) fs.forEach((f, j) => times[j].push(cpuMs(f, check)));
  return times.map(best);
}

// --- 1. Node, one core -----------------------------------------------------------------------------------------

/** the engine on this thread for `runs` runs: returns the runs summarised (checked) */
const engineRun = (k: Kernel, runs: number) => () => {
  const s = k.chunks.runChunks(k.defaultInputs(), 7, k.chunks.chunksOf(runs));
  return s.runs;
};

const PART_PATHS = QUICK ? 2000 : 20_000;

/** The kernel's parts as timed loops over PART_PATHS paths: the model with its draws, the draws alone, the summary */
function parts(k: Kernel) {
  const N = PART_PATHS;
  const inputs = k.defaultInputs();
  const spec = k.spec(inputs);
  const len = k.pathLength(inputs);
  const B = k.chunks.BATCH_PATHS;
  const p = k.simulate.prepare(inputs);
  const batch = new Float64Array(B * len);
  const views = Array.from({ length: B }, (_, r) => batch.subarray(r * len, (r + 1) * len));
  const rng = new k.rng.Rng(k.rng.chunkState(7, 0));
  // the antithetic twins where the checkout has them (its engine draws each path so)
  const pairs = typeof (rng as Partial<typeof rng>).beginPath === 'function';
  const model = () => {
    let acc = 0;
    for (let i = 0; i < N; i++) {
      if (pairs) rng.beginPath(i);
      k.simulate.simulatePath(p, rng, views[i % B]);
      acc += views[i % B][len - 1];
    }
    return acc;
  };
  const s = k.summary.createSummary(spec);
  const summary = () => {
    for (let i = 0; i < N; i += B) k.summary.addPaths(s, spec, batch, B);
    return s.runs;
  };
  // what the model draws: per path one uniform per per-path uncertainty; per path-year 7 normals, 1 uniform and 9
  // Poisson counts, at the medians of the means the plan's paths pass to each (measured, seed 7, 2,000 paths). The
  // sum of the draws is kept in a local and returned (a module-level sink made every draw a store: 1.9× slower).
  const MEANS = [0.37, 1.33, 0.19, 0.32, 1.76, 2.95, 1.97, 0.42, 3.24];
  const PER_PATH = k.pathKeyCount;
  const draws = () => {
    let acc = 0;
    for (let i = 0; i < N; i++) {
      if (pairs) rng.beginPath(i);
      for (let u = 0; u < PER_PATH; u++) acc += rng.uniform();
      for (let t = 0; t < YEARS; t++) {
        for (let z = 0; z < 7; z++) acc += rng.normal();
        acc += rng.uniform();
        for (let j = 0; j < MEANS.length; j++) acc += rng.poisson(MEANS[j]);
      }
    }
    return acc;
  };
  model(); // fills the batch the summary adds, and warms up
  return { model, draws, summary };
}

/** CPU ns per path-year of each part, before and now interleaved, best of 5 */
function timeParts(was: Kernel, now: Kernel) {
  const a = parts(was);
  const b = parts(now);
  const finite = (x: number) => Number.isFinite(x) && x !== 0;
  const ns = (f: () => number, g: () => number) =>
    interleaved([f, g], 5, finite).map((ms) => (ms * 1e6) / (PART_PATHS * YEARS));
  const [model, draws, summary] = [ns(a.model, b.model), ns(a.draws, b.draws), ns(a.summary, b.summary)];
  return {
    was: { model: model[0], draws: draws[0], summary: summary[0] },
    now: { model: model[1], draws: draws[1], summary: summary[1] },
  };
}

// --- 2. the command line as a whole process --------------------------------------------------------------------

interface ProcessRun {
  ms: number;
  /** user + system CPU time of the whole process, all threads */
  cpuMs: number;
  peakMB: number;
  /** the result file's standard error of P(meet output) */
  se: number;
}

const OUT = join(tmpdir(), `ngit-bench-result-${process.pid}.json`);

/** `npm run simulate` of the plan in checkout `dir`, under GNU time: wall and CPU time, peak memory (all threads). */
function cli(dir: string, runs: number, workers = 2): Promise<ProcessRun> {
  const args = ['scripts/cli.js', 'simulate', '--scenario', 'plan', '--seed', '7', '--runs', String(runs)];
  args.push('--workers', String(workers), '--quiet', '--out', OUT);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'BENCH %U %S %M', process.execPath, ...args], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      const m = /BENCH ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`simulate in ${dir} exited with ${code}: ${err}`));
      const result = JSON.parse(readFileSync(OUT, 'utf8')) as {
        runs: number;
        indicators: { output: { pMeetSE: number } };
      };
      if (result.runs !== runs)
        return reject(new Error(`simulate in ${dir}: ${result.runs} runs, asked ${runs}`));
      resolve({
        ms,
        cpuMs: (Number(m[1]) + Number(m[2])) * 1000,
        peakMB: Number(m[3]) / 1024,
        se: result.indicators.output.pMeetSE,
      });
    });
  });
}

/**
 * The command line at the runs that reach SE ≤ `target` (first guess `guess`, corrected from the error the result
 * file reports, in steps of 1,000 runs), then best of `reps` at that count.
 */
async function cliToPrecision(dir: string, guess: number, target: number, reps: number) {
  let runs = Math.ceil(guess / 1000) * 1000;
  let run = await cli(dir, runs);
  for (let i = 0; run.se > target && i < 5; i++) {
    runs = Math.max(runs + 1000, Math.ceil((runs * (run.se / target) ** 2) / 1000) * 1000);
    run = await cli(dir, runs);
  }
  if (run.se > target) throw new Error(`bench: ${runs} runs still give SE ${run.se} > ${target}`);
  for (let i = 1; i < reps; i++) {
    const again = await cli(dir, runs);
    if (again.ms < run.ms) run = again;
  }
  return { runs, run };
}

/** Parts 1 and 2: the time to the precision on one core, the kernel's parts, the command line. */
async function nodeAndCli(was: Kernel, now: Kernel, beforeDir: string, runsWas: number, runsNow: number) {
  const runWas = engineRun(was, runsWas);
  const runNow = engineRun(now, runsNow);
  runWas();
  runNow(); // JIT warm-up
  const [msWas, msNow] = interleaved([runWas, runNow], 5, (x) => x === runsWas || x === runsNow);
  const KERNEL_RUNS = QUICK ? 4000 : 40_000;
  const [kWas, kNow] = interleaved(
    [engineRun(was, KERNEL_RUNS), engineRun(now, KERNEL_RUNS)],
    5,
    (x) => x === KERNEL_RUNS,
  ).map((ms) => (ms * 1e6) / (KERNEL_RUNS * YEARS));
  const { was: pWas, now: pNow } = timeParts(was, now);

  // 2. the command line to the 1,000,000-run precision
  if (KERNEL_ONLY) return { msWas, msNow, kWas, kNow, pWas, pNow, cliWas: null, cliNow: null };
  await cli(beforeDir, 1000); // builds each checkout's bundles, fills the page cache
  await cli(process.cwd(), 1000);
  const scale = (SE_10K / SE_1M) ** 2;
  const cliWas = await cliToPrecision(beforeDir, runsWas * scale, SE_1M, 2);
  const cliNow = await cliToPrecision(process.cwd(), runsNow * scale, SE_1M, 2);

  return { msWas, msNow, kWas, kNow, pWas, pNow, cliWas, cliNow };
}

/** The size of the script index.html of `root`/dist loads (the main chunk), KB of 1,000 bytes. */
function mainChunkKB(root: string): number {
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
  const src = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`bench: no module script in ${root}/dist/index.html`);
  return statSync(join(root, 'dist', src)).size / 1000;
}

/**
 * The scripts the first load of `root`/dist fetches before the app starts: the main chunk and every chunk index.html
 * preloads with it, KB of 1,000 bytes, raw and gzip (level 9): what a lazy chunk saves shows here, a chunk merely
 * split off the main one does not.
 */
function firstLoadKB(root: string): { raw: number; gzip: number } {
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(root, 'dist', f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw: raw / 1000, gzip: gzip / 1000 };
}

// --- report ----------------------------------------------------------------------------------------------------

const verdict = (value: number, target: number) =>
  !Number.isFinite(value) ? '' : value <= target ? 'met' : `missed: ${fmt(value / target, 2)}× the target`;

async function main() {
  const startedAt = new Date();
  const loadStart = loadavg()[0];
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    encoding: 'utf8',
  }).stdout.trim().length
    ? ' with uncommitted changes'
    : '';
  const { rev, why } = beforeRevision();
  const before = checkout(rev, why);
  console.log(
    `now: ${head}${dirty}; before: ${before.label}; load average ${fmt(loadStart, 2)} at the start`,
  );
  const was = await loadKernel(before.dir);
  const now = await loadKernel(process.cwd());

  // 1. runs to the precision, and the time to reach it on one core
  const probe = QUICK ? 1000 : 10_000;
  const needWas = runsToPrecision(was, SE_10K, probe);
  const needNow = runsToPrecision(now, SE_10K, probe);
  const node = BROWSER_ONLY ? null : await nodeAndCli(was, now, before.dir, needWas.runs, needNow.runs);

  // 3. the browser
  let bWas: BrowserBench | null = null;
  let bNow: BrowserBench | null = null;
  let chunks: [number, number] = [NaN, NaN];
  let firstLoad: { raw: number; gzip: number }[] = [];
  if (existsSync(CHROMIUM_PATH) && !KERNEL_ONLY) {
    const port = Number(process.env.BENCH_PORT ?? 4251);
    buildApp(before);
    buildApp({ label: 'now', commit: head, dir: process.cwd() });
    bWas = await browserBench(needWas.runs, port + 1, before.dir);
    bNow = await browserBench(needNow.runs, port);
    chunks = [mainChunkKB(before.dir), mainChunkKB(process.cwd())];
    firstLoad = [firstLoadKB(before.dir), firstLoadKB(process.cwd())];
  }
  const loadEnd = loadavg()[0];

  // the table: one row a figure, before and now
  const rows: [string, string, string, string, string][] = [];
  const row = (name: string, b: string, n: string, ratio = '', note = '') =>
    rows.push([name, b, n, ratio, note]);
  const times = (b: number, n: number) => `${fmt(b / n, 2)}×`;
  row(
    `runs to SE ≤ ${SE_10K} (the precision of ${fmt(SE_10K === 0.005 ? 10_000 : 100)} independent runs)`,
    fmt(needWas.runs),
    fmt(needNow.runs),
    times(needWas.runs, needNow.runs),
    `SE reached ${fmt(needWas.se, 4)} / ${fmt(needNow.se, 4)}`,
  );
  if (node) {
    const { msWas, msNow } = node;
    row(
      'Node, one core: CPU ms to that precision',
      fmt(msWas),
      fmt(msNow),
      times(msWas, msNow),
      'best of 5, interleaved',
    );
  }
  if (node?.cliWas && node.cliNow) {
    const { cliWas, cliNow } = node;
    row(
      `CLI, 2 workers, whole process, to SE ≤ ${SE_1M}: runs`,
      fmt(cliWas.runs),
      fmt(cliNow.runs),
      times(cliWas.runs, cliNow.runs),
      `SE ${fmt(cliWas.run.se, 5)} / ${fmt(cliNow.run.se, 5)}`,
    );
    row(
      '  … wall ms (target 2,500)',
      fmt(cliWas.run.ms),
      fmt(cliNow.run.ms),
      times(cliWas.run.ms, cliNow.run.ms),
      verdict(cliNow.run.ms, 2500),
    );
    row(
      '  … CPU ms, all threads',
      fmt(cliWas.run.cpuMs),
      fmt(cliNow.run.cpuMs),
      times(cliWas.run.cpuMs, cliNow.run.cpuMs),
    );
    row('  … peak RSS, MB', fmt(cliWas.run.peakMB), fmt(cliNow.run.peakMB));
  }
  if (bWas && bNow) {
    row(
      `Browser, lever change to done at those runs (${fmt(bWas.runs)} / ${fmt(bNow.runs)}), median of ${BROWSER_TRIALS}, ms (target 60)`,
      fmt(bWas.finalMs),
      fmt(bNow.finalMs),
      times(bWas.finalMs, bNow.finalMs),
      verdict(bNow.finalMs, 60),
    );
    row(
      '  … first partial picture, ms (target 30)',
      fmt(bWas.firstPartialMs),
      fmt(bNow.firstPartialMs),
      times(bWas.firstPartialMs, bNow.firstPartialMs),
    );
    row(
      `Browser, drag (${fmt(bNow.drag.runs)} runs): median / longest gap between pictures, ms (target 100)`,
      `${fmt(bWas.drag.medianGapMs)} / ${fmt(bWas.drag.maxGapMs)}`,
      `${fmt(bNow.drag.medianGapMs)} / ${fmt(bNow.drag.maxGapMs)}`,
      '',
      `${fmt(100 * bWas.drag.within100)} / ${fmt(100 * bNow.drag.within100)} % of gaps ≤ 100 ms; ${verdict(bNow.drag.maxGapMs, 100)}`,
    );
    row(
      `  … CPU slowed ${SLOW_CPU}×: longest main-thread task, ms (target ≤ 50; 0: none over 50)`,
      fmt(bWas.slowDrag.longestTaskMs),
      fmt(bNow.slowDrag.longestTaskMs),
      '',
      `${fmt(bWas.slowDrag.longTasks)} / ${fmt(bNow.slowDrag.longTasks)} tasks over 50 ms`,
    );
    row(
      `  … CPU slowed ${SLOW_CPU}×: the mouse moves over the app / over an empty page, ms`,
      `${fmt(bWas.slowDrag.dragMs)} / ${fmt(bWas.slowDrag.emptyMs)}`,
      `${fmt(bNow.slowDrag.dragMs)} / ${fmt(bNow.slowDrag.emptyMs)}`,
      `${fmt(bWas.slowDrag.dragMs / bWas.slowDrag.emptyMs, 2)} / ${fmt(bNow.slowDrag.dragMs / bNow.slowDrag.emptyMs, 2)}`,
      `pictures while moving ${fmt(bWas.slowDrag.pictures)} / ${fmt(bNow.slowDrag.pictures)}; ratio: app ÷ empty`,
    );
    const marks = (p: PictureStats | null) =>
      p ? `${fmt(p.count)}: ${fmt(p.medianMs, 1)} / ${fmt(p.maxMs, 1)}` : '–';
    row(
      '  … pictures (count: median / longest ms of main thread each), lever changes',
      marks(bWas.pictures),
      marks(bNow.pictures),
      '',
      "the app's performance measures ngit:picture",
    );
    row('  … pictures, drag', marks(bWas.drag.marks), marks(bNow.drag.marks));
    row(
      'Browser, main JS chunk, KB raw (target 250)',
      fmt(chunks[0]),
      fmt(chunks[1]),
      times(chunks[0], chunks[1]),
      verdict(chunks[1], 250),
    );
    row(
      '  … with the chunks it preloads (all the first load fetches before the app starts), KB raw',
      fmt(firstLoad[0].raw),
      fmt(firstLoad[1].raw),
      times(firstLoad[0].raw, firstLoad[1].raw),
    );
    row(
      '  … the same, KB gzip',
      fmt(firstLoad[0].gzip),
      fmt(firstLoad[1].gzip),
      times(firstLoad[0].gzip, firstLoad[1].gzip),
    );
    row(
      'Browser, first load to the first picture, ms (target 600)',
      fmt(bWas.load.firstPictureMs),
      fmt(bNow.load.firstPictureMs),
      times(bWas.load.firstPictureMs, bNow.load.firstPictureMs),
      verdict(bNow.load.firstPictureMs, 600),
    );
    row(
      `  … CPU slowed ${SLOW_CPU}×, ms (target 1,500)`,
      fmt(bWas.load.slowFirstPictureMs),
      fmt(bNow.load.slowFirstPictureMs),
      times(bWas.load.slowFirstPictureMs, bNow.load.slowFirstPictureMs),
      verdict(bNow.load.slowFirstPictureMs, 1500),
    );
  } else row('Browser', 'skipped', 'skipped', '', KERNEL_ONLY ? 'BENCH_ONLY=kernel' : `no ${CHROMIUM_PATH}`);
  if (node) {
    const { kWas, kNow, pWas, pNow } = node;
    row('Kernel, CPU ns per path-year (model + draws + summary)', fmt(kWas), fmt(kNow), times(kWas, kNow));
    row('  the model with its draws', fmt(pWas.model), fmt(pNow.model), times(pWas.model, pNow.model));
    row(
      '  the draws alone (same counts and means)',
      fmt(pWas.draws),
      fmt(pNow.draws),
      times(pWas.draws, pNow.draws),
    );
    row('  the summary alone', fmt(pWas.summary), fmt(pNow.summary), times(pWas.summary, pNow.summary));
  }

  const title =
    `Time to precision, plan scenario, seed 7: SE of P(meet the 2025 output target); ` +
    `before ${before.label}, now ${head}${dirty}; ${availableParallelism()} cores, load average ${fmt(loadStart, 2)} → ${fmt(loadEnd, 2)}`;
  const widths = [78, 14, 14, 8];
  console.log(`\n${title}`);
  console.log(
    ['', `before ${before.commit}`, 'now', 'ratio', '']
      .map((c, i) => (i === 0 ? c.padEnd(widths[0]) : c.padStart(widths[i] ?? 0)))
      .join(' '),
  );
  for (const r of rows)
    console.log(
      r
        .map((c, i) => (i === 0 ? c.padEnd(widths[0]) : i < 4 ? c.padStart(widths[i]) : c))
        .join(' ')
        .trimEnd(),
    );

  const md = [
    `\n## ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${head}${dirty} against ${before.label}`,
    '',
    `${QUICK ? 'BENCH_QUICK smoke run (numbers mean nothing). ' : ''}${availableParallelism()} cores; load average ${fmt(loadStart, 2)} at the start, ${fmt(loadEnd, 2)} at the end.`,
    '',
    `| figure | before (${before.commit}) | now (${head}) | ratio | note |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.map((c) => c.trim() || ' ').join(' | ')} |`),
    '',
  ].join('\n');
  console.log(`\nRecord (BENCH_RECORD=1 adds it to bench/RESULTS.md):\n${md}`);
  if (process.env.BENCH_RECORD) {
    // newest first: above the earlier runs (issue 13's format), below those of this bench
    const file = 'bench/RESULTS.md';
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('\n## Earlier runs');
    writeFileSync(file, at < 0 ? text + md : text.slice(0, at) + md + text.slice(at));
  }
}

await main();
