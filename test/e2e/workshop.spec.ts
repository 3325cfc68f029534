/** The workshop room: tablets, stale numbers, a drag, a reload. */
import { expect, test, type Page } from '@playwright/test';
import { waitForDone } from './helpers.ts';

async function setLang(page: Page, lang: 'zh' | 'en') {
  await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
}

for (const lang of ['zh', 'en'] as const) {
  test(`at 768 px (${lang}) the page does not scroll sideways and no scorecard column is cut off`, async ({
    page,
  }) => {
    await setLang(page, lang);
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('./');
    await waitForDone(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(768);
    const card = page.getByTestId('scorecard');
    const box = (await card.boundingBox())!;
    const cells = await card.locator('th, td').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { right: r.right, overflow: e.scrollWidth - e.clientWidth, text: e.textContent?.trim() ?? '' };
      }),
    );
    for (const c of cells) {
      expect(c.right, c.text).toBeLessThanOrEqual(box.x + box.width + 0.5);
      expect(c.overflow, c.text).toBeLessThanOrEqual(1);
    }
    // the last column (2035 medians) is on screen
    const last = await card.locator('thead th').last().boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(768);
  });
}

/** Records every change of the results' data-stale and data-shown attributes, with its time, in the page. */
async function watchResults(page: Page) {
  await page.evaluate(() => {
    const el = document.querySelector('.results')!;
    const card = document.querySelector('[data-testid="scorecard"]')!;
    const log: { t: number; stale: string; card: string; shown: number }[] = [];
    (window as unknown as { __log: typeof log }).__log = log;
    const note = () =>
      log.push({
        t: performance.now(),
        stale: el.getAttribute('data-stale') ?? '',
        card: card.getAttribute('data-stale') ?? '',
        shown: Number(el.getAttribute('data-shown')),
      });
    new MutationObserver(note).observe(el, {
      attributes: true,
      attributeFilter: ['data-stale', 'data-shown'],
    });
    new MutationObserver(note).observe(card, { attributes: true, attributeFilter: ['data-stale'] });
  });
}
const readLog = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __log: { t: number; stale: string; card: string; shown: number }[] }).__log,
  );

test('numbers of the previous setting are marked stale until the new run shows its first picture', async ({
  page,
}) => {
  await page.goto('./');
  const id = await waitForDone(page);
  const card = page.getByTestId('scorecard');
  await expect(card).toHaveAttribute('data-stale', 'false');
  await watchResults(page);
  await page.getByTestId('lever-land').fill('1200');
  await page.getByTestId('lever-land').press('Enter');
  await waitForDone(page, id);
  await expect(card).toHaveAttribute('data-stale', 'false');
  const log = await readLog(page);
  // marked stale at the change, then cleared exactly when a new picture was shown
  const firstStale = log.findIndex((e) => e.stale === 'true');
  expect(firstStale).toBeGreaterThanOrEqual(0);
  const cleared = log.findIndex((e, i) => i > firstStale && e.stale === 'false');
  expect(cleared).toBeGreaterThan(firstStale);
  expect(log[cleared].shown).toBeGreaterThan(log[firstStale].shown);
  // the scorecard always agrees with the rest of the results
  for (const e of log) expect(e.card).toBe(e.stale);
});
