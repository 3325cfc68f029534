/**
 * Screenshots of the undo buttons with their note, the restore notice and the previous-work list, for review (not
 * assertions of looks): 1280×800 and 768×1024, Chinese and English. Runs only when UNDO_SHOTS names a folder:
 * `UNDO_SHOTS=/tmp/shots npx playwright test test/e2e/undo-shots.spec.ts`.
 */
import { expect, test } from '@playwright/test';
import { setAndRun, waitForDone } from './helpers.ts';

const dir = process.env.UNDO_SHOTS;

for (const lang of ['zh', 'en'] as const) {
  for (const [w, h] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    test(`undo and restore screenshots, ${lang} ${w}×${h}`, async ({ page }) => {
      test.skip(!dir, 'set UNDO_SHOTS to a folder to take the screenshots');
      await page.setViewportSize({ width: w, height: h });
      await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
      await page.goto('./');
      await waitForDone(page);
      await page.screenshot({ path: `${dir}/undo-${lang}-${w}-start.png` });
      await setAndRun(page, 'lever-land', '1234');
      await setAndRun(page, 'lever-fund', '30');
      await page.getByTestId('undo').click();
      await expect(page.getByTestId('undo-note')).not.toBeEmpty();
      await page.screenshot({ path: `${dir}/undo-${lang}-${w}-note.png` });
      await page.getByTestId('preset').selectOption('downside');
      await waitForDone(page);
      await expect(page.getByTestId('restored-notice')).toBeVisible();
      await page.screenshot({ path: `${dir}/undo-${lang}-${w}-aside.png` });
      await page.getByTestId('previous-toggle').click();
      await page.screenshot({ path: `${dir}/undo-${lang}-${w}-previous.png` });
      await page.getByTestId('previous-toggle').click();
      await page.reload();
      await waitForDone(page);
      const other = await page.context().newPage();
      await other.setViewportSize({ width: w, height: h });
      await other.goto('./');
      await waitForDone(other);
      await expect(other.getByTestId('restored-notice')).toBeVisible();
      await other.screenshot({ path: `${dir}/undo-${lang}-${w}-elsewhere.png` });
    });
  }
}
