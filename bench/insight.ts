/**
 * npm run bench:insight — how long the tornado, goal seek and attribution take on the 2021–2025 plan at the app's run
 * count per variant (3,000, src/app/insight.svelte.ts), now and at another git revision in the same run
 * (bench/revision.ts: BENCH_BEFORE=<rev>, by default the merge-base with main), so that their ratio holds on a noisy,
 * shared machine:
 *
 * - on a Node pool of 2 worker threads (the browser's pool has the same scheduler and worker code): wall time, the
 *   two checkouts interleaved, median and best of BENCH_REPS (default 3; the first includes the threads' start);
 * - on one thread: CPU time of the same-thread runner, best of BENCH_REPS (the work, without the scheduling).
 *
 * Each tool's output must be the same in both checkouts, byte for byte (as JSON), in every field the before has (now
 * may add fields, as the standard errors): the bench fails otherwise.
 * BENCH_INSIGHT_RUNS changes the run count a variant.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import type * as Inputs from '../src/model/inputs.ts';
import type * as Plan from '../src/model/plan.ts';
import type * as Plans from '../src/scenario/plans.ts';
import type * as NodePool from '../src/engine/node-pool.ts';
import type * as SameThread from '../src/engine/same-thread.ts';
import type * as Sensitivity from '../src/insight/sensitivity.ts';
import type * as GoalSeek from '../src/insight/goal-seek.ts';
import type * as Attribution from '../src/insight/attribution.ts';
import type { Runner } from '../src/engine/runner.ts';
import { beforeRevision, checkout } from './revision.ts';

const RUNS = Number(process.env.BENCH_INSIGHT_RUNS ?? 3000);
const REPS = Number(process.env.BENCH_REPS ?? 3);

interface Checkout {
  name: string;
  tools: { name: string; run: (r: Runner) => Promise<unknown> }[];
  pool: Runner;
  same: Runner;
}

const load = async <T>(root: string, file: string) =>
  (await import(pathToFileURL(join(root, file)).href)) as T;

async function checkoutTools(name: string, root: string): Promise<Checkout> {
  const inputsM = await load<typeof Inputs>(root, 'src/model/inputs.ts');
  const planM = await load<typeof Plan>(root, 'src/model/plan.ts');
  const plans = await load<typeof Plans>(root, 'src/scenario/plans.ts');
  const pool = await load<typeof NodePool>(root, 'src/engine/node-pool.ts');
  const same = await load<typeof SameThread>(root, 'src/engine/same-thread.ts');
  const { sensitivity } = await load<typeof Sensitivity>(root, 'src/insight/sensitivity.ts');
  const { goalSeek } = await load<typeof GoalSeek>(root, 'src/insight/goal-seek.ts');
  const { attribution } = await load<typeof Attribution>(root, 'src/insight/attribution.ts');
  const plan = plans.bundledPlan(plans.LEGACY_PLAN_ID)!;
  const inputs = inputsM.defaultInputs(plan);
  const noPolicy = inputsM.noPolicyLevers(planM.planModel(plan));
  const run = { seed: 7, runs: RUNS };
  return {
    name,
    tools: [
      { name: 'tornado (output)', run: (r) => sensitivity(r, inputs, 'output', run) },
      { name: 'goal seek (output, P ≥ 0.8)', run: (r) => goalSeek(r, inputs, 'output', 0.8, run) },
      { name: 'attribution (output)', run: (r) => attribution(r, inputs, noPolicy, 'output', run) },
    ],
    pool: pool.createNodePool(2),
    same: new same.SameThreadRunner(),
  };
}

/** `x` with only the keys `shape` has, at every depth (arrays element by element) */
function only(x: unknown, shape: unknown): unknown {
  if (Array.isArray(x) && Array.isArray(shape)) return x.map((v, i) => only(v, shape[i]));
  if (x && shape && typeof x === 'object' && typeof shape === 'object')
    return Object.fromEntries(
      Object.keys(shape).map((k) => [
        k,
        only((x as Record<string, unknown>)[k], (shape as Record<string, unknown>)[k]),
      ]),
    );
  return x;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 0 });

async function main() {
  const loadStart = loadavg()[0];
  const { rev, why } = beforeRevision();
  const before = checkout(rev, why);
  const sides = [
    await checkoutTools(`before ${before.commit}`, before.dir),
    await checkoutTools('now', process.cwd()),
  ];
  console.log(
    `insight tools, 2021–2025 plan, seed 7, ${fmt(RUNS)} runs a variant; before: ${before.label}; ` +
      `${availableParallelism()} cores, load average ${loadStart.toFixed(2)} at the start`,
  );
  try {
    const rows: string[] = [];
    for (let ti = 0; ti < sides[0].tools.length; ti++) {
      const wall = sides.map(() => [] as number[]);
      const cpu = sides.map(() => [] as number[]);
      const outputs = sides.map(() => '');
      for (let rep = 0; rep < REPS; rep++) {
        for (const [si, s] of sides.entries()) {
          const t0 = performance.now();
          outputs[si] = JSON.stringify(await s.tools[ti].run(s.pool));
          wall[si].push(performance.now() - t0);
          const c0 = process.cpuUsage();
          const same = JSON.stringify(await s.tools[ti].run(s.same));
          const c = process.cpuUsage(c0);
          cpu[si].push((c.user + c.system) / 1000);
          if (same !== outputs[si]) throw new Error(`bench: ${s.name}'s pool and same thread differ`);
        }
      }
      // now may say more than before (new fields, e.g. standard errors): what both say must be the same
      if (JSON.stringify(only(JSON.parse(outputs[1]), JSON.parse(outputs[0]))) !== outputs[0])
        throw new Error(`bench: ${sides[0].tools[ti].name} differs between before and now`);
      const [wb, wn] = wall.map(median);
      const [cb, cn] = cpu.map((x) => Math.min(...x));
      rows.push(
        `${sides[0].tools[ti].name.padEnd(30)} pool of 2, wall ms (median of ${REPS}): ${fmt(wb).padStart(6)} → ` +
          `${fmt(wn).padStart(5)} (${(wb / wn).toFixed(2)}×; best ${fmt(Math.min(...wall[0]))} → ` +
          `${fmt(Math.min(...wall[1]))})   one thread, CPU ms (best): ${fmt(cb).padStart(6)} → ${fmt(cn).padStart(5)} ` +
          `(${(cb / cn).toFixed(2)}×)   same output: yes`,
      );
      console.log(rows.at(-1));
    }
    console.log(`load average ${loadavg()[0].toFixed(2)} at the end`);
  } finally {
    for (const s of sides) s.pool.dispose();
  }
}

await main();
