/**
 * What a worker exposes: simulate a batch of chunks and return their summary. Kept free of `self` and
 * `parentPort`, so tests import it directly and the worker files stay two lines. The summary's typed arrays are
 * transferred, not copied, back to the caller (comlink's `transfer`; a no-op when called directly).
 */
import { transfer } from 'comlink';
import { runChunks } from './chunks.ts';
import { checkChunkRequest, checkPairedRequest } from './messages.ts';
import { runPairedChunks, type PairedSummary } from './paired.ts';
import type { Summary } from '../stats/summary.ts';

export const workerApi = {
  simulate(request: unknown): Summary {
    const req = checkChunkRequest(request);
    const s = runChunks(req.inputs, req.seed, req.chunks);
    const buffers = [s.counts, s.n, s.sumHi, s.sumLo, s.min, s.max, s.meet, s.binOffset, s.binScale].map(
      (a) => a.buffer as ArrayBuffer,
    );
    return transfer(s, buffers);
  },
  /** The honest cost's paired run of a batch of chunks: scenario − baseline on the same draws (./paired.ts). */
  paired(request: unknown): PairedSummary {
    const req = checkPairedRequest(request);
    return runPairedChunks(req.inputs, req.baseline, req.seed, req.chunks);
  },
};

export type WorkerApi = typeof workerApi;
