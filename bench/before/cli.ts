/**
 * The command line as model 2.0.0 ran it, for `npm run bench` to time as a whole process beside `npm run simulate`:
 * the frozen kernel (../frozen/), a same-thread runner that makes, merges and structured-clones a summary for every
 * chunk, and worker threads that register tsx and compile TypeScript at start-up. It runs the plan scenario and
 * writes the same JSON result. Usage: node --import tsx bench/before/cli.ts RUNS WORKERS OUTFILE
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import { nodeEndpoint } from '../../src/engine/node-endpoint.ts';
import { PoolRunner, WorkerDiedError, type WorkerHandle } from '../../src/engine/pool.ts';
import { toResult } from '../../src/engine/result.ts';
import type { Summary } from '../../src/stats/summary.ts';
import { parseScenario, parseScenarioJson } from '../../src/scenario/parse.ts';
import { toInputs } from '../../src/scenario/to-inputs.ts';
import { chunksOf, runChunks } from '../frozen/engine/chunks.ts';
import { summarySpec } from '../frozen/engine/summary-spec.ts';
import { createSummary, mergeSummary } from '../frozen/stats/summary.ts';

function spawnBefore(): WorkerHandle {
  const worker = new Worker(new URL('./node-bootstrap.mjs', import.meta.url));
  const api = wrap<{ simulate(req: unknown): Summary }>(nodeEndpoint(worker));
  let died: ((e: Error) => void) | null = null;
  const death = new Promise<never>((_, reject) => (died = reject));
  death.catch(() => {});
  worker.on('exit', (code) => died?.(new WorkerDiedError(`exit code ${code}`)));
  return {
    simulate: (req) => Promise.race([api.simulate(req), death]),
    terminate: () => void worker.terminate(),
  };
}

const [runsArg, workersArg, out] = process.argv.slice(2);
const runs = Number(runsArg);
const workers = Number(workersArg);
const file = parseScenarioJson(readFileSync(new URL('../../scenarios/plan.json', import.meta.url), 'utf8'));
if (!file.ok) throw new Error(file.errors.join('\n'));
const checked = parseScenario({ ...file.value, runs, seed: 7 });
if (!checked.ok) throw new Error(checked.errors.join('\n'));
// the frozen model 2.0.0 reads the inputs' levers and assumptions (all numbers here) and ignores the plan
const planInputs = toInputs(checked.value);
const inputs = planInputs as unknown as Parameters<typeof runChunks>[0];

let summary: Summary;
if (workers === 1) {
  const total = createSummary(summarySpec(inputs.startYear));
  for (const chunk of chunksOf(runs)) {
    mergeSummary(total, runChunks(inputs, 7, [chunk]));
    structuredClone(total); // the progress copy model 2.0.0 made for every chunk
  }
  summary = total;
} else {
  const pool = new PoolRunner({ size: workers, spawn: spawnBefore });
  summary = await pool.run({ inputs: planInputs, seed: 7, runs });
  pool.dispose();
}
const result = toResult(summary, planInputs, { scenario: 'plan', seed: 7 });
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
process.exit(0);
