/** Keyboard and screen-reader basics: a skip link, landmarks, Esc, and axe-core in both languages. */
import { expect, test } from '@playwright/test';
import { seriousViolations, waitForDone } from './helpers.ts';

for (const lang of ['zh', 'en'] as const) {
  test(`axe-core finds no serious or critical violation (${lang}), with the panels open`, async ({
    page,
  }) => {
    await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
    await page.goto('./');
    await waitForDone(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('saved-toggle').click();
    await page.getByTestId('compare-toggle').click();
    await page.getByTestId('assumptions-toggle').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`axe-core finds no serious or critical violation in presenter mode at 1280×720 (${lang})`, async ({
    page,
  }) => {
    await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./');
    await waitForDone(page);
    await page.getByTestId('presenter-toggle').click();
    await expect(page.getByTestId('presenter-status')).toHaveAttribute('data-state', 'done');
    await page.getByTestId('presenter-charts').locator('summary').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe-core finds no serious or critical violation in the history check and the cost line', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('preset').selectOption('realised-pc-demand');
  await expect(page.getByTestId('history-check')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('cost-effect')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe-core finds no serious or critical violation with the undo note, a restore notice and previous work', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('lever-land').fill('1234');
  await page.getByTestId('lever-land').press('Enter');
  await page.getByTestId('preset').selectOption('downside');
  await expect(page.getByTestId('restored-notice')).toBeVisible();
  await page.getByTestId('lever-fund').fill('20');
  await page.getByTestId('lever-fund').press('Enter');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('undo-note')).not.toBeEmpty();
  await page.getByTestId('previous-toggle').click();
  await expect(page.getByTestId('previous-item')).toHaveCount(1);
  await waitForDone(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the skip link is the first Tab stop and takes the focus to the levers', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-levers');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#levers')).toBeFocused();
  await page.keyboard.press('Tab');
  // the next stop is the first lever's field, not the 18 controls of the toolbars
  await expect(page.getByTestId('lever-land')).toBeFocused();
  expect(page.url()).not.toContain('#levers'); // the address (which carries share links) is untouched
});

test('landmarks: banner, navigation, main, the lever column, the results and the footer', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation')).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: '政策杠杆' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: '模拟结果' })).toHaveCount(1);
});

test('Esc closes the saved list, the compare panel and presenter mode, returning the focus', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('saved-toggle').click();
  await expect(page.getByTestId('saved-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('saved-panel')).toHaveCount(0);
  await expect(page.getByTestId('saved-toggle')).toBeFocused();
  await page.getByTestId('compare-toggle').click();
  await expect(page.getByTestId('compare-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-panel')).toHaveCount(0);
  await expect(page.getByTestId('compare-toggle')).toBeFocused();
  await page.getByTestId('presenter-toggle').click();
  await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'false');
});

test('each lever explains itself: the plan, its values, its cost and its evidence; Esc closes it', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  const btn = page.getByTestId('lever-info-fund');
  await expect(btn).toHaveAttribute('aria-expanded', 'false');
  await btn.click();
  const panel = page.getByTestId('lever-info-panel-fund');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('规划原文');
  await expect(panel).toContainText('无新增政策');
  await expect(panel).toContainText('财政成本');
  await expect(panel).toContainText('依据');
  expect(await seriousViolations(page)).toEqual([]);
  await btn.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(btn).toHaveAttribute('aria-expanded', 'false');
});

test('jargon is explained where it appears: runs, seed, ± and the likelihood words', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  const g = page.getByTestId('glossary');
  await g.locator('summary').click();
  await expect(g).toContainText('随机数的起点');
  await expect(g).toContainText('蒙特卡洛标准误差');
  await expect(g).toContainText('95%置信上限');
  await expect(g).toContainText('对偶抽样'); // runs come in antithetic pairs, an odd count leaves one unpaired
  expect(await seriousViolations(page)).toEqual([]);
});

for (const lang of ['zh', 'en'] as const) {
  test(`the open model documentation has no serious or critical violation (${lang})`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
    await page.goto('./');
    await waitForDone(page);
    await page.getByTestId('model-doc').locator('summary').click();
    await expect(page.getByTestId('model-doc-text').locator('h3').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
