/**
 * One runner interface in front of every transport: the same thread (tests), a comlink Web Worker pool (the
 * browser) and Node worker threads (the command line). All give identical summaries for the same request.
 */
import type { ModelInputs } from '../model/inputs.ts';
import type { Summary } from '../stats/summary.ts';

export interface RunRequest {
  inputs: ModelInputs;
  seed: string | number;
  runs: number;
}

export interface Progress {
  /** runs finished so far */
  done: number;
  total: number;
  /** the merged summary of the runs finished so far (a copy the receiver may keep) */
  summary: Summary;
}

export interface RunOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
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
