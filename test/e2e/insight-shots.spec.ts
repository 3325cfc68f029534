/**
 * Screenshots of the open insight panel for review (not assertions of looks): 1280×800 and 768×1024, Chinese and
 * English, each tool. Runs only when INSIGHT_SHOTS names a folder: `INSIGHT_SHOTS=/tmp/shots npx playwright test
 * test/e2e/insight-shots.spec.ts`.
 */
import { expect, test } from '@playwright/test';
import { waitForDone } from './helpers.ts';

const dir = process.env.INSIGHT_SHOTS;
test.describe.configure({ timeout: 600_000 });

for (const lang of ['zh', 'en'] as const) {
  for (const [w, h] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    test(`insight panel screenshots, ${lang} ${w}×${h}`, async ({ page }) => {
      test.skip(!dir, 'set INSIGHT_SHOTS to a folder to take the screenshots');
      await page.setViewportSize({ width: w, height: h });
      await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
      await page.goto('./');
      await waitForDone(page);
      await page.getByTestId('insight-toggle').click();
      const panel = page.getByTestId('insight-panel');
      await page.getByTestId('tornado-run').click();
      await expect(page.getByTestId('tornado')).toBeVisible({ timeout: 240_000 });
      await panel.screenshot({ path: `${dir}/tornado-${lang}-${w}.png` });
      await page.getByTestId('insight-tab-goalSeek').click();
      await page.getByTestId('goal-seek-run').click();
      await expect(page.getByTestId('goal-seek-result')).toHaveAttribute('data-state', 'done', {
        timeout: 240_000,
      });
      await panel.screenshot({ path: `${dir}/goal-${lang}-${w}.png` });
      await page.getByTestId('insight-tab-attribution').click();
      await page.getByTestId('attribution-run').click();
      await expect(page.getByTestId('attribution-chart')).toBeVisible({ timeout: 240_000 });
      await panel.screenshot({ path: `${dir}/attribution-${lang}-${w}.png` });
      await page.screenshot({ path: `${dir}/page-${lang}-${w}.png` });
    });
  }
}
