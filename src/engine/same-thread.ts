/** The runner without workers: chunks run one after another on the calling thread (tests, small runs). */
import { createSummary, mergeSummary } from '../stats/summary.ts';
import { chunksOf, runChunks } from './chunks.ts';
import { AbortError, type RunOptions, type RunRequest, type Runner } from './runner.ts';
import { summarySpec } from '../stats/summary-spec.ts';

export class SameThreadRunner implements Runner {
  async run(req: RunRequest, opts: RunOptions = {}) {
    const total = createSummary(summarySpec(req.inputs.startYear));
    let done = 0;
    for (const chunk of chunksOf(req.runs)) {
      if (opts.signal?.aborted) throw new AbortError();
      mergeSummary(total, runChunks(req.inputs, req.seed, [chunk]));
      done += chunk.runs;
      if (opts.onProgress) opts.onProgress({ done, total: req.runs, summary: structuredClone(total) });
    }
    return total;
  }

  dispose() {}
}
