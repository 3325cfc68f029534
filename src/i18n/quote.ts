/**
 * Text in quotation marks: “…” (the dictionaries' `fmt.quote`), with any quotation inside it turned to the inner
 * marks ‘…’, as GB/T 15834 nests them in Chinese and English nests them too, so the marks never mix (no “…"人才特区"”).
 * A text that is already one whole quotation is not quoted twice.
 */
import { message, type Lang } from './messages.ts';

export function quoted(text: string, lang: Lang): string {
  const t = text.trim();
  const whole = /^["“]([^"“”]*)["”]$/.exec(t);
  const body = (whole ? whole[1] : t).replace(/["“]([^"“”]*)["”]/g, '‘$1’');
  return message(lang, 'fmt.quote', { text: body });
}
