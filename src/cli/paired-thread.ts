/**
 * A Node thread of the command line's paired run: it receives the scenario's and the baseline's inputs, the seed and
 * a batch of chunks, and returns the scenario's summary and the paired difference for those chunks
 * (src/engine/paired.ts). Only src/cli/paired-threads.ts starts it.
 */
import { parentPort } from 'node:worker_threads';
import { createSummary } from '../stats/summary.ts';
import { runPairedChunks } from '../engine/paired.ts';
import { summarySpec } from '../engine/summary-spec.ts';
import type { PairedJob } from './paired-threads.ts';

parentPort!.on('message', (job: PairedJob) => {
  try {
    const summary = createSummary(summarySpec(job.inputs.startYear));
    const paired = runPairedChunks(job.inputs, job.baseline, job.seed, job.chunks, undefined, summary);
    parentPort!.postMessage({ ok: true, summary, paired });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: (e as Error).message });
  }
});
