/**
 * The UI code names no plan year: a plan's years come from its file (plans/*.json), so a literal 2020, 2025, 2030 or
 * 2035 in src/ui, src/charts or src/app is a year written into the code (issue 19). Comment lines may name them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FOLDERS = ['src/ui', 'src/charts', 'src/app'];
const YEAR = /(?<![\d.])(2020|2025|2030|2035)(?![\d])/;
const COMMENT = /^\s*(\/\/|\/\*|\*|<!--)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|svelte|css)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** `file:line: text` of every line outside a comment that names a plan year. */
function planYears(path: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      !COMMENT.test(line) && YEAR.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [],
    );
}

describe('no literal plan year in the UI code', () => {
  it('finds a year in code and passes one in a comment line', () => {
    expect(planYears('a.svelte', '<td data-testid="median2025-{ind}">')).toHaveLength(1);
    expect(planYears('a.ts', 'const y = 2030;')).toHaveLength(1);
    expect(planYears('a.ts', '  // the 2021–2025 plan\n   * from 2020\n<!-- 2035 -->')).toEqual([]);
    expect(planYears('a.ts', 'const n = 120250; const x = 0.2025;')).toEqual([]);
  });

  it.each(FOLDERS)('%s names none', (folder) => {
    const found = files(join(ROOT, folder)).flatMap((f) =>
      planYears(relative(ROOT, f), readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
