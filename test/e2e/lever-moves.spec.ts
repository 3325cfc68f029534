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

test('a lever popover names the indicators the lever moves, in both languages', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('lever-info-talent').click();
  const moves = page.getByTestId('lever-moves-talent');
  await expect(moves).toContainText('模型中影响的指标');
  await expect(moves).toContainText('研发');
  await expect(moves).not.toContainText('产业规模');
  await page.getByTestId('lang-toggle').click();
  await expect(moves).toContainText('Indicators it moves in the model');
  await expect(moves).toContainText('R&D intensity');
  await expect(moves).not.toContainText('Output');
});

test('a lever popover gives its evidence in Chinese in zh and in English in en', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('lever-info-fund').click();
  const source = page.getByTestId('lever-source-fund');
  await expect(source).toContainText('规划未给出规模：每年 10 亿元（全期 50 亿元）为假设');
  await expect(source).not.toContainText('The plan gives no size');
  // the evidence is no longer labelled as English in the Chinese UI
  await expect(source.locator('xpath=..')).toContainText('依据（参数表）：');
  await expect(source.locator('xpath=..')).not.toContainText('英文');
  await page.getByTestId('lang-toggle').click();
  await expect(source).toContainText('The plan gives no size');
  await expect(source).not.toContainText('规划未给出规模');
});

test('an assumption row gives its source in Chinese in zh and in English in en', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('assumptions-toggle').click();
  await page.getByTestId('assume-edit-neighbour_pull').click();
  const source = page.getByTestId('assume-source-neighbour_pull');
  await expect(source).toContainText('依据：假设：规划指出成都高新区和两江新区会吸走企业与人才');
  await page.getByTestId('lang-toggle').click();
  await expect(source).toContainText('Source: Assumption: the plan names Chengdu High-tech Zone');
});
