import { test, expect } from '@playwright/test';

test('the app opens in Chinese', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toContainText('重庆高新区');
});
