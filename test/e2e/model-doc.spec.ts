/**
 * The model documentation inside the app (issue 21): a document with headings, tables and links, in the UI's
 * language, fetched when first opened, switching with the language, its § links working without touching the
 * share-link hash, and nothing in it against the strict CSP (served under /strict/ with the header).
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForDone } from './helpers.ts';

// a chunk named after a language and its 8-character hash alone (the documents): the dictionaries' shared and panel
// chunks (en-always-…, zh-panels-…, en-panels-…) are named after their modules and are not counted
const docChunk = /\/assets\/(zh|en)-[\w-]{8}\.js$/;

async function openDoc(page: Page) {
  await page.getByTestId('model-doc').locator('summary').click();
  await expect(page.getByTestId('model-doc-text')).toBeVisible();
}

test('in Chinese: a document with headings, tables and Chinese text, loaded on first opening', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (docChunk.test(r.url())) fetched.push(r.url());
  });
  await page.goto('./');
  await waitForDone(page);
  expect(fetched).toEqual([]); // not part of the start

  await openDoc(page);
  const doc = page.getByTestId('model-doc-text');
  await expect(doc).toHaveAttribute('lang', 'zh-CN');
  await expect(doc.locator('h2')).toHaveText('模型说明');
  await expect(doc.getByRole('heading', { name: '§4 用地与厂房的约束' })).toBeVisible();
  await expect(doc.getByRole('heading', { name: '政策杠杆' })).toBeVisible();
  expect(await doc.locator('h3').count()).toBeGreaterThanOrEqual(20);
  expect(await doc.locator('table').count()).toBeGreaterThanOrEqual(10);
  // the lever table: Chinese headers and the plan's own words, numbers right-aligned by class
  const levers = doc.locator('table', { has: page.locator('th', { hasText: '政策杠杆' }) });
  await expect(levers.locator('tbody tr')).toHaveCount(11);
  await expect(levers.locator('td', { hasText: '新开发工业用地' })).toBeVisible();
  expect(
    await levers
      .locator('td.num')
      .first()
      .evaluate((td) => getComputedStyle(td).textAlign),
  ).toBe('right');
  await expect(doc).toContainText('用地与厂房是约束，而不是乘数');
  // no developer comment, no Markdown syntax, nothing left in English prose
  const text = (await doc.textContent()) ?? '';
  expect(text).not.toMatch(/<!--|Edit the template|^#+ /m);
  expect(text).not.toContain('The model');
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/\/zh-/);
});

test('a § link scrolls to its section and focuses it, and the page hash stays as it was', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  const hash = await page.evaluate(() => location.hash);
  await openDoc(page);
  const doc = page.getByTestId('model-doc-text');
  const target = doc.locator('#model-doc-s4-2');
  await expect(target).toContainText('§4.2 用地与厂房的挤占');
  await doc.locator('a[href="#model-doc-s4-2"]').first().click();
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  expect(await page.evaluate(() => location.hash)).toBe(hash);
  // by keyboard too
  const s1 = doc.locator('a[href="#model-doc-s1"]').first();
  await s1.focus();
  await page.keyboard.press('Enter');
  await expect(doc.locator('#model-doc-s1')).toBeFocused();
  await expect(doc.locator('#model-doc-s1')).toBeInViewport();
});

test('switching the language while it is open shows the other edition, the same anchors in it', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  await openDoc(page);
  const doc = page.getByTestId('model-doc-text');
  await expect(doc.locator('h2')).toHaveText('模型说明');
  await page.getByTestId('lang-toggle').click();
  await expect(doc.locator('h2')).toHaveText('The model');
  await expect(doc).toHaveAttribute('lang', 'en');
  await expect(doc.getByRole('heading', { name: 'Levers', exact: true })).toBeVisible();
  await expect(doc.locator('#model-doc-s4-2')).toContainText('§4.2 Crowding on land and space');
  await expect(page.getByTestId('model-doc').locator('summary')).toHaveText(
    'The model (equations, parameters and their sources)',
  );
  await page.getByTestId('lang-toggle').click();
  await expect(doc.locator('h2')).toHaveText('模型说明');
});

test('under the strict CSP header, both editions open with no policy violation', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`),
    );
  });
  const consoleCsp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) consoleCsp.push(m.text());
  });
  const response = await page.goto(new URL('/strict/', baseURL).href);
  expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self'/);
  await waitForDone(page);
  await openDoc(page);
  const doc = page.getByTestId('model-doc-text');
  await expect(doc.locator('table').first()).toBeVisible();
  await page.getByTestId('lang-toggle').click();
  await expect(doc.locator('h2')).toHaveText('The model');
  await doc.locator('a[href="#model-doc-s4-2"]').first().click();
  expect(await doc.locator('[style]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(consoleCsp).toEqual([]);
});
