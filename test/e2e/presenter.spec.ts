/**
 * Presenter mode on a projector and on large screens: one screen high at 1280×720, 1920×1080 and 2560×1440 (the page
 * never scrolls), type and charts larger on the larger screens, the run status on show; in both languages. Each size
 * leaves a screenshot (screenshots/presenter-<lang>-<w>x<h>.png).
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForDone } from './helpers.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const;

async function openPresenter(page: Page, lang: 'zh' | 'en', size: { width: number; height: number }) {
  await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
  await page.setViewportSize(size);
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('presenter-toggle').click();
  await expect(page.getByTestId('presenter-charts').locator('svg[role="img"]')).toHaveCount(4);
}

/** What the tests compare between sizes: the page's extent and the size of the things read from afar. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
    const box = (el: Element) => el.getBoundingClientRect();
    const charts = [...document.querySelectorAll('[data-testid="presenter-charts"] svg[role="img"]')].map(
      box,
    );
    const se = document.scrollingElement!;
    return {
      scrollHeight: se.scrollHeight,
      scrollWidth: se.scrollWidth,
      innerHeight,
      innerWidth,
      cell: px('[data-testid="scorecard"] tbody td'),
      pmeet: px('[data-testid="pmeet-output"]'),
      headline: px('[data-testid="presenter-headline"] .big'),
      chartWidth: Math.min(...charts.map((c) => c.width)),
      chartHeight: Math.min(...charts.map((c) => c.height)),
      chartsBottom: Math.max(...charts.map((c) => c.bottom)),
      scorecardBottom: box(document.querySelector('[data-testid="scorecard"]')!).bottom,
    };
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`presenter mode (${lang}) fits one screen at 1280×720, 1920×1080 and 2560×1440 and grows with it`, async ({
    page,
  }) => {
    const seen: Awaited<ReturnType<typeof measure>>[] = [];
    for (const size of SIZES) {
      await openPresenter(page, lang, size);
      const status = page.getByTestId('presenter-status');
      await expect(status).toBeVisible();
      await expect(status).toHaveAttribute('data-state', 'done');
      await expect(status).toContainText(lang === 'zh' ? '20,000 / 20,000 次' : '20,000 / 20,000 runs');
      const m = await measure(page);
      // the page does not scroll, either way; everything drawn is on the screen
      expect(m.scrollHeight, `${size.width}×${size.height}`).toBeLessThanOrEqual(m.innerHeight);
      expect(m.scrollWidth, `${size.width}×${size.height}`).toBeLessThanOrEqual(m.innerWidth);
      expect(m.chartsBottom).toBeLessThanOrEqual(size.height);
      expect(m.scorecardBottom).toBeLessThan(m.chartsBottom);
      // the charts are large enough to read: a sixth of the screen wide, a quarter of it high
      expect(m.chartWidth).toBeGreaterThan(size.width / 6);
      expect(m.chartHeight).toBeGreaterThan(size.height / 4);
      await page.screenshot({ path: `screenshots/presenter-${lang}-${size.width}x${size.height}.png` });
      seen.push(m);
    }
    // each larger screen shows larger type in the scorecard and the headline, and larger charts
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1], seen[i]];
      expect(b.cell).toBeGreaterThan(a.cell * 1.2);
      expect(b.pmeet).toBeGreaterThan(a.pmeet * 1.2);
      expect(b.headline).toBeGreaterThan(a.headline * 1.2);
      expect(b.chartWidth).toBeGreaterThan(a.chartWidth * 1.2);
      expect(b.chartHeight).toBeGreaterThan(a.chartHeight * 1.2);
    }
    // and leaving presenter mode gives the normal page its normal type back
    const inPresenter = seen[seen.length - 1].cell;
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('preset')).toBeVisible();
    const normal = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('[data-testid="scorecard"] tbody td')!).fontSize),
    );
    expect(normal).toBeLessThan(inPresenter / 1.5);
  });
}

test('presenter mode shows the run going and the numbers on screen marked stale, then done', async ({
  page,
}) => {
  await openPresenter(page, 'zh', SIZES[0]);
  const status = page.getByTestId('presenter-status');
  const before = Number(await status.getAttribute('data-run-id'));
  // every change of the status, recorded in the page (the stale spell can be shorter than a poll)
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="presenter-status"]')!;
    const log: { state: string; stale: string; text: string }[] = [];
    (window as unknown as { __status: typeof log }).__status = log;
    new MutationObserver(() =>
      log.push({
        state: el.getAttribute('data-state') ?? '',
        stale: el.getAttribute('data-stale') ?? '',
        text: el.textContent ?? '',
      }),
    ).observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  await page.getByTestId('lever-land').fill('1500');
  await page.getByTestId('lever-land').press('Enter');
  await expect
    .poll(async () => Number(await status.getAttribute('data-run-id')), { timeout: 30_000 })
    .toBeGreaterThan(before);
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(status).toHaveAttribute('data-stale', 'false');
  await expect(status).toContainText('完成');
  await expect(status).toContainText('20,000 / 20,000 次');
  const log = await page.evaluate(
    () => (window as unknown as { __status: { state: string; stale: string; text: string }[] }).__status,
  );
  // on the way: the old numbers marked as such, and the run shown going
  expect(log.some((e) => e.stale === 'true' && e.text.includes('显示的是上一设置的结果'))).toBe(true);
  expect(log.some((e) => e.state === 'running' && e.text.includes('模拟中'))).toBe(true);
});

test('the presenter picks two to four large charts, and the grid still fits the screen', async ({ page }) => {
  await openPresenter(page, 'en', SIZES[1]);
  const charts = page.getByTestId('presenter-charts').locator('svg[role="img"]');
  await page.getByTestId('presenter-charts').locator('summary').click();
  await page.getByTestId('presenter-pick-firms').uncheck();
  await page.getByTestId('presenter-pick-rd_intensity').uncheck();
  await expect(charts).toHaveCount(2);
  await expect(page.getByTestId('presenter-pick-output')).toBeDisabled(); // two is the least
  const m = await measure(page);
  expect(m.scrollHeight).toBeLessThanOrEqual(m.innerHeight);
  expect(m.chartsBottom).toBeLessThanOrEqual(1080);
  // two charts share the width the four had
  expect(m.chartWidth).toBeGreaterThan(1920 / 4);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('preset')).toBeVisible();
});
