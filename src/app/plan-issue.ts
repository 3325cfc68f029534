/**
 * A refused plan file's problems in the reader's language: each PlanIssue (src/scenario/plans.ts: the kind of check
 * that failed, the field, the values it names) as a message of the dictionaries (`planIssue.*`), so that under the
 * Chinese UI the refusal is a Chinese sentence naming the field. The field is the file's own dotted path (what the
 * reader looks for in the file); a kind the dictionaries do not word falls back to the validator's English line.
 */
import type { MessageKey } from '../i18n/messages.ts';
import { zh } from '../i18n/zh.ts';
import type { PlanIssue } from '../scenario/plans.ts';

/** One line of a refusal: the field, and the problem as a message with its parameters. */
export interface IssueLine {
  field: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

const known = (key: string): key is MessageKey => Object.hasOwn(zh, key);

/** The message that words a plan issue. */
export function planIssueLine(i: PlanIssue): IssueLine {
  const v = i.values;
  let key = `planIssue.${i.kind}`;
  const params: Record<string, string | number> = { ...v, text: i.text };
  if (i.kind === 'too_small' || i.kind === 'too_big') {
    const origin = v.origin === 'string' || v.origin === 'array' ? v.origin : 'number';
    key = `planIssue.${i.kind}.${origin}${origin === 'number' && v.inclusive === 0 ? 'Strict' : ''}`;
  } else if (i.kind === 'invalid_format') {
    const last = i.field.split('.').pop();
    const f = /^sectors\.\d+\.id$/.test(i.field)
      ? 'sectorId'
      : i.field === 'id'
        ? 'planId'
        : last === 'version' || last === 'date' || last === 'url'
          ? last
          : null;
    if (f) key = `planIssue.format.${f}`;
  } else if (i.kind === 'invalid_value' && /\.base\.(vaRatio|rdIntensity)$/.test(i.field)) {
    // text other than "residual" where a share may stand (src/scenario/plan-schema.ts shareOrResidual)
    key = 'planIssue.shareOrResidual';
  } else if (i.kind === 'invalid_type') {
    const t = `planIssue.type.${String(v.expected)}`;
    key = known(t) ? t : 'planIssue.invalid_type';
  }
  return known(key)
    ? { field: i.field, key, params }
    : { field: i.field, key: 'planIssue.other', params: { text: i.text } };
}
