import { expect, test } from '@playwright/test';
import { waitForDone } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

const SHOTS = process.env.SHOTS_DIR;

test('the cost line shows what the package adds over no new policy, stale while a new setting runs', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  const effect = page.getByTestId('cost-effect');
  // computed after the main run, for the result on screen
  await expect(effect).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(effect).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('cost-add-output')).toContainText(
    /每多投入1亿元，2025年产值增加[\d.,−]+亿元（5%—95%：/,
  );
  await expect(page.getByTestId('cost-add-va')).toContainText('增加值增加');
  await expect(page.getByTestId('cost-extra')).toContainText('比无新增政策多投入');
  // the old figure that credited all output to public money is gone
  await expect(page.getByTestId('cost-line')).not.toContainText('每亿元投入对应');
  if (SHOTS) await page.getByTestId('cost-line').screenshot({ path: `${SHOTS}/zh-cost-line.png` });
  const before = (await page.getByTestId('cost-add-output').textContent())!;

  // a new setting: the figures on screen belong to the old one until the paired run of the new one is in
  const fund = page.getByTestId('lever-fund');
  await fund.fill(String(Number(await fund.inputValue()) + 10));
  await fund.press('Enter');
  await expect(effect).toHaveAttribute('data-fresh', 'false');
  await expect(effect).toContainText('上一设置的结果（正在更新）：');
  if (SHOTS) await page.getByTestId('cost-line').screenshot({ path: `${SHOTS}/zh-cost-line-stale.png` });
  await waitForDone(page);
  await expect(effect).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('cost-add-output')).not.toHaveText(before);

  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('cost-add-output')).toContainText(
    /each extra 100M CNY adds [\d.,−]+ × 100M CNY of 2025 output \(5–95%: /,
  );
  if (SHOTS) await page.getByTestId('cost-line').screenshot({ path: `${SHOTS}/en-cost-line.png` });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/en-page-cost.png` });
});

test('a scenario that spends no more than no new policy shows "—" and says why', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('preset').selectOption('no-new-policy');
  await waitForDone(page, 1);
  await expect(page.getByTestId('cost-effect')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('cost-not-more')).toHaveText(
    /^每亿元新增效果：—（本情景财政投入不多于无新增政策/,
  );
  await expect(page.getByTestId('cost-add-output')).toHaveCount(0);
  if (SHOTS) await page.getByTestId('cost-line').screenshot({ path: `${SHOTS}/zh-cost-none.png` });
});
