/**
 * The English UI writes the plan's units in English: 亿元 → "100M CNY", 万元 → "10,000 CNY", 亩 → "mu"
 * (1 mu ≈ 667 m²), 万㎡ → "10,000 m²";
 * after a number with a "×" ("2259.3 × 100M CNY"). Numbers stay in the plan's units; only the unit words change. Applied to
 * English text that comes from the model's tables (sources, notes) and to every English message.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/亿元\s*\(100M CNY\)/g, '100M CNY'],
  [/(\d)\s*亿元/g, '$1 × 100M CNY'],
  [/(\d)\s*万元/g, '$1 × 10,000 CNY'],
  [/(\d)\s*万\s*㎡/g, '$1 × 10,000 m²'],
  [/亿元/g, '100M CNY'],
  [/万元/g, '10,000 CNY'],
  [/万\s*㎡/g, '10,000 m²'],
  [/㎡/g, 'm²'],
  [/(\d\s*)元/g, '$1CNY'],
  [/亩/g, 'mu'],
  [/\/年/g, '/year'],
];

/** English text with the plan's Chinese unit words replaced by English ones. */
export function enUnits(text: string): string {
  let s = text;
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s;
}
