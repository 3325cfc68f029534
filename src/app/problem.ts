/**
 * Something the user must be told went wrong: a message of the typed dictionaries with its parameters, and its
 * details: a validator's issues, worded in the reader's language when shown (./issue-message.ts), or lines shown as
 * they are. Input checks, link and file problems all use it.
 */
import type { MessageKey } from '../i18n/messages.ts';
import type { IssueLine } from './plan-issue.ts';
import type { Plan } from '../model/plan.ts';
import type { Issue } from '../scenario/issues.ts';

export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** lines shown as they are, where there are no issues */
  detail?: string[];
  /** detail worded in the reader's language (a refused plan file: each field and its problem) */
  lines?: IssueLine[];
  /** the validator's issues, shown in the reader's language; `plan` names their fields */
  issues?: Issue[];
  plan?: Plan;
}
