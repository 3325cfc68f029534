/**
 * The command line's paired run on K Node threads: the scenario's summary and the paired difference against the
 * baseline in one pass (a path and the baseline's path up to the target year), chunks handed out in small batches to
 * whichever thread is idle. Each thread keeps one summary of its own and returns it at the end; both results are
 * exact and mergeable in any order, so the output is the same bytes for any K.
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
  kind: 'job';
  inputs: ModelInputs;
  baseline: ModelInputs;
  seed: string | number;
  chunks: Chunk[];
}

/** to a thread: a batch of chunks to add, or `finish` to send what it has added */
export type PairedMessage = PairedJob | { kind: 'finish' };

type Reply =
  | { ok: true; runs: number }
  | { ok: true; summary: Summary | null; paired: PairedSummary }
  | { ok: false; error: string };

export async function runPairedOnThreads(
  inputs: ModelInputs,
  baseline: ModelInputs,
  seed: string | number,
  runs: number,
  threads: number,
  onProgress?: (p: { done: number; total: number }) => void,
): Promise<{ summary: Summary; paired: PairedSummary }> {
  const summary = createScenarioSummary(inputs.plan, inputs.startYear);
  const paired = createPairedSummary();
  const queue = chunksOf(runs);
  const workers = Array.from(
    { length: Math.min(threads, queue.length) },
    () => new Worker(nodeWorkerBundle('paired-worker')),
  );
  let done = 0;
  /** sends one message and waits for the thread's answer; a thread that fails or stops rejects */
  const ask = (w: Worker, m: PairedMessage) =>
    new Promise<Reply>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      const onExit = (code: number) => reject(new Error(`a paired-run thread stopped (exit code ${code})`));
      w.once('error', onError);
      w.once('exit', onExit);
      w.once('message', (r: Reply) => {
        w.off('error', onError);
        w.off('exit', onExit);
        if (r.ok) resolve(r);
        else reject(new Error(r.error));
      });
      w.postMessage(m);
    });
  try {
    await Promise.all(
      workers.map(async (w) => {
        for (;;) {
          const chunks = queue.splice(0, BATCH_CHUNKS);
          if (chunks.length === 0) break;
          await ask(w, { kind: 'job', inputs, baseline, seed, chunks });
          done += chunks.reduce((a, c) => a + c.runs, 0);
          onProgress?.({ done, total: runs });
        }
        const last = await ask(w, { kind: 'finish' });
        if ('summary' in last && last.summary) {
          mergeSummary(summary, last.summary);
          mergePaired(paired, last.paired);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { summary, paired };
}
