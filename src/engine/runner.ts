/**
 * One runner interface in front of every transport: the same thread (tests), a comlink Web Worker pool (the
 * browser) and Node worker threads (the command line). All give identical summaries for the same request.
 */
import type { ModelInputs } from '../model/inputs.ts';
import { cloneSummary, type Summary } from '../stats/summary.ts';
import type { Focus } from './focus.ts';

export interface RunRequest {
  inputs: ModelInputs;
  seed: string | number;
  runs: number;
  /** only one indicator's work: a summary of that indicator alone (./focus.ts) */
  focus?: Focus;
}

/** Progress over several requests run together: runs finished of all of them. */
export interface ManyOptions {
  onProgress?: (p: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

export interface Progress {
  /** runs finished so far */
  done: number;
  total: number;
  /**
   * the merged summary of the runs finished so far: a copy the receiver may keep, made when first read (read it
   * during the callback; a receiver that only counts runs costs no copy)
   */
  readonly summary: Summary;
}

/** A progress event whose summary is copied from `total` on first read (then the same copy). */
export function progressOf(done: number, total: number, summary: Summary): Progress {
  let copy: Summary | null = null;
  return {
    done,
    total,
    get summary() {
      copy ??= cloneSummary(summary);
      return copy;
    },
  };
}

export interface RunOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /**
   * asked before each batch is handed out: true while a newer request waits to replace this run (a drag), so a
   * runner that can keeps its batches to one chunk and the next run does not wait behind a long batch
   */
  replaceSoon?: () => boolean;
}

export interface Runner {
  run(req: RunRequest, opts?: RunOptions): Promise<Summary>;
  /**
   * Several requests at once (the insight tools' variants), resolving with their summaries in order: each the same
   * as `run` gives it. A pool hands the chunks of all of them to its workers from one queue, so that no worker idles
   * while a variant's last chunk runs and others wait. Optional: `runEach` falls back to one `run` after another.
   */
  runMany?(reqs: RunRequest[], opts?: ManyOptions): Promise<Summary[]>;
  dispose(): void;
}

/** `reqs` on `runner`: together where it can (`runMany`), else one after another. */
export async function runEach(
  runner: Runner,
  reqs: RunRequest[],
  opts: ManyOptions = {},
): Promise<Summary[]> {
  if (runner.runMany) return runner.runMany(reqs, opts);
  const total = reqs.reduce((a, r) => a + r.runs, 0);
  const out: Summary[] = [];
  let before = 0;
  for (const req of reqs) {
    if (opts.signal?.aborted) throw new AbortError();
    const base = before;
    out.push(
      await runner.run(req, {
        signal: opts.signal,
        onProgress: opts.onProgress ? (p) => opts.onProgress!({ done: base + p.done, total }) : undefined,
      }),
    );
    before += req.runs;
  }
  return out;
}

export class AbortError extends Error {
  constructor() {
    super('the run was cancelled');
    this.name = 'AbortError';
  }
}
