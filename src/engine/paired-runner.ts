/**
 * The honest cost's paired run for the app: the scenario and its baseline on the same draws (./paired.ts), cut into
 * batches of chunks handed to one transport (a Web Worker in the browser, the same thread in tests), with progress
 * and an AbortSignal checked between batches. It has the shape of a Runner whose summary is a PairedSummary, so the
 * app's RunScheduler gives it "latest only". The baseline's inputs come from `baselineOf(inputs)`: the caller decides
 * what the scenario is compared with (the app: no-new-policy's levers in the world on screen).
 */
import type { ModelInputs } from '../model/inputs.ts';
import { watchedSimWorker } from './browser-pool.ts';
import { chunksOf } from './chunks.ts';
import type { PairedRequest } from './messages.ts';
import { createPairedSummary, mergePaired, runPairedChunks, type PairedSummary } from './paired.ts';
import { AbortError, type RunRequest } from './runner.ts';

export interface PairedTransport {
  paired(req: PairedRequest): Promise<PairedSummary>;
  terminate(): void;
}

/**
 * Chunks per message: 4 × 1,000 paired runs, about 0.1 s of one core. An abort does not wait for the batch: the
 * worker is terminated at once (a new main run needs the core) and the next paired run starts a fresh one.
 */
export const PAIRED_BATCH_CHUNKS = 4;

export interface PairedRunnerOptions {
  transport: () => PairedTransport;
  baselineOf: (inputs: ModelInputs) => ModelInputs;
  batchChunks?: number;
}

export class PairedRunner {
  #opts: PairedRunnerOptions;
  #transport: PairedTransport | null = null;

  constructor(opts: PairedRunnerOptions) {
    this.#opts = opts;
  }

  async run(
    req: RunRequest,
    opts: {
      signal?: AbortSignal;
      onProgress?: (p: { done: number; total: number; summary: PairedSummary }) => void;
    } = {},
  ): Promise<PairedSummary> {
    const baseline = this.#opts.baselineOf(req.inputs);
    const chunks = chunksOf(req.runs);
    const size = this.#opts.batchChunks ?? PAIRED_BATCH_CHUNKS;
    const into = createPairedSummary();
    for (let i = 0; i < chunks.length; i += size) {
      if (opts.signal?.aborted) throw new AbortError();
      this.#transport ??= this.#opts.transport();
      const transport = this.#transport;
      let part: PairedSummary;
      let onAbort = () => {};
      try {
        part = await Promise.race([
          transport.paired({
            inputs: req.inputs,
            baseline,
            seed: req.seed,
            chunks: chunks.slice(i, i + size),
          }),
          new Promise<never>((_, reject) => {
            onAbort = () => reject(new AbortError());
            opts.signal?.addEventListener('abort', onAbort, { once: true });
          }),
        ]);
      } catch (e) {
        // a dead worker is not reused, nor one busy with an abandoned batch: the next run starts a new one
        transport.terminate();
        if (this.#transport === transport) this.#transport = null;
        throw e;
      } finally {
        opts.signal?.removeEventListener('abort', onAbort);
      }
      mergePaired(into, part);
      opts.onProgress?.({ done: into.runs, total: req.runs, summary: into });
    }
    if (opts.signal?.aborted) throw new AbortError();
    return into;
  }

  dispose(): void {
    this.#transport?.terminate();
    this.#transport = null;
  }
}

/** The same-thread transport (tests, and a page without workers). */
export const sameThreadPaired = (): PairedTransport => ({
  paired: async (r) => runPairedChunks(r.inputs, r.baseline, r.seed, r.chunks),
  terminate: () => {},
});

/** One module worker (the simulation worker's `paired` method); a worker that dies rejects the call. */
export function spawnPairedWorker(): PairedTransport {
  const w = watchedSimWorker();
  return { paired: (req) => w.call(w.api.paired(req)), terminate: w.terminate };
}
