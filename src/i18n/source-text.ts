/**
 * A lever's or an assumption's evidence in a language: the Chinese rendering (src/model/sources-zh.ts) or the
 * parameter table's English with English unit words.
 */
import type { LeverKey, UncertaintyKey } from '../model/parameters.ts';
import { SOURCE_ZH } from '../model/sources-zh.ts';
import { enUnits } from './en-units.ts';
import type { Lang } from './messages.ts';

type Sourced = { key: LeverKey | UncertaintyKey; source: string };

const SOURCE: Record<Lang, (def: Sourced) => string> = {
  zh: (def) => SOURCE_ZH[def.key],
  en: (def) => enUnits(def.source),
};

export function sourceText(def: Sourced, lang: Lang): string {
  return SOURCE[lang](def);
}
