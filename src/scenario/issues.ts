/**
 * zod's issues as the readable lines every boundary prints (scenarios, plans, worker messages): the field's path and
 * what is wrong with it. A module of its own, so that the plan loader and the scenario parser both read it without
 * importing each other.
 *
 * Each problem is also a value (`Issue`: a code, the field and the values it names, beside its English text), so
 * that the app can word it in the reader's language (src/i18n/issue-message.ts); the command line prints the text.
 */
import type * as z from 'zod';

/**
 * What kind of problem: invalid: the schema refuses it (values.issue is zod's issue code, values.rule names a check of
 * our own); not-json: the text is not JSON; forbidden-key: `__proto__` and the like; unknown-plan: the plan a scenario
 * names is not loaded; too-large: over a size cap; not-utf8: not UTF-8 text; markup: HTML or a script URL in a text;
 * link-…: what is wrong with a share link itself (src/scenario/share-link.ts).
 */
export type IssueCode =
  | 'invalid'
  | 'not-json'
  | 'forbidden-key'
  | 'unknown-plan'
  | 'too-large'
  | 'not-utf8'
  | 'markup'
  | 'link-not-a-link'
  | 'link-too-long'
  | 'link-bad-encoding'
  | 'link-bad-compression'
  | 'link-too-large'
  | 'link-bad-json'
  | 'link-plan-mismatch'
  | 'link-plan-changed'
  | 'link-levers'
  | 'link-unreadable';

/** One problem: what kind, which field (a dotted path, '' for the whole), the values it names, and its English text. */
export interface Issue {
  code: IssueCode;
  field: string;
  values: Record<string, string | number>;
  /** the problem in English, naming the field by its path: what the command line prints */
  text: string;
}

/**
 * A union whose every option failed (a lever that is a number or one number per period): the option of the input's
 * own type says what is wrong with it; zod's own "Invalid input" says nothing.
 */
function unionBranch(iss: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (iss.code !== 'invalid_union' || !('errors' in iss) || !Array.isArray(iss.errors)) return null;
  const branches = iss.errors as z.core.$ZodIssue[][];
  const typed = branches.filter(
    (b) => b.length && !b.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  if (typed.length !== 1) return null;
  return typed[0].map((i) => ({ ...i, path: [...iss.path, ...i.path] }));
}

/** zod's issues with each failed union replaced by the issues of the option the input's type chose. */
export const flatIssues = (issues: z.core.$ZodIssue[]) => issues.flatMap((iss) => unionBranch(iss) ?? [iss]);

export function issueText(iss: z.core.$ZodIssue): string {
  const where = iss.path.length ? iss.path.join('.') : '(top level)';
  if (iss.code === 'unrecognized_keys') {
    return `${where}: unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (iss.code === 'invalid_union' && 'note' in iss && iss.note === 'No matching discriminator') {
    return `${where}: "kind" must be one of the distribution kinds this field allows`;
  }
  return `${where}: ${iss.message}`;
}

export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return flatIssues(issues).map(issueText);
}

/** What an input was, in zod's words (number, string, array, null, undefined: missing…). */
function typeOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  return typeof x;
}

/** A value short enough to quote back to the reader: a number, or a string of at most 40 characters. */
function quotable(x: unknown): string | number | undefined {
  if (typeof x === 'number') return x;
  if (typeof x === 'string' && x.length <= 40) return x;
  return undefined;
}

/**
 * A validator's issue as an Issue: zod's issue code and what it names — the bound and whether it is inclusive, the
 * kind of value it bounds, the type expected and received, the keys, the allowed values, the format, a check's own
 * `params` (values.rule and its figures) — and the input where it can be quoted (the parse reports inputs).
 */
export function issueOf(iss: z.core.$ZodIssue): Issue {
  const values: Record<string, string | number> = { issue: iss.code };
  const input = quotable(iss.input);
  if (input !== undefined) values.input = input;
  switch (iss.code) {
    case 'too_big':
      values.maximum = Number(iss.maximum);
      values.origin = iss.origin;
      values.inclusive = iss.inclusive === false ? 0 : 1;
      break;
    case 'too_small':
      values.minimum = Number(iss.minimum);
      values.origin = iss.origin;
      values.inclusive = iss.inclusive === false ? 0 : 1;
      break;
    case 'unrecognized_keys':
      values.keys = iss.keys.join(', ');
      break;
    case 'invalid_type':
      values.expected = iss.expected;
      // what the input was, where the parse reported it (`reportInput`)
      if ('input' in iss) values.received = typeOf(iss.input);
      break;
    case 'invalid_value':
      values.values = iss.values.map(String).join(', ');
      break;
    case 'invalid_format':
      values.format = iss.format;
      break;
    case 'not_multiple_of':
      values.divisor = Number(iss.divisor);
      break;
    case 'invalid_union':
      if ('options' in iss && Array.isArray(iss.options)) values.options = iss.options.map(String).join(', ');
      break;
    case 'invalid_key':
      values.key = String(iss.path[iss.path.length - 1] ?? '');
      if (iss.issues[0]?.code === 'invalid_format') values.format = iss.issues[0].format;
      break;
    case 'custom':
      for (const [k, v] of Object.entries(iss.params ?? {}))
        if (typeof v === 'string' || typeof v === 'number') values[k] = v;
      break;
  }
  return { code: 'invalid', field: iss.path.join('.'), values, text: issueText(iss) };
}

/** zod's issues as Issues, each failed union replaced by its chosen option's. */
export const issuesOf = (issues: z.core.$ZodIssue[]): Issue[] => flatIssues(issues).map(issueOf);
