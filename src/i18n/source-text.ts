/**
 * A lever's or an assumption's evidence in a language: its Chinese rendering (the plan file's or
 * src/model/sources-zh.ts's `sourceZh`, the English where there is none) or the English with English unit words.
 */
import { enUnits } from './en-units.ts';
import type { Lang } from './messages.ts';

type Sourced = { source: string; sourceZh?: string };

const SOURCE: Record<Lang, (def: Sourced) => string> = {
  zh: (def) => def.sourceZh ?? def.source,
  en: (def) => enUnits(def.source),
};

export function sourceText(def: Sourced, lang: Lang): string {
  return SOURCE[lang](def);
}
