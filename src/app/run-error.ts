/**
 * The text of a failed run for the error banner: the pool's own failures (a worker that died twice on one batch, or
 * none that could be started) in the reader's language, with the technical detail kept in brackets; anything else
 * as its message.
 */
import { t } from '../i18n/index.svelte.ts';

export function runErrorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const detail = /\(([^()]*)\)\s*$/.exec(e.message)?.[1] ?? e.message;
  if (e.name === 'WorkerDiedError') return t('error.workerDied', { detail });
  if (e.name === 'WorkerStartError') return t('error.workerStart', { detail });
  return e.message;
}
