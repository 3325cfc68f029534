/**
 * What a worker exposes: simulate a batch of chunks and return their summary. Kept free of `self` and
 * `parentPort`, so tests import it directly and the worker files stay two lines. The summary's typed arrays are
 * transferred, not copied, back to the caller (comlink's `transfer`; a no-op when called directly), and a request
 * may carry a spent summary back (`reuse`, transferred too), which the worker empties and fills. A request with
 * `early` and a callback (a comlink proxy from the pool) gets a copy of the summary once that many runs are in,
 * before the batch ends.
 */
import { releaseProxy, transfer } from 'comlink';
import { runChunks } from './chunks.ts';
import { checkChunkRequest, checkPairedRequest, type ChunkRequest } from './messages.ts';
import { runPairedChunks, type PairedSummary } from './paired.ts';
import { cloneSummary, resetSummary, summaryBuffers, type Summary } from '../stats/summary.ts';
import { runSpec } from './focus.ts';

export const workerApi = {
  simulate(request: unknown, onEarly?: (s: Summary) => unknown): Summary {
    try {
      const req = checkChunkRequest(request);
      // a spent summary handed back by the pool is filled again if it has this run's shape; else a fresh one
      const reuse =
        req.reuse && resetSummary(req.reuse, runSpec(req.inputs.plan, req.inputs.startYear, req.focus))
          ? req.reuse
          : undefined;
      const early =
        req.early !== undefined && typeof onEarly === 'function'
          ? {
              runs: req.early,
              report: (live: Summary) => {
                const copy = cloneSummary(live);
                // a proxied callback answers with a promise, which fails if the page has moved on: nothing to do
                void Promise.resolve(onEarly(transfer(copy, summaryBuffers(copy)))).catch(() => {});
              },
            }
          : undefined;
      const s = runChunks(req.inputs, req.seed, req.chunks, reuse, req.focus, early);
      return transfer(s, summaryBuffers(s));
    } finally {
      // a comlink proxy holds a message port until released, whatever the batch's end; a plain function has no such
      // method
      (onEarly as { [releaseProxy]?: () => void } | undefined)?.[releaseProxy]?.();
    }
  },
  /** The honest cost's paired run of a batch of chunks: scenario − baseline on the same draws (./paired.ts). */
  paired(request: unknown): PairedSummary {
    const req = checkPairedRequest(request);
    return runPairedChunks(req.inputs, req.baseline, req.seed, req.chunks);
  },
};

export type WorkerApi = typeof workerApi;

/** A request as sent to a worker: a summary handed back for reuse moves with it (transferred, not copied). */
export function transferReuse(req: ChunkRequest): ChunkRequest {
  return req.reuse ? transfer(req, summaryBuffers(req.reuse)) : req;
}
