/**
 * zod's issues as the readable lines every boundary prints (scenarios, plans, worker messages): the field's path and
 * what is wrong with it. A module of its own, so that the plan loader and the scenario parser both read it without
 * importing each other.
 */
import type * as z from 'zod';

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
