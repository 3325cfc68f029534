/**
 * Refusals in the reader's language, and one verdict for the command line and the app.
 *
 * 1. A bad scenario file imported under the Chinese UI: every detail line is Chinese and names the field by its
 *    label (随机种子, 新开发工业用地, 未知字段“zz”), with no zod English; a bad share link likewise.
 * 2. The same files through `scripts/cli.js simulate --scenario FILE` (the built command line, as `npm run simulate`
 *    runs it) and through the app's import under the English UI: accepted or refused alike, and each refusal line the
 *    app shows carries the very line the command line prints (data-text), beside its wording in the UI's language.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { simulateFile } from '../cli-run.ts';
import { packLink, unpackLink, waitForDone } from './helpers.ts';

const root = new URL('../../', import.meta.url).pathname;
const planText = readFileSync(join(root, 'scenarios/plan.json'), 'utf8');
const plan = JSON.parse(planText) as Record<string, unknown> & { levers: Record<string, number> };
const oldScenario = JSON.parse(readFileSync(join(root, 'test/fixtures/model-1.0.0.json'), 'utf8')).saved
  .entries[0].scenario;
const CAP = 256 * 1024;

const FILES: Record<string, string> = {
  'accepted.json': planText,
  'markup.json': JSON.stringify({ ...plan, name: { zh: '<script>alert(1)</script>', en: 'The plan' } }),
  'over-cap.json': planText + ' '.repeat(CAP + 1 - Buffer.byteLength(planText)),
  'model-1.0.0.json': JSON.stringify(oldScenario, null, 2),
  'lever-out-of-range.json': JSON.stringify({ ...plan, levers: { ...plan.levers, land: 99999 } }),
};

const tmp = mkdtempSync(join(tmpdir(), 'ngit-refusals-'));
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function viaCli(name: string) {
  const file = join(tmp, name);
  writeFileSync(file, FILES[name]);
  const out = join(tmp, `${name}.out`);
  const r = simulateFile(file, out);
  return { file, status: r.status, stderr: r.stderr };
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

const detailLines = (page: Page) => page.getByTestId('error-detail').locator('li');

test('a refused file under the Chinese UI: every detail Chinese, each field named in words', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  const bad = { ...plan, seed: 1e16, zz: 1, levers: { ...plan.levers, land: 1e308 } };
  await importFile(page, 'bad.json', Buffer.from(JSON.stringify(bad)));
  const banner = page.getByTestId('error-banner');
  await expect(banner).toContainText('“bad.json”');
  await expect(detailLines(page)).toHaveText([
    '新开发工业用地：1e+308 超出允许范围 0—2000 亩/年',
    '随机种子：须为 0—2,147,483,647 之间的整数',
    '未知字段“zz”',
  ]);
  // no zod English under the Chinese UI
  await expect(page.getByTestId('error-detail')).not.toContainText(/Too big|Unrecognized|expected|decimal/);
  // nothing on screen changed
  await expect(page.getByTestId('lever-land')).toHaveValue('830');
  await banner.screenshot({ path: 'screenshots/refusal-zh.png' });
  // the same refusal in English when the language is switched, still naming the fields in words
  await page.getByTestId('lang-toggle').click();
  await expect(detailLines(page)).toHaveText([
    'New industrial land: 1e+308 is outside the allowed range 0–2000 mu a year',
    'Seed: must be a whole number from 0 to 2,147,483,647',
    'unknown field “zz”',
  ]);
  await banner.screenshot({ path: 'screenshots/refusal-en.png' });
});

test('a refused share link under the Chinese UI: its details in Chinese too', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  const link = unpackLink(await copyHash(page));
  const bad = packLink({ ...link, l: [5000, ...(link.l as number[]).slice(1)], r: 20_000 });
  await page.goto('about:blank');
  await page.goto(`./#${bad}`);
  await expect(page.getByTestId('error-banner')).toContainText('分享链接无法打开');
  await expect(detailLines(page)).toHaveText(['新开发工业用地：5000 超出允许范围 0—2000 亩/年']);
});

/** The share link of the scenario on screen, made by the app. */
async function copyHash(page: Page): Promise<string> {
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  return new URL(url).hash.slice(1);
}

test('one file, one verdict: the command line and the app (English UI) accept and refuse alike, with the same lines', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('lang-toggle').click();
  for (const name of Object.keys(FILES)) {
    const cli = viaCli(name);
    await importFile(page, name, Buffer.from(FILES[name]));
    const banner = page.getByTestId('error-banner');
    if (name === 'accepted.json' || name === 'model-1.0.0.json') {
      expect(cli.status, `${name}: ${cli.stderr}`).toBe(0);
      await expect(banner).toHaveCount(0);
      if (name === 'model-1.0.0.json') {
        // the same list of what changed since, on both sides
        const notice = page.getByTestId('version-notice');
        await expect(notice).toContainText('1.0.0');
        for (const v of ['2.0.0', '2.0.1', '2.0.2', '2.1.0']) {
          expect(cli.stderr).toContain(`  ${v}: `);
          await expect(notice).toContainText(v);
        }
      } else expect(cli.stderr).toBe('');
      continue;
    }
    expect(cli.status, name).toBe(2);
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(name);
    if (name === 'over-cap.json') {
      // the size cap: the app's heading says what the command line says
      const reason = 'the file is too large (257 kB, at most 256 kB)';
      await expect(banner).toContainText(reason);
      expect(cli.stderr).toBe(`error: --scenario ${cli.file}: ${reason}\n`);
      continue;
    }
    const lines = detailLines(page);
    const cliLines = await lines.evaluateAll((li) => li.map((l) => l.getAttribute('data-text')));
    // the command line's lines, one by one, are the app's
    expect(cli.stderr).toBe(`error: scenario file ${cli.file} is not valid: ${cliLines.join('')}\n`);
    if (name === 'markup.json')
      await expect(lines).toHaveText(['Chinese name: contains HTML or script markup']);
    if (name === 'lever-out-of-range.json')
      await expect(lines).toHaveText([
        'New industrial land: 99999 is outside the allowed range 0–2000 mu a year',
      ]);
  }
});
