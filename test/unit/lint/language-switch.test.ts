/**
 * Outside src/i18n no conditional picks between two languages' words (eslint.config.js, no-restricted-syntax): these
 * cases lint a few lines as if they were a file in a folder, so a rule that stops working fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function switches(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const ts = (expr: string) =>
  `declare const lang: 'zh' | 'en';\ndeclare const compact: boolean;\nexport const y = ${expr};\n`;

const refused: [file: string, expr: string][] = [
  ['src/ui/levers/zz.ts', "lang === 'zh' ? '、' : ', '"],
  ['src/app/zz.ts', "lang !== 'en' ? '：' : ': '"],
  ['src/charts/zz.ts', "'zh' === lang ? 'a' : 'b'"],
  ['src/app/zz.ts', "compact && lang === 'en' ? 'a' : 'b'"],
  ['src/engine/zz.ts', "(lang === 'zh' || compact) ? 'a' : 'b'"],
];

const allowed: [file: string, expr: string][] = [
  // the dictionaries and their helpers may choose by language
  ['src/i18n/zz.ts', "lang === 'zh' ? '、' : ', '"],
  // a comparison that is not a choice of words, and a conditional on something else
  ['src/app/zz.ts', "lang === 'en' || compact"],
  ['src/app/zz.ts', "compact ? 'a' : 'b'"],
];

describe('no inline language switches outside src/i18n', () => {
  it.each(refused)('%s may not: %s', async (file, expr) => {
    const msgs = await switches(file, ts(expr));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('src/i18n');
  });

  it.each(allowed)('%s may: %s', async (file, expr) => {
    expect(await switches(file, ts(expr))).toEqual([]);
  });

  it("also in a Svelte component's template and script", async () => {
    const code =
      `<script lang="ts">\n  import { locale } from '../../i18n/index.svelte.ts';\n` +
      `  const sep = $derived(locale.lang === 'zh' ? '、' : ', ');\n</script>\n` +
      `<p>{sep}{locale.lang === 'zh' ? '：' : ': '}</p>\n`;
    expect(await switches('src/ui/levers/Zz.svelte', code)).toHaveLength(2);
  });
});
