/**
 * Screenshots of the plan picker and of the whole page on the 2026–2030 plan, for review (not assertions of looks):
 * Chinese and English, 1280×800, 768×1024 and presenter mode at 1280×720, and a refused plan file. Runs only when
 * PLAN_SHOTS names a folder: `PLAN_SHOTS=/tmp/shots npx playwright test test/e2e/plan-shots.spec.ts`.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForDone } from './helpers.ts';

const dir = process.env.PLAN_SHOTS;
const NEXT = 'cq-ngit-2026-2030';

for (const lang of ['zh', 'en'] as const) {
  for (const [w, h] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    test(`plan picker screenshots, ${lang} ${w}×${h}`, async ({ page }) => {
      test.skip(!dir, 'set PLAN_SHOTS to a folder to take the screenshots');
      await page.setViewportSize({ width: w, height: h });
      await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
      await page.goto('./');
      await waitForDone(page);
      await page.getByTestId('plan').selectOption(NEXT);
      await waitForDone(page, 1);
      await expect(page.getByTestId('cost-effect')).toHaveAttribute('data-fresh', 'true', {
        timeout: 30_000,
      });
      await page.screenshot({ path: `${dir}/plan-${lang}-${w}.png` });
      await page.screenshot({ path: `${dir}/plan-${lang}-${w}-full.png`, fullPage: true });
      await page.getByTestId('plan-file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          '{"format": "ngit-plan/1", "id": "Bad Id", "baseYear": 2030, "targetYear": 2025}',
        ),
      });
      await expect(page.getByTestId('error-banner')).toBeVisible();
      await page.screenshot({ path: `${dir}/plan-${lang}-${w}-refused.png` });
    });
  }
  test(`plan picker screenshots, ${lang} presenter mode`, async ({ page }) => {
    test.skip(!dir, 'set PLAN_SHOTS to a folder to take the screenshots');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
    await page.goto('./');
    await waitForDone(page);
    await page.getByTestId('plan').selectOption(NEXT);
    await waitForDone(page, 1);
    await page.getByTestId('presenter-toggle').click();
    await expect(page.getByTestId('presenter-status')).toHaveAttribute('data-state', 'done');
    await page.screenshot({ path: `${dir}/plan-${lang}-presenter.png` });
  });
}

test('print report on the 2026–2030 plan', async ({ page }) => {
  test.skip(!dir, 'set PLAN_SHOTS to a folder to take the screenshots');
  await page.addInitScript(() => localStorage.setItem('ngit-sim.lang', 'zh'));
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('plan').selectOption(NEXT);
  await waitForDone(page, 1);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${dir}/plan-zh-print.png`, fullPage: true });
});

for (const lang of ['zh', 'en'] as const) {
  test(`an imported plan's remove button and its question, ${lang}`, async ({ page }) => {
    test.skip(!dir, 'set PLAN_SHOTS to a folder to take the screenshots');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
    await page.goto('./');
    await waitForDone(page);
    const plan = JSON.parse(
      readFileSync(new URL('../../plans/cq-ngit-2021-2025.json', import.meta.url), 'utf8'),
    ) as { id: string };
    plan.id = 'my-zone';
    await page.getByTestId('plan-file').setInputFiles({
      name: 'my-zone.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan)),
    });
    await expect(page.getByTestId('plan')).toHaveValue('my-zone');
    await page.getByTestId('plan-kept').locator('summary').click();
    await page.getByTestId('plan-remove-my-zone').click();
    await page.screenshot({
      path: `${dir}/plan-${lang}-remove.png`,
      clip: { x: 0, y: 0, width: 1280, height: 260 },
    });
    await page.getByTestId('plan-remove-confirm').click();
    await waitForDone(page, 2);
    await page.screenshot({
      path: `${dir}/plan-${lang}-removed.png`,
      clip: { x: 0, y: 0, width: 1280, height: 400 },
    });
  });
}
