import { expect, test, type Page } from '@playwright/test';
import { PM } from '../helpers.ts';
import { waitForDone } from './helpers.ts';

const LEVER_KEYS = PM.leverKeys;
const UNCERTAINTY_KEYS = PM.uncertaintyKeys;

/** The plan's Chinese unit words, which the English UI writes as "100M CNY", "mu" and "10,000 m²". */
const CHINESE_UNITS = ['亿元', '亩', '万㎡'];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

/** Opens every lever popover and every assumption's editor (with its source), then returns the page's visible text. */
async function everythingOpen(page: Page): Promise<string> {
  for (const k of LEVER_KEYS) {
    await page.getByTestId(`lever-info-${k}`).click();
    await expect(page.getByTestId(`lever-info-panel-${k}`)).toBeVisible();
  }
  await page.getByTestId('assumptions-toggle').click();
  for (const k of UNCERTAINTY_KEYS) await page.getByTestId(`assume-edit-${k}`).click();
  return page.evaluate(() => document.body.innerText);
}

test('the English UI writes units in English; the Chinese UI keeps the plan’s', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  const zh = await everythingOpen(page);
  for (const u of CHINESE_UNITS) expect(zh, u).toContain(u);

  await page.getByTestId('lang-toggle').click();
  await page.reload();
  await waitForDone(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const en = await everythingOpen(page);
  for (const u of CHINESE_UNITS) {
    const at = en.indexOf(u);
    expect(at, `${u} in: …${en.slice(Math.max(0, at - 80), at + 40)}…`).toBe(-1);
  }
  expect(en).toContain('100M CNY');
  expect(en).toContain('mu a year');
  expect(en).toContain('10,000 m²');
});
