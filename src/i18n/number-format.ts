/**
 * Cached Intl.NumberFormat objects. `x.toLocaleString(locale, opts)` builds a new formatter on every call, which cost
 * the app about 35 ms of main-thread time per lever change (a few thousand chart labels and table cells); a formatter
 * built once per (locale, options) formats the same strings (ECMA-402: toLocaleString is specified as exactly this).
 */
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = locale + '|' + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, opts);
    cache.set(key, f);
  }
  return f;
}
