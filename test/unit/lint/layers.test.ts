/**
 * The layer order is enforced by eslint.config.js (no-restricted-imports per folder). These cases lint a few lines
 * as if they were a file in a folder, so a rule that stops working fails here: every upward import is an error,
 * and the allowed downward imports are not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const upward: [file: string, importLine: string][] = [
  ['src/model/zz.ts', "import { x } from '../stats/summary.ts';"],
  ['src/model/zz.ts', "import { x } from '../engine/runner.ts';"],
  ['src/stats/zz.ts', "import { x } from '../engine/result.ts';"],
  ['src/stats/zz.ts', "import { z as x } from 'zod';"],
  ['src/engine/zz.ts', "import { x } from '../app/simulation.svelte.ts';"],
  ['src/engine/zz.ts', "import { x } from '../charts/format.ts';"],
  ['src/scenario/zz.ts', "import { x } from '../ui/App.svelte';"],
  ['src/charts/zz.ts', "import { x } from '../engine/result.ts';"],
  ['src/charts/zz.ts', "import { x } from '../app/format.ts';"],
  ['src/charts/zz.ts', "import { x } from '../ui/App.svelte';"],
  ['src/app/zz.ts', "import { x } from '../ui/results/Scorecard.svelte';"],
  ['src/app/sub/zz.ts', "import { x } from '../../ui/App.svelte';"],
  ['src/cli/zz.ts', "import { x } from '../app/simulation.svelte.ts';"],
];

const allowed: [file: string, importLine: string][] = [
  ['src/stats/zz.ts', "import { x } from '../model/indicators.ts';"],
  ['src/engine/zz.ts', "import { x } from '../stats/summary.ts';"],
  ['src/charts/zz.ts', "import { x } from '../stats/band.ts';"],
  ['src/charts/zz.ts', "import { x } from '../i18n/messages.ts';"],
  ['src/app/zz.ts', "import { x } from '../engine/runner.ts';"],
  ['src/app/zz.ts', "import { x } from '../charts/palette.ts';"],
  ['src/ui/results/zz.ts', "import { x } from '../../app/format.ts';"],
];

describe('layer order lint', () => {
  it.each(upward)('%s may not: %s', async (file, line) => {
    const msgs = await restricted(file, `${line}\nexport const y = x;\n`);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('layer order');
  });

  it.each(allowed)('%s may: %s', async (file, line) => {
    expect(await restricted(file, `${line}\nexport const y = x;\n`)).toEqual([]);
  });

  it('also checks Svelte components: a chart component may not import the engine', async () => {
    const code = `<script lang="ts">\n  import { toResult } from '../engine/result.ts';\n  const f = toResult;\n</script>\n<p>{String(f)}</p>\n`;
    expect(await restricted('src/charts/Zz.svelte', code)).toHaveLength(1);
  });
});
