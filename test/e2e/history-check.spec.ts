import { expect, test } from '@playwright/test';
import { waitForDone } from './helpers.ts';
import { CONFIDENCE } from '../../src/model/record.ts';
import { COMPARABLE_FIGURES as REALISED } from '../../src/scenario/record.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

const SHOTS = process.env.SHOTS_DIR;

test('the replay scenario shows its history check: realised points against the model, in both languages', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  // not for the plan
  await expect(page.getByTestId('history-check')).toHaveCount(0);

  await page.getByTestId('preset').selectOption('realised-pc-demand');
  await waitForDone(page, 1);
  const panel = page.getByTestId('history-check');
  await expect(panel).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(panel).toContainText('历史检验');
  // one point and one table row per realised figure, each saying inside or not consistently with its band
  for (const f of REALISED) {
    const row = page.getByTestId(`history-tr-${f.key}`);
    await expect(row).toContainText(f.measure.zh);
    const inside = await row.getAttribute('data-inside');
    await expect(page.getByTestId(`history-row-${f.key}`)).toHaveAttribute('data-inside', inside!);
    const cells = await row.locator('td').allTextContents();
    const [p5, , p95] = cells[2]
      .replace(/%/g, '')
      .split('/')
      .map((x) => Number(x.trim().replace('−', '-')));
    const value = Number(cells[1].replace('%', '').replace('−', '-'));
    expect(inside).toBe(String(p5 <= value && value <= p95));
    await expect(row.locator('td').nth(3)).toHaveText(inside === 'true' ? '是' : '否');
    // source and comparability in Chinese, marked as Chinese
    // the confidence in words (中：官方页面的转载或镜像), not a bare letter
    await expect(row.locator('td').nth(4)).toHaveText(
      `${f.source.title.zh}（${CONFIDENCE[f.confidence].zh}）`,
    );
    await expect(row.locator('td').nth(4)).not.toContainText(`(${f.confidence})`);
    await expect(row.locator('td').nth(5)).toHaveText(f.note?.zh ?? '');
    await expect(row.locator('td').nth(5)).toHaveAttribute('lang', 'zh-CN');
  }
  await expect(page.getByTestId('history-table').locator('thead th').nth(6)).toHaveText('可比性');
  await expect(page.getByTestId('history-summary')).toContainText(`/${REALISED.length}个实际值`);
  await expect(page.getByTestId('history-chart').locator('circle')).toHaveCount(REALISED.length);
  if (SHOTS) {
    await panel.screenshot({ path: `${SHOTS}/zh-history-check.png` });
    await page.screenshot({ path: `${SHOTS}/zh-replay-page.png`, fullPage: true });
  }

  await page.getByTestId('lang-toggle').click();
  await expect(panel).toContainText('History check');
  await expect(page.getByTestId(`history-tr-${REALISED[0].key}`)).toContainText(REALISED[0].measure.en);
  // the same cells in English, marked as English, with the units in English
  for (const f of REALISED) {
    const cells = page.getByTestId(`history-tr-${f.key}`).locator('td');
    await expect(cells.nth(4)).toHaveText(`${f.source.title.en} (${CONFIDENCE[f.confidence].en})`);
    await expect(cells.nth(4)).toHaveAttribute('lang', 'en');
    await expect(cells.nth(5)).toHaveText(f.note?.en ?? '');
    await expect(cells.nth(5)).toHaveAttribute('lang', 'en');
  }
  const table = await page.getByTestId('history-table').innerText();
  for (const u of ['亿元', '亩', '万㎡']) expect(table, u).not.toContain(u);
  expect(table).toContain('100M CNY');
  await expect(page.getByTestId('history-summary')).toContainText(`of ${REALISED.length} realised figures`);
  if (SHOTS) await panel.screenshot({ path: `${SHOTS}/en-history-check.png` });

  // another scenario: the check goes away
  await page.getByTestId('preset').selectOption('plan');
  await waitForDone(page, 2);
  await expect(page.getByTestId('history-check')).toHaveCount(0);
});
