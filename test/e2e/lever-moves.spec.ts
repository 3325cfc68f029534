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
