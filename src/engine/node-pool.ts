/** Node worker threads behind the pool, for the command line and the benchmark (never imported by the app). */
import { Worker } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';
import { nodeEndpoint } from './node-endpoint.ts';
import { PoolRunner, WorkerDiedError, type WorkerHandle } from './pool.ts';
import type { WorkerApi } from './worker-api.ts';

const WORKER_FILE = new URL('../../workers/node-bootstrap.mjs', import.meta.url);

export function spawnNodeWorker(): WorkerHandle {
  // The worker is TypeScript: a small bootstrap registers tsx in the new thread first.
  const worker = new Worker(WORKER_FILE);
  const api: Remote<WorkerApi> = wrap<WorkerApi>(nodeEndpoint(worker));
  let died: ((e: Error) => void) | null = null;
  const death = new Promise<never>((_, reject) => (died = reject));
  death.catch(() => {});
  worker.on('error', (e) => died?.(new WorkerDiedError(e.message)));
  worker.on('messageerror', () => died?.(new WorkerDiedError('a message could not be read')));
  worker.on('exit', (code) => died?.(new WorkerDiedError(`exit code ${code}`)));
  return {
    simulate: (req) => Promise.race([api.simulate(req), death]),
    terminate: () => void worker.terminate(),
  };
}

export function createNodePool(size: number): PoolRunner {
  return new PoolRunner({ size, spawn: spawnNodeWorker });
}
