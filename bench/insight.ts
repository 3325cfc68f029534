/**
 * npm run bench:insight — how long the insight tools take on the plan at the default run count per variant
 * (2,000, src/cli/insight-flags.ts), on one thread and on the Node pool with 2 workers, plus the paired run behind
 * the honest cost. Wall times on this machine; the ratio of variants to runs says how they scale.
 */
import { defaultInputs, noPolicyLevers } from '../src/model/inputs.ts';
import { planModel } from '../src/model/plan.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../src/scenario/plans.ts';
import { chunksOf } from '../src/engine/chunks.ts';
import { createNodePool } from '../src/engine/node-pool.ts';
import { runPairedChunks } from '../src/engine/paired.ts';
import type { Runner } from '../src/engine/runner.ts';
import { SameThreadRunner } from '../src/engine/same-thread.ts';
import { attribution } from '../src/insight/attribution.ts';
import { goalSeek } from '../src/insight/goal-seek.ts';
import { sensitivity } from '../src/insight/sensitivity.ts';
import { INSIGHT_RUNS } from '../src/cli/insight-flags.ts';

const PLAN = bundledPlan(LEGACY_PLAN_ID)!;
const inputs = defaultInputs(PLAN);
const run = { seed: 7, runs: INSIGHT_RUNS };

async function timed(label: string, f: () => Promise<string>) {
  const t0 = performance.now();
  const what = await f();
  console.log(`${label.padEnd(36)} ${((performance.now() - t0) / 1000).toFixed(2).padStart(7)} s   ${what}`);
}

async function suite(name: string, runner: Runner) {
  console.log(`\n${name}, ${INSIGHT_RUNS} runs a variant`);
  await timed('sensitivity (output)', async () => {
    const r = await sensitivity(runner, inputs, 'output', run);
    return `${1 + 2 * r.rows.length} variants`;
  });
  await timed('attribution (output)', async () => {
    await attribution(runner, inputs, noPolicyLevers(planModel(PLAN)), 'output', run);
    return '64 variants';
  });
  await timed('goal seek (output, P ≥ 0.8)', async () => {
    const r = await goalSeek(runner, inputs, 'output', 0.8, run);
    return `${r.evaluations} variants, ${r.costPerYear} 亿元/yr, P ${r.pMeet}`;
  });
}

const same = new SameThreadRunner();
await suite('same thread', same);
const pool = createNodePool(2);
try {
  await pool.run({ inputs, seed: 1, runs: 20_000 }); // warm the threads
  await suite('Node pool, 2 workers', pool);
} finally {
  pool.dispose();
}
await timed('\npaired run, 20,000 runs (one thread)', async () => {
  runPairedChunks(inputs, { ...inputs, levers: noPolicyLevers(planModel(PLAN)) }, 7, chunksOf(20_000));
  return '2 simulations a path';
});
