/**
 * A Node thread of the command line's paired run. Each job message carries the scenario's and the baseline's inputs,
 * the seed and a batch of chunks; the thread adds their paths to one summary and one paired difference of its own
 * (src/engine/paired.ts) and answers with the runs done. A `finish` message returns both and starts afresh: one
 * summary a thread, not one a batch, so the command line's memory does not grow with the run count.
 * Only src/cli/paired-threads.ts starts it, as built JavaScript (src/engine/node-worker-bundle.ts).
 */
import { parentPort } from 'node:worker_threads';
import {
  createPairedSummary,
  createScenarioSummary,
  runPairedChunks,
  type PairedSummary,
} from '../src/engine/paired.ts';
import type { PairedMessage } from '../src/cli/paired-threads.ts';
import type { Summary } from '../src/stats/summary.ts';

let summary: Summary | null = null;
let paired: PairedSummary = createPairedSummary();

parentPort!.on('message', (m: PairedMessage) => {
  try {
    if (m.kind === 'finish') {
      parentPort!.postMessage({ ok: true, summary, paired });
      summary = null;
      paired = createPairedSummary();
      return;
    }
    summary ??= createScenarioSummary(m.inputs.plan, m.inputs.startYear);
    runPairedChunks(m.inputs, m.baseline, m.seed, m.chunks, paired, summary);
    parentPort!.postMessage({ ok: true, runs: m.chunks.reduce((a, c) => a + c.runs, 0) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: (e as Error).message });
  }
});
