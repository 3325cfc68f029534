/** The runner without workers: chunks run one after another on the calling thread (tests, small runs). */
import { createSummary } from '../stats/summary.ts';
import { chunksOf, runChunks } from './chunks.ts';
import { AbortError, progressOf, type RunOptions, type RunRequest, type Runner } from './runner.ts';
import { runSpec } from './focus.ts';

export interface SameThreadOptions {
  /** awaited after each chunk: the command line gives a signal's handler its turn there */
  between?: () => Promise<void>;
}

export class SameThreadRunner implements Runner {
  #between: (() => Promise<void>) | undefined;

  constructor(opts: SameThreadOptions = {}) {
    this.#between = opts.between;
  }

  async run(req: RunRequest, opts: RunOptions = {}) {
    const total = createSummary(runSpec(req.inputs.plan, req.inputs.startYear, req.focus));
    let done = 0;
    for (const chunk of chunksOf(req.runs)) {
      if (opts.signal?.aborted) throw new AbortError();
      // added straight into the total: no summary per chunk to create and merge
      runChunks(req.inputs, req.seed, [chunk], total, req.focus);
      done += chunk.runs;
      opts.onProgress?.(progressOf(done, req.runs, total));
      if (this.#between) await this.#between();
    }
    return total;
  }

  dispose() {}
}
