/**
 * Text that looks like HTML markup or a script URL. A scenario never needs it: any name, description, id, seed or
 * model version that has it marks a tampered link or file, which the app and the command line both refuse (the app
 * only ever shows such text as text, but a share link made from it would carry it on).
 */
import type { Issue } from './issues.ts';
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript:/i;

/** Whether one text looks like markup (a plan's texts are checked field by field in its schema). */
export const looksLikeMarkup = (s: string): boolean => MARKUP.test(s);

/** The dotted paths of every string in plain data that looks like markup, in document order. */
export function markupPaths(value: unknown): string[] {
  const out: string[] = [];
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (MARKUP.test(v)) out.push(path || '(value)');
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v).reverse()) {
        stack.push({ v: (v as Record<string, unknown>)[k], path: path ? `${path}.${k}` : k });
      }
    }
  }
  return out;
}

/** The readable error line for markup at `path`. */
export const markupText = (path: string): string => `${path}: contains HTML or script markup`;

/** One issue (./issues.ts) per string field that looks like markup. */
export function markupIssues(value: unknown): Issue[] {
  return markupPaths(value).map((field) => ({ code: 'markup', field, values: {}, text: markupText(field) }));
}

/** One readable error line per string field that looks like markup. */
export function markupFields(value: unknown): string[] {
  return markupPaths(value).map(markupText);
}
