/**
 * One runner interface in front of every transport: the same thread (tests), a comlink Web Worker pool (the
 * browser) and Node worker threads (the command line). All give identical summaries for the same request.
 */
import type { ModelInputs } from '../model/inputs.ts';
import { cloneSummary, type Summary } from '../stats/summary.ts';

export interface RunRequest {
  inputs: ModelInputs;
  seed: string | number;
  runs: number;
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
  dispose(): void;
}

export class AbortError extends Error {
  constructor() {
    super('the run was cancelled');
    this.name = 'AbortError';
  }
}
