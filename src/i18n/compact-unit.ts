/**
 * A unit in the short form that fits beside a lever's number box on one line: English "a year" becomes "/yr"
 * ("× 100M CNY/yr", "mu/yr"); Chinese is already short ("亿元/年").
 */
import type { Lang } from './messages.ts';

const COMPACT: Record<Lang, (unit: string) => string> = {
  zh: (unit) => unit,
  en: (unit) => unit.replace(/,? a year$/, '/yr'),
};

export function compactUnit(unit: string, lang: Lang): string {
  return COMPACT[lang](unit);
}
