/**
 * Text that looks like HTML markup or a script URL has no place in a scenario or a plan: the app never renders
 * such text as HTML, but a file or link that carries it was made to attack a careless consumer, so it is refused.
 */
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript:/i;

export const looksLikeMarkup = (s: string): boolean => MARKUP.test(s);

/** Every string field of plain data (names, descriptions, id, seed, model version…) that looks like HTML or a script URL. */
export function markupFields(s: unknown): string[] {
  const out: string[] = [];
  const stack: { v: unknown; path: string }[] = [{ v: s, path: '' }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (MARKUP.test(v)) out.push(`${path || '(value)'}: contains HTML or script markup`);
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v).reverse()) {
        stack.push({ v: (v as Record<string, unknown>)[k], path: path ? `${path}.${k}` : k });
      }
    }
  }
  return out;
}
