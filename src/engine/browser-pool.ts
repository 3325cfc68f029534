/**
 * Web Workers behind the pool, for the app: one module worker per core (at most 8), created once and reused.
 * Each worker first gets a single chunk (an early partial picture), then larger batches (fewer messages to merge).
 * A worker that reports `error` or `messageerror` is reported as dead; one the browser kills silently is caught by the
 * pool's per-batch deadline (./worker-slot.ts). Either way the pool replaces it and retries its batch once; a worker
 * that cannot be constructed (file://, a blocked worker-src) fails the run with WorkerStartError.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { EARLY_RUNS, PoolRunner, WorkerDiedError, type WorkerHandle } from './pool.ts';
import { transferReuse, type WorkerApi } from './worker-api.ts';

/**
 * A simulation module worker with its death watched: `call` races a call against the worker's `error` or
 * `messageerror`, which rejects with WorkerDiedError. The pool's worker and the cost line's paired worker share it.
 */
export function watchedSimWorker(): {
  api: Remote<WorkerApi>;
  call<T>(p: Promise<T>): Promise<T>;
  terminate(): void;
} {
  const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
  const api: Remote<WorkerApi> = wrap<WorkerApi>(worker);
  let died: ((e: Error) => void) | null = null;
  const death = new Promise<never>((_, reject) => (died = reject));
  death.catch(() => {});
  worker.addEventListener('error', (e) => died?.(new WorkerDiedError(e.message || 'worker error')));
  worker.addEventListener('messageerror', () => died?.(new WorkerDiedError('a message could not be read')));
  return { api, call: (p) => Promise.race([p, death]), terminate: () => worker.terminate() };
}

export function spawnBrowserWorker(): WorkerHandle {
  const w = watchedSimWorker();
  return {
    // the early look's callback crosses to the worker as a comlink proxy (released by the worker when the batch ends)
    simulate: (req, onEarly) =>
      w.call(w.api.simulate(transferReuse(req), onEarly ? proxy(onEarly) : undefined)),
    terminate: w.terminate,
  };
}

export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores));
}

export function createBrowserPool(size = defaultPoolSize()): PoolRunner {
  return new PoolRunner({ size, spawn: spawnBrowserWorker, startSmall: true, earlyRuns: EARLY_RUNS });
}
