import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { setAndRun, waitForDone } from './helpers.ts';
import { MODEL_VERSION } from '../../src/model/version.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

async function download(page: Page, testId: string): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { d, bytes: await readFile((await d.path())!) };
}

/** "3728.1亿元", "3,728.1 亿元", "−1.2%" → the number. */
const numberIn = (text: string) => Number(text.replace(/−/g, '-').replace(/[^\d.-]/g, ''));

test('CSV, JSON summary, SVG and PNG downloads; the CSV matches the screen', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await setAndRun(page, 'runs', '5000');
  // the exports carry the honest cost once its paired run for this result is in
  await expect(page.getByTestId('cost-effect')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });

  const csv = await download(page, 'export-csv');
  // named after the scenario and a short hash of its settings
  expect(csv.d.suggestedFilename()).toMatch(/^ngit-规划情景-[0-9a-f]{8}\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r\n/);
  const header = lines[0].split(',');
  const row = lines.find((l) => l.startsWith('output,') && l.split(',')[3] === '2025')!.split(',');
  const p50 = Number(row[header.indexOf('p50')]);
  const screen = (await page.getByTestId('median-target-output').textContent())!;
  expect(screen).toContain('亿元');
  expect(p50.toFixed(1)).toBe(numberIn(screen).toFixed(1));
  // + the joint probability row + four additional_* rows (over no new policy, on the same draws)
  expect(lines).toHaveLength(1 + 10 * 16 + 1 + 4);
  const perYuan = lines.find((l) => l.startsWith('additional_output_per_yuan,'))!.split(',');
  const shown = (await page.getByTestId('cost-add-output').textContent())!.match(/增加([\d.,−]+)亿元/)![1];
  expect(Number(perYuan[header.indexOf('p50')]).toFixed(2)).toBe(numberIn(shown).toFixed(2));

  const json = await download(page, 'export-json');
  const result = JSON.parse(json.bytes.toString('utf8'));
  expect(result.runs).toBe(5000);
  // the full scenario it came from, the model and a link that reopens it
  expect(result.scenario.id).toBe('plan');
  expect(result.scenario.runs).toBe(5000);
  expect(result.scenario.levers.fund).toEqual(expect.any(Number));
  expect(result.model).toBe(MODEL_VERSION);
  expect(result.link).toMatch(/^s=/);
  expect(result.cost.additional.baseline).toBe('no-new-policy');
  expect(result.cost.additional.additionalOutputPerYuan.p50).toBe(Number(perYuan[header.indexOf('p50')]));
  expect(result.cost).not.toHaveProperty('outputPerYuan');
  expect(result.indicators.output.pMeet).toBe(
    Number(await page.getByTestId('pmeet-output').getAttribute('data-value')),
  );

  await page.getByTestId('export-chart').selectOption('firms');
  const svg = await download(page, 'export-svg');
  expect(svg.d.suggestedFilename()).toMatch(/-firms\.svg$/);
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svgText).toContain('规上企业数量');
  expect(svgText).toMatch(/font-family/);
  // the caption says where the picture came from, as SVG text with presentation attributes (no inline style)
  const captionEl = /<text[^>]*data-caption[^>]*>([\s\S]*?)<\/text>/.exec(svgText);
  expect(captionEl).not.toBeNull();
  // broken between its parts: joined again, the lines give the whole caption
  const captionText = [...captionEl![1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
    .map((m) => m[1])
    .join(' · ');
  expect(captionText).toMatch(
    new RegExp(
      `^情景：${result.scenario.name.zh} · 随机种子7 · 模拟5,000次 · 模型${result.model.replace(/\./g, '\\.')}版 · 导出于\\d{4}`,
    ),
  );
  expect(svgText).not.toMatch(/ style="/);

  await page.getByTestId('export-chart').selectOption('output');
  const png = await download(page, 'export-png');
  expect(png.d.suggestedFilename()).toMatch(/-output\.png$/);
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.bytes.readUInt32BE(16);
  const box = await page.getByTestId('fan-output').boundingBox();
  expect(width).toBe(Math.round((box!.width + 20) * 2));
  await writeFileForReview(png.bytes);
});

test('the CSV of a changed package: its own id, the 95 % bound where the screen shows one, rounded errors, the baseline by name', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  await setAndRun(page, 'runs', '3000');
  await setAndRun(page, 'lever-land', '1500');
  await expect(page.getByTestId('cost-effect')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  const { bytes } = await download(page, 'export-csv');
  const lines = bytes.toString('utf8').slice(1).trim().split(/\r\n/);
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((c, i) => [header[i], c])));
  // a changed plan is not "plan"
  expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set(['plan-modified']));
  // where the screen shows "< 0.2%（95%上限）" (3 / 1,500 antithetic pairs), the CSV has that bound, not 0 ± 0
  const all = rows.find((r) => r.indicator === 'all_targets')!;
  await expect(page.getByTestId('pmeet-all')).toHaveText('< 0.2%');
  expect([all.p_meet_2025, all.p_meet_2025_se, all.p_meet_2025_bound95]).toEqual(['0', '', '0.002']);
  // every standard error to at most 4 significant digits
  for (const r of rows.filter((r) => r.p_meet_2025_se !== ''))
    expect(r.p_meet_2025_se.replace(/^0\.0*|\./g, '').length, r.p_meet_2025_se).toBeLessThanOrEqual(4);
  // the baseline by its name
  const labels = rows.filter((r) => r.indicator.startsWith('additional_')).map((r) => r['指标']);
  expect(labels).toContain('较“无新增政策”新增产值');
  expect(labels.join(' ')).not.toContain('no-new-policy');
});

async function writeFileForReview(bytes: Buffer) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile('screenshots/export-output.png', bytes);
}

test('compare: two scenarios side by side with the difference against the base', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  const id = await setAndRun(page, 'runs', '3000');
  await page.getByTestId('compare-toggle').click();
  await expect(page.getByTestId('compare-slot-0')).toHaveValue('current');
  await expect(page.getByTestId('compare-slot-1')).toHaveValue('preset:no-new-policy');
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-status')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('compare-col-0')).toContainText('规划情景');
  await expect(page.getByTestId('compare-col-1')).toContainText('无新增政策');
  await expect(page.getByTestId('compare-diff-col')).toHaveCount(1);
  // same seed and runs: the current scenario's column repeats the scorecard
  for (const ind of ['output', 'firms', 'va_ratio']) {
    await expect(page.getByTestId(`compare-pmeet-0-${ind}`)).toHaveText(
      (await page.getByTestId(`pmeet-${ind}`).textContent())!,
    );
  }
  const p0 = numberIn((await page.getByTestId('compare-pmeet-0-output').textContent())!);
  const p1 = numberIn((await page.getByTestId('compare-pmeet-1-output').textContent())!);
  const diff = (await page.getByTestId('compare-diff-1-output').textContent())!;
  expect(diff).toMatch(/^([+−]\d+\.\d|0\.0)个百分点$/);
  expect(Math.abs(numberIn(diff) - (p1 - p0))).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('compare-fan-output')).toBeVisible();
  // the live run was neither cancelled nor restarted
  expect(Number(await page.getByTestId('run-status').getAttribute('data-run-id'))).toBe(id);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'done');

  // a third scenario and another base
  await page.getByTestId('compare-slot-2').selectOption('preset:downside');
  await expect(page.getByTestId('compare-status')).toContainText('重新运行');
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-status')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await page.getByTestId('compare-base').selectOption('preset:no-new-policy');
  await expect(page.getByTestId('compare-diff-col')).toHaveCount(2);
  await expect(page.getByTestId('compare-diff-0-output')).toHaveText(/^\+/);
  await page.getByTestId('compare-panel').screenshot({ path: 'screenshots/zh-compare.png' });
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('compare-diff-0-output')).toHaveText(/ pp$/);
  await page.getByTestId('compare-panel').screenshot({ path: 'screenshots/en-compare.png' });
});

test('presenter mode and the printable report', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto('./');
  await waitForDone(page);
  await expect(page.getByTestId('assumptions-toggle')).toBeVisible();
  await page.getByTestId('presenter-toggle').click();
  await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('assumptions-toggle')).toHaveCount(0);
  await expect(page.getByTestId('presenter-charts')).toBeVisible();
  await page.screenshot({ path: 'screenshots/zh-presenter.png' });
  await page.getByTestId('presenter-toggle').press('Enter');
  await expect(page.getByTestId('assumptions-toggle')).toBeVisible();

  await page.getByTestId('print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1047 }); // A4 less 10 mm margins, at 96 dpi
  await expect(page.getByTestId('preset')).toBeHidden();
  await expect(page.getByTestId('share')).toBeHidden();
  await expect(page.getByTestId('lever-fund')).toBeHidden();
  await expect(page.getByTestId('pmeet-output')).toBeVisible();
  await expect(page.getByTestId('fan-output')).toBeVisible();
  await expect(page.locator('.print-summary').getByText('政策杠杆')).toBeVisible();
  await page.screenshot({ path: 'screenshots/zh-print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});
