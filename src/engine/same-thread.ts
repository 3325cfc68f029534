/** The runner without workers: chunks run one after another on the calling thread (tests, small runs). */
import { createSummary } from '../stats/summary.ts';
import { chunksOf, runChunks } from './chunks.ts';
import { AbortError, progressOf, type RunOptions, type RunRequest, type Runner } from './runner.ts';
import { summarySpec } from '../stats/summary-spec.ts';

export class SameThreadRunner implements Runner {
  async run(req: RunRequest, opts: RunOptions = {}) {
    const total = createSummary(summarySpec(req.inputs.plan, req.inputs.startYear));
    let done = 0;
    for (const chunk of chunksOf(req.runs)) {
      if (opts.signal?.aborted) throw new AbortError();
      // added straight into the total: no summary per chunk to create and merge
      runChunks(req.inputs, req.seed, [chunk], total);
      done += chunk.runs;
      opts.onProgress?.(progressOf(done, req.runs, total));
    }
    return total;
  }

  dispose() {}
}
