/**
 * Something the user must be told went wrong: a message of the typed dictionaries with its parameters, and lines of
 * detail shown as they are (a validator's messages). Input checks, link and file problems all use it.
 */
import type { MessageKey } from '../i18n/messages.ts';
import type { IssueLine } from './plan-issue.ts';

export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
  detail?: string[];
  /** detail worded in the reader's language (a refused plan file: each field and its problem) */
  lines?: IssueLine[];
}
