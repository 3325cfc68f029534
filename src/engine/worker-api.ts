/**
 * What a worker exposes: simulate a batch of chunks and return their summary. Kept free of `self` and
 * `parentPort`, so tests import it directly and the worker files stay two lines.
 */
import { runChunks } from './chunks.ts';
import { checkChunkRequest } from './messages.ts';
import type { Summary } from '../stats/summary.ts';

export const workerApi = {
  simulate(request: unknown): Summary {
    const req = checkChunkRequest(request);
    return runChunks(req.inputs, req.seed, req.chunks);
  },
};

export type WorkerApi = typeof workerApi;
