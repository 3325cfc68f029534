import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { waitForDone } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

/** Fills the saved-scenarios key with as much junk as the browser's storage takes (megabytes); returns its length. */
async function fillWithJunk(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (let n = 5_200_000; n > 100_000; n -= 100_000) {
      try {
        localStorage.setItem('ngit-sim.saved', '\u0001junk{'.repeat(Math.ceil(n / 6)).slice(0, n));
        return n;
      } catch {
        // over the quota: try less
      }
    }
    throw new Error('could not fill localStorage');
  });
}

test('megabytes of junk in the saved list: the app offers a download, and saving still works', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  const size = await fillWithJunk(page);
  expect(size).toBeGreaterThan(2_000_000);
  await page.reload();
  await waitForDone(page);
  await page.getByTestId('saved-toggle').click();
  await expect(page.getByTestId('storage-corrupt')).toBeVisible();

  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('storage-corrupt-download').click(),
  ]);
  const text = await readFile((await d.path())!, 'utf8');
  expect(text.length).toBe(size);

  // saving replaces the junk (too large to back up, so it cannot fill the storage twice over)
  await page.getByTestId('saved-name').fill('尽管有坏数据');
  await page.getByTestId('saved-save').click();
  await expect(page.getByTestId('storage-error')).toHaveCount(0);
  await expect(page.getByTestId('saved-name-text')).toHaveText(['尽管有坏数据']);
  await expect(page.getByTestId('storage-corrupt')).toHaveCount(0);
  await page.getByTestId('saved-name').fill('再存一个');
  await page.getByTestId('saved-save').click();
  await expect(page.getByTestId('saved-name-text')).toHaveText(['再存一个', '尽管有坏数据']);
});

test('unreadable saved data can be cleared', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await fillWithJunk(page);
  await page.reload();
  await waitForDone(page);
  await page.getByTestId('saved-toggle').click();
  await page.getByTestId('storage-corrupt-clear').click();
  await expect(page.getByTestId('storage-corrupt')).toHaveCount(0);
  await expect(page.getByTestId('storage-error')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('ngit-sim.saved')?.length)).toBeLessThan(100);
});
