/** The model 2.0.0 worker: the frozen kernel behind comlink, its summary transferred back (as it landed). */
import { parentPort } from 'node:worker_threads';
import { expose, transfer } from 'comlink';
import { nodeEndpoint } from '../../src/engine/node-endpoint.ts';
import { checkChunkRequest } from '../../src/engine/messages.ts';
import { runChunks } from '../frozen/engine/chunks.ts';

expose(
  {
    simulate(request: unknown) {
      const req = checkChunkRequest(request);
      // the frozen model 2.0.0 ignores the plan the inputs carry (the same numbers as its own tables)
      const s = runChunks(req.inputs as unknown as Parameters<typeof runChunks>[0], req.seed, req.chunks);
      const buffers = [s.counts, s.n, s.sumHi, s.sumLo, s.min, s.max, s.meet, s.binOffset, s.binScale].map(
        (a) => a.buffer as ArrayBuffer,
      );
      return transfer(s, buffers);
    },
  },
  nodeEndpoint(parentPort!),
);
