/**
 * An English count unit agrees with its number: "1 firm", "2 firms", "1 platform". A unit of one plural word is a
 * count noun ("firms", "platforms"); after a number that reads exactly 1 it is written in the singular. Units of
 * more than one word ("% of firms", "× 100M CNY") and Chinese units (家, 个: Chinese has no plural) are kept.
 */
import type { Lang } from './messages.ts';

const ONE = /^[−-]?1$/;
const PLURAL_WORD = /^[a-z]+s$/i;

/** The unit to write after `number` (the number as shown, e.g. "1", "1,000", "0.5"). */
export function countUnit(number: string, unit: string, lang: Lang): string {
  if (lang !== 'en' || !ONE.test(number.trim()) || !PLURAL_WORD.test(unit)) return unit;
  return unit.endsWith('ies') ? `${unit.slice(0, -3)}y` : unit.slice(0, -1);
}
