import { expect, test, type Page } from '@playwright/test';
import { waitForDone } from './helpers.ts';

/**
 * The English dictionary is a chunk of its own (src/i18n/messages.ts): a Chinese first load does not fetch it, a
 * stored English choice shows English from the first frame (src/main.ts waits for the words before mounting), and a
 * chunk that fails to load leaves the page in the language it shows with a notice in that language.
 */

/** a phrase only the English dictionary has */
const ENGLISH_ONLY = 'Switch to Chinese';

/**
 * The page fetches panel chunks when idle, so a route handler may still be reading a response when a test ends and the
 * page closes; Playwright then disposes of the response and the read throws into the finished test ("Response has been
 * disposed", once in CI). Unrouting with ignoreErrors after each test drops those late calls, whatever they throw.
 */
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

/** The text of every script the page fetches, as it arrives. */
function scriptsOf(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js'))
      void r.text().then(
        (t) => bodies.push(t),
        () => {},
      );
  });
  return bodies;
}

test('a Chinese first load fetches no English dictionary; the toggle fetches it and switches', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  await page.goto('./');
  await expect(page.locator('header h1')).toContainText('重庆高新区');
  await waitForDone(page);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => s.includes(ENGLISH_ONLY))).toHaveLength(0);
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('header h1')).toContainText('Chongqing');
  await expect.poll(() => scripts.filter((s) => s.includes(ENGLISH_ONLY)).length).toBe(1);
});

test('a stored English choice shows English from the first picture of the app, never Chinese', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('ngit-sim.lang', 'en');
    // every title the app's header shows, from the first one mounted
    const seen: string[] = ((window as unknown as { __titles: string[] }).__titles = []);
    new MutationObserver(() => {
      const h = document.querySelector('header h1');
      if (h && seen.at(-1) !== h.textContent) seen.push(h.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('./');
  await expect(page.locator('header h1')).toContainText('Chongqing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await waitForDone(page);
  const titles = (await page.evaluate('window.__titles')) as string[];
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title).not.toMatch(/[\u4e00-\u9fff]/);
});

test('an English chunk that fails to load keeps Chinese with a notice; clicking again loads it', async ({
  page,
}) => {
  let refuse = true;
  await page.route('**/assets/*.js', async (route) => {
    const r = await route.fetch();
    const body = await r.text();
    if (refuse && body.includes(ENGLISH_ONLY)) await route.abort('connectionfailed');
    else await route.fulfill({ response: r, body });
  });
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('lang-failed')).toContainText('英文界面文字未能载入');
  await expect(page.locator('header h1')).toContainText('重庆高新区');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  refuse = false;
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('header h1')).toContainText('Chongqing');
  await expect(page.getByTestId('lang-failed')).toHaveCount(0);
});

test('a stored English choice whose chunk fails opens in Chinese with the notice', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ngit-sim.lang', 'en'));
  await page.route('**/assets/*.js', async (route) => {
    const r = await route.fetch();
    const body = await r.text();
    if (body.includes(ENGLISH_ONLY)) await route.abort('connectionfailed');
    else await route.fulfill({ response: r, body });
  });
  await page.goto('./');
  await expect(page.getByTestId('lang-failed')).toContainText('英文界面文字未能载入');
  await expect(page.locator('header h1')).toContainText('重庆高新区');
  await waitForDone(page);
});
