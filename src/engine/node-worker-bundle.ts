/**
 * The Node worker threads as built JavaScript files, so that a thread starts without compiling TypeScript.
 *
 * A thread started from a `.ts` file has to register tsx and compile the engine and the model at start-up, which
 * ate most of the second core's gain on the command line (issue 13). Instead the thread's entry is bundled once
 * (scripts/bundle-cache.js, shared with the command lines) and rebuilt only when one of its sources changes. A fresh
 * clone builds it on the first `npm run simulate` with `--workers` above 1 (or the first test that starts a Node pool).
 */
import { nodeBundle } from '../../scripts/bundle-cache.js';

/** the worker threads the command line starts: the pool's worker, and the paired run's thread */
const ENTRIES = {
  'node-worker': 'workers/node.worker.ts',
  'paired-worker': 'workers/paired.worker.ts',
} as const;
export type WorkerBundle = keyof typeof ENTRIES;

/** Builds a worker bundle if it is missing or older than any of its sources; returns its file URL. */
export function nodeWorkerBundle(name: WorkerBundle = 'node-worker'): URL {
  return nodeBundle(name, ENTRIES[name]);
}
