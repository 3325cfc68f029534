/** A pool worker on a MessageChannel in this thread: the pool's real protocol (comlink, transfers, checks). */
import { MessageChannel } from 'node:worker_threads';
import { expose, proxy, wrap } from 'comlink';
import { nodeEndpoint } from '../../../src/engine/node-endpoint.ts';
import type { WorkerHandle } from '../../../src/engine/pool.ts';
import { transferReuse, workerApi, type WorkerApi } from '../../../src/engine/worker-api.ts';

export function channelWorker(): WorkerHandle {
  const ch = new MessageChannel();
  expose(workerApi, nodeEndpoint(ch.port1));
  const api = wrap<WorkerApi>(nodeEndpoint(ch.port2));
  return {
    // as the browser's pool does (src/engine/browser-pool.ts): the early look's callback crosses as a comlink proxy
    simulate: (req, onEarly) => api.simulate(transferReuse(req), onEarly ? proxy(onEarly) : undefined),
    terminate: () => {
      ch.port1.close();
      ch.port2.close();
    },
  };
}
