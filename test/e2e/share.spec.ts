import { expect, test, type Page } from '@playwright/test';
import { packLink, scorecard, setAndRun, unpackLink, waitForDone } from './helpers.ts';
import { MODEL_VERSION } from '../../src/model/version.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

/** A valid link's compact form, made by the app itself. */
async function copyLink(page: Page): Promise<string> {
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/\/sub\/path\/#s=[A-Za-z0-9_-]+$/);
  return url;
}

test('a copied link opens the same scenario, with the same numbers, in a fresh browser', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await waitForDone(page);
  await setAndRun(page, 'runs', '5000');
  await setAndRun(page, 'seed', 'workshop-7');
  await setAndRun(page, 'lever-fund', '17.5');
  await setAndRun(page, 'lever-fund_chips', '55');
  await page.getByTestId('assumptions-toggle').click();
  await page.getByTestId('assume-edit-neighbour_pull').click();
  const id = Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
  await page.getByTestId('assume-neighbour_pull-hi').fill('55');
  await waitForDone(page, id);
  const url = await copyLink(page);
  await expect(page.getByTestId('share-status')).toHaveAttribute('data-copied', 'true');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await waitForDone(page);
  const here = await scorecard(page);

  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const fresh = await other.newPage();
  await fresh.goto(url);
  await waitForDone(fresh);
  await expect(fresh.getByTestId('error-banner')).toHaveCount(0);
  await expect(fresh.getByTestId('version-notice')).toHaveCount(0);
  await expect(fresh.getByTestId('lever-fund')).toHaveValue('17.5');
  await expect(fresh.getByTestId('lever-fund_chips')).toHaveValue('55');
  await expect(fresh.getByTestId('runs')).toHaveValue('5000');
  await expect(fresh.getByTestId('seed')).toHaveValue('workshop-7');
  await expect(fresh.getByTestId('preset')).toHaveValue('__custom');
  await fresh.getByTestId('assumptions-toggle').click();
  await expect(fresh.getByTestId('assume-text-neighbour_pull')).toContainText('10—55');
  expect(await scorecard(fresh)).toEqual(here);
  await fresh.screenshot({ path: 'screenshots/zh-opened-link.png' });
  await other.close();
});

test('without a clipboard the link is shown in a field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await page.goto('./');
  await waitForDone(page);
  const url = await copyLink(page);
  await expect(page.getByTestId('share-status')).toHaveAttribute('data-copied', 'false');
  await expect(page.getByTestId('share-status')).toContainText('手动复制');
  expect(unpackLink(new URL(url).hash).m).toBeTruthy();
});

test('every kind of broken link shows the banner, replaces nothing and touches nothing saved', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('./');
  await waitForDone(page);
  // something saved first
  await setAndRun(page, 'lever-fund', '22');
  await page.getByTestId('saved-toggle').click();
  await page.getByTestId('saved-name').fill('我的基金方案');
  await page.getByTestId('saved-save').click();
  await expect(page.getByTestId('saved-item')).toHaveCount(1);
  const stored = await page.evaluate(() => localStorage.getItem('ngit-sim.saved'));
  expect(stored).toContain('我的基金方案');

  const good = unpackLink(new URL(await copyLink(page)).hash);
  const base = page.url().split('#')[0];
  const levers = good.l as number[];
  const cases: [string, string, RegExp][] = [
    ['truncated', (await copyLink(page)).split('#')[1].slice(0, 40), /bad-encoding|bad-compression|bad-json/],
    ['bad base64', 's=@@not*base64!!', /bad-encoding/],
    ['valid JSON, wrong fields', packLink({ hello: 'world', f: 2 }), /invalid/],
    ['out of range', packLink({ ...good, l: [99999, ...levers.slice(1)] }), /invalid/],
    // longer than any link, even one that carries its plan (MAX_PLAN_LINK_CHARS)
    ['huge payload', 's=' + 'A'.repeat(130_000), /too-long/],
    ['decompression bomb', packLink({ ...good, i: 'x'.repeat(200_000) }), /too-large/],
    [
      'script in the name',
      packLink({
        ...good,
        n: [
          '<script>window.__pwned = 1; alert(1)</script>',
          '<img src=x onerror="window.__pwned=1;alert(2)">',
        ],
      }),
      /markup/,
    ],
  ];
  for (const [what, hash, code] of cases) {
    await test.step(what, async () => {
      await page.goto('about:blank');
      await page.goto(`${base}#${hash}`);
      const banner = page.getByTestId('error-banner');
      await expect(banner).toBeVisible();
      expect(await banner.getAttribute('data-code')).toMatch(code);
      await expect(banner).toContainText('分享链接无法打开');
      await expect(banner).toContainText('屏幕上的情景没有改变');
      // the tab's work is what it was (the fund of 22 saved above), not replaced by the plan
      await expect(page.getByTestId('preset')).toHaveValue('plan');
      await expect(page.getByTestId('lever-fund')).toHaveValue('22');
      await waitForDone(page);
      expect(await page.evaluate(() => localStorage.getItem('ngit-sim.saved'))).toBe(stored);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });
  }
  // the out-of-range case names the field; the same banner in English on a hashchange
  await page.getByTestId('lang-toggle').click();
  await page.evaluate((h) => (location.hash = h), cases[3][1]);
  await expect(page.getByTestId('error-banner')).toContainText('could not be opened');
  await expect(page.getByTestId('error-detail')).toContainText('New industrial land');
  await page.screenshot({
    path: 'screenshots/en-broken-link.png',
    clip: { x: 0, y: 0, width: 1280, height: 330 },
  });
  expect(dialogs).toEqual([]);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('a link made with an older model version opens with a notice of what changed', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  const good = unpackLink(new URL(await copyLink(page)).hash);
  const old = packLink({ ...good, m: '0.9.0', l: [900, ...(good.l as number[]).slice(1)] });
  await page.goto('about:blank');
  await page.goto(`./#${old}`);
  const notice = page.getByTestId('version-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('0.9.0');
  await expect(notice).toContainText('1.0.0');
  await expect(notice).toContainText('四部门蒙特卡洛模型');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await expect(page.getByTestId('lever-land')).toHaveValue('900');
  await waitForDone(page);
  await page.getByTestId('lang-toggle').click();
  await expect(notice).toContainText('four-sector Monte Carlo model');
});

for (const made of ['9.9.9', 'dev-build'] as const) {
  test(`a link made with ${made === '9.9.9' ? 'a newer' : 'an unknown'} model version says so and lists no history as changes since`, async ({
    page,
  }) => {
    await page.goto('./');
    await waitForDone(page);
    const good = unpackLink(new URL(await copyLink(page)).hash);
    const link = packLink({ ...good, m: made, l: [900, ...(good.l as number[]).slice(1)] });
    await page.goto('about:blank');
    await page.goto(`./#${link}`);
    const notice = page.getByTestId('version-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('data-kind', made === '9.9.9' ? 'newer' : 'unknown');
    await expect(notice).toContainText(made);
    await expect(notice).toContainText(made === '9.9.9' ? '更新的模型' : '不是本应用认识的版本');
    await expect(notice).toContainText('可能无法读取其中的全部内容');
    await expect(notice).toContainText('数字也可能与生成时不同');
    // this model's own history is not news to a link from after it
    await expect(notice).not.toContainText('此后的变化');
    await expect(notice.locator('li')).toHaveCount(0);
    await expect(notice).not.toContainText('四部门蒙特卡洛模型');
    // the scenario opens all the same
    await expect(page.getByTestId('lever-land')).toHaveValue('900');
    await waitForDone(page);
    await page.getByTestId('lang-toggle').click();
    await expect(notice).toContainText(made === '9.9.9' ? 'made with a newer model' : 'does not know');
    await expect(notice).toContainText('may not read all of it');
    await expect(notice).toContainText('numbers may differ');
    await expect(notice).not.toContainText('Changes since');
    await notice.screenshot({ path: `screenshots/version-${made}.en.png` });
  });
}

test('a saved scenario survives a reload and a bad link; rename and delete work', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await setAndRun(page, 'lever-talent', '6');
  await page.getByTestId('saved-toggle').click();
  await page.getByTestId('saved-name').fill('人才加码');
  await page.getByTestId('saved-name').press('Enter');
  await expect(page.getByTestId('saved-name-text')).toHaveText(['人才加码']);

  await page.reload();
  await waitForDone(page);
  // the tab's work comes back after a reload (saved, so without a notice); Reload brings the plan back
  await expect(page.getByTestId('lever-talent')).toHaveValue('6');
  await expect(page.getByTestId('restored-notice')).toHaveCount(0);
  await page.getByRole('button', { name: '重新载入' }).click();
  await expect(page.getByTestId('lever-talent')).toHaveValue('2');
  await page.goto('./#s=broken');
  await expect(page.getByTestId('error-banner')).toBeVisible();
  await expect(page.getByTestId('lever-talent')).toHaveValue('2');
  await page.getByTestId('saved-toggle').click();
  await expect(page.getByTestId('saved-name-text')).toHaveText(['人才加码']);
  await page.getByTestId('saved-load').click();
  await expect(page.getByTestId('lever-talent')).toHaveValue('6');
  await expect(page.getByTestId('preset')).toHaveValue('__custom');
  await waitForDone(page);

  await page.getByTestId('saved-rename').click();
  await page.getByTestId('saved-rename-input').fill('人才 6 亿元');
  await page.getByTestId('saved-rename-ok').click();
  await expect(page.getByTestId('saved-name-text')).toHaveText(['人才 6 亿元']);
  await page.reload();
  await page.getByTestId('saved-toggle').click();
  await expect(page.getByTestId('saved-name-text')).toHaveText(['人才 6 亿元']);
  await page.getByTestId('saved-delete').click();
  await page.getByTestId('saved-delete-confirm').click();
  await expect(page.getByTestId('saved-item')).toHaveCount(0);
});

test('storage that is full or blocked is reported, not fatal', async ({ page }) => {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === 'ngit-sim.saved') throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('saved-toggle').click();
  await page.getByTestId('saved-name').fill('x');
  await page.getByTestId('saved-save').click();
  await expect(page.getByTestId('storage-error')).toContainText('存储空间已满');
  await expect(page.getByTestId('saved-item')).toHaveCount(0);
  // the app goes on working
  await setAndRun(page, 'lever-fund', '12');
});

test('a bad scenario file is refused with its reasons; a good one is imported', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  const input = page.getByTestId('import-file');
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'ngit-scenario/1', id: 'x', levers: { land: -5 } })),
  });
  await expect(page.getByTestId('error-banner')).toContainText('bad.json');
  // the reasons in the reader's language, naming the fields in words
  await expect(page.getByTestId('error-detail')).toContainText('情景名称：缺少此项');
  await expect(page.getByTestId('preset')).toHaveValue('plan');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-scenario').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  const scenario = JSON.parse(text);
  expect(scenario.format).toBe('ngit-scenario/1');
  expect(scenario.model).toBe(MODEL_VERSION);
  scenario.levers.land = 1200;
  scenario.name = { zh: '导入的情景', en: 'Imported' };
  await input.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await expect(page.getByTestId('lever-land')).toHaveValue('1200');
  await expect(page.getByTestId('preset').locator('option:checked')).toContainText('导入的情景');
});
