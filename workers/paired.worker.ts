/**
 * A Node thread of the command line's paired run: it receives the scenario's and the baseline's inputs, the seed and
 * a batch of chunks, and returns the scenario's summary and the paired difference for those chunks
 * (src/engine/paired.ts). Only src/cli/paired-threads.ts starts it, as built JavaScript (src/engine/node-worker-bundle.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runPairedChunks, createScenarioSummary } from '../src/engine/paired.ts';
import type { PairedJob } from '../src/cli/paired-threads.ts';

parentPort!.on('message', (job: PairedJob) => {
  try {
    const summary = createScenarioSummary(job.inputs.startYear);
    const paired = runPairedChunks(job.inputs, job.baseline, job.seed, job.chunks, undefined, summary);
    parentPort!.postMessage({ ok: true, summary, paired });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: (e as Error).message });
  }
});
