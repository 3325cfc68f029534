/**
 * Every command line stops cleanly on SIGTERM (a scheduler's cancel: `scancel`, a pod's deletion) and SIGINT
 * (Ctrl-C): what was registered with `onStop` is ended (the worker threads), nothing more is written, and the process
 * exits with 128 + the signal's number, as a shell reports a process a signal ended (143 for SIGTERM, 130 for SIGINT).
 * An output file is never half-written: it is written beside its place and renamed into it in one synchronous step
 * (./args.ts writeOutput), which a signal's handler cannot interrupt.
 *
 * A handler runs only between two turns of the event loop, so a long synchronous loop gives it a turn now and then
 * (`nextTurn`, between chunks of runs). Node as PID 1 in a container ignores a signal it has no handler for: this
 * handler is also what lets `exec node scripts/cli.js …` stop when a pod is deleted.
 */
import { constants } from 'node:os';

export const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** The exit code of a process stopped by `signal`: 128 + its number. */
export const signalExitCode = (signal: StopSignal): number => 128 + constants.signals[signal];

/** How long the registered ends (worker threads' terminate) may take before the process exits anyway. */
export const END_WAIT_MS = 2000;

const ends = new Set<() => unknown>();
let installed = false;
let stopping = false;

/** Registers what to end when the process is stopped; returns a function that removes it. */
export function onStop(end: () => unknown): () => void {
  ends.add(end);
  return () => void ends.delete(end);
}

/** Whether a stop has begun: the command's own ending (its threads' errors, its exit code) no longer counts. */
export const isStopping = (): boolean => stopping;

/** Resolves at the next turn of the event loop, so that a signal's handler can run in a synchronous loop. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How often a command that npm started checks that its parent is still there. */
export const PARENT_CHECK_MS = 500;

/**
 * Installs the handlers once. On a signal: a line on standard error, the registered ends (at most END_WAIT_MS),
 * then `exit` with the signal's code; a second signal while ending exits at once.
 *
 * Under `npm run` the command's parent is npm's shell, and npm does not pass a SIGTERM on: a Slurm task cancelled
 * with scancel kept its command running, which wrote its file seconds later. So a command that npm started (npm
 * sets npm_lifecycle_event) and whose parent goes away stops as if it had received SIGTERM.
 */
export function stopOnSignals(exit: (code: number) => void = (code) => process.exit(code)): void {
  if (installed) return;
  installed = true;
  const stop = (why: string, code: number) => {
    if (stopping) return exit(code);
    stopping = true;
    process.stderr.write(`\nstopped by ${why}\n`);
    const ended = Promise.allSettled([...ends].map(async (end) => end()));
    const waited = new Promise((resolve) => setTimeout(resolve, END_WAIT_MS));
    void Promise.race([ended, waited]).then(() => exit(code));
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => stop(signal, signalExitCode(signal)));
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(watch);
      stop(
        'the end of npm, which started this command (run node scripts/cli.js directly)',
        signalExitCode('SIGTERM'),
      );
    }, PARENT_CHECK_MS);
    watch.unref();
  }
}
