/**
 * The end of a run that a newer one may supersede (the history check, the ex-post check): a superseded run's end is
 * ignored, whatever it is; an aborted run leaves its status idle; a failure sets it to error with the message; a
 * result is handed to `done`, then the status is done.
 */
import { AbortError } from '../engine/runner.ts';

/** The status a run reports on screen (a class's `$state` fields). */
export interface RunStatus {
  state: 'idle' | 'running' | 'done' | 'error';
  error: string | null;
}

/** An abort, whether the engine's own AbortError or a signal's DOMException of that name. */
export function isAbortError(e: unknown): boolean {
  return e instanceof AbortError || (e instanceof Error && e.name === 'AbortError');
}

/**
 * Settles `status` when `run` ends, if `live()` still says the run is the latest; `done` takes the result first.
 * The promise returned never rejects.
 */
export function abortableRun<T>(
  run: Promise<T>,
  live: () => boolean,
  status: RunStatus,
  done: (value: T) => void,
): Promise<void> {
  return run.then(
    (value) => {
      if (!live()) return;
      done(value);
      status.state = 'done';
    },
    (e: unknown) => {
      if (!live()) return;
      if (isAbortError(e)) {
        status.state = 'idle';
        return;
      }
      status.state = 'error';
      status.error = e instanceof Error ? e.message : String(e);
    },
  );
}
