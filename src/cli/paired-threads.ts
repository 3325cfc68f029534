/**
 * The command line's paired run on K Node threads: the scenario's summary and the paired difference against the
 * baseline in one pass (two simulations a path), chunks handed out in small batches to whichever thread is idle.
 * Both results are exact and mergeable in any order, so the output is the same bytes for any K.
 */
import { Worker } from 'node:worker_threads';
import type { ModelInputs } from '../model/inputs.ts';
import { mergeSummary, type Summary } from '../stats/summary.ts';
import { chunksOf, type Chunk } from '../engine/chunks.ts';
import { nodeWorkerBundle } from '../engine/node-worker-bundle.ts';
import {
  createPairedSummary,
  mergePaired,
  type PairedSummary,
  createScenarioSummary,
} from '../engine/paired.ts';

const BATCH_CHUNKS = 5;

export interface PairedJob {
  inputs: ModelInputs;
  baseline: ModelInputs;
  seed: string | number;
  chunks: Chunk[];
}

type Reply = { ok: true; summary: Summary; paired: PairedSummary } | { ok: false; error: string };

export async function runPairedOnThreads(
  inputs: ModelInputs,
  baseline: ModelInputs,
  seed: string | number,
  runs: number,
  threads: number,
  onProgress?: (p: { done: number; total: number }) => void,
): Promise<{ summary: Summary; paired: PairedSummary }> {
  const summary = createScenarioSummary(inputs.startYear);
  const paired = createPairedSummary();
  const queue = chunksOf(runs);
  const workers = Array.from(
    { length: Math.min(threads, queue.length) },
    () => new Worker(nodeWorkerBundle('paired-worker')),
  );
  let done = 0;
  try {
    await Promise.all(
      workers.map(async (w) => {
        for (;;) {
          const chunks = queue.splice(0, BATCH_CHUNKS);
          if (chunks.length === 0) return;
          const reply = await new Promise<Reply>((resolve, reject) => {
            const onError = (e: Error) => reject(e);
            const onExit = (code: number) =>
              reject(new Error(`a paired-run thread stopped (exit code ${code})`));
            w.once('error', onError);
            w.once('exit', onExit);
            w.once('message', (m: Reply) => {
              w.off('error', onError);
              w.off('exit', onExit);
              resolve(m);
            });
            w.postMessage({ inputs, baseline, seed, chunks } satisfies PairedJob);
          });
          if (!reply.ok) throw new Error(reply.error);
          mergeSummary(summary, reply.summary);
          mergePaired(paired, reply.paired);
          done += chunks.reduce((a, c) => a + c.runs, 0);
          onProgress?.({ done, total: runs });
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { summary, paired };
}
