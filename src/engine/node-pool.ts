/** Node worker threads behind the pool, for the command line and the benchmark (never imported by the app). */
import { Worker } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';
import { nodeEndpoint } from './node-endpoint.ts';
import { nodeWorkerBundle } from './node-worker-bundle.ts';
import { PoolRunner, WorkerDiedError, type WorkerHandle } from './pool.ts';
import { transferReuse, type WorkerApi } from './worker-api.ts';

export function spawnNodeWorker(): WorkerHandle {
  // Built JavaScript (bundled once, rebuilt when a source changes): a thread starts without compiling TypeScript.
  const worker = new Worker(nodeWorkerBundle());
  const api: Remote<WorkerApi> = wrap<WorkerApi>(nodeEndpoint(worker));
  let died: ((e: Error) => void) | null = null;
  const death = new Promise<never>((_, reject) => (died = reject));
  death.catch(() => {});
  worker.on('error', (e) => died?.(new WorkerDiedError(e.message)));
  worker.on('messageerror', () => died?.(new WorkerDiedError('a message could not be read')));
  worker.on('exit', (code) => died?.(new WorkerDiedError(`exit code ${code}`)));
  return {
    simulate: (req) => Promise.race([api.simulate(transferReuse(req)), death]),
    terminate: () => void worker.terminate(),
  };
}

export function createNodePool(size: number): PoolRunner {
  return new PoolRunner({ size, spawn: spawnNodeWorker });
}
