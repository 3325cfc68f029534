/**
 * The plan picker: the 2026–2030 plan opens on its own years and marks its illustrative targets, a reload keeps it,
 * its share link reopens it elsewhere with the same numbers; a plan file is imported (and a broken one refused in
 * the UI's language, naming the field); axe-core finds nothing serious with the picker and a refusal on screen.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scorecard, waitForDone } from './helpers.ts';

const NEXT = 'cq-ngit-2026-2030';
const legacy = readFileSync(new URL('../../plans/cq-ngit-2021-2025.json', import.meta.url), 'utf8');

/** A copy of the 2021–2025 plan under an id of its own, with another output target. */
function copyOfLegacy(id: string, output: number) {
  const p = JSON.parse(legacy) as Record<string, unknown> & { targets: { output: { value: number } } };
  p.id = id;
  p.targets.output.value = output;
  return p;
}
const asFile = (name: string, json: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(json, null, 2)),
});

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the app in Chinese and types a land value (work that a switch of plan must not lose). */
async function start(page: Page, land: string) {
  await page.addInitScript(() => localStorage.setItem('ngit-sim.lang', 'zh'));
  await page.goto('./');
  await waitForDone(page);
  await page.getByTestId('lever-land').fill(land);
  await page.getByTestId('lever-land').press('Enter');
  await waitForDone(page, 1);
}

async function choose(page: Page, id: string) {
  const before = Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
  await page.getByTestId('plan').selectOption(id);
  await waitForDone(page, before);
}

test('the 2026–2030 plan: its years, illustrative targets, a reload and a share link keep it', async ({
  page,
  browser,
}) => {
  await start(page, '1234');
  // the default plan is 2021–2025
  await expect(page.getByTestId('plan')).toHaveValue('cq-ngit-2021-2025');
  await expect(page.getByTestId('scorecard')).toContainText('2025年目标');
  await expect(page.locator('[data-testid^="target-illustrative-"]')).toHaveCount(0);
  // its base is published: the fans' points are the 2020 figures
  await expect(page.getByTestId('legend-observed')).toHaveText('2020年实际值');
  await expect(page.getByTestId('legend-estimated')).toHaveCount(0);
  // the 2021–2025 plan runs on the ex-ante calibration, the 2026–2030 plan on the re-based one
  await expect(page.getByTestId('plan-calibration')).toContainText('事前校准');

  await choose(page, NEXT);
  await expect(page.getByTestId('plan-calibration')).toContainText('重新校准');
  // its base is estimated (drawn within a band): the points and the legend say so, never "actual"
  await expect(page.getByTestId('legend-estimated')).toContainText('2025年估计值');
  await expect(page.getByTestId('legend-observed')).toHaveCount(0);
  await expect(page.getByTestId('fan-legend')).not.toContainText('实际');
  await expect(page.getByTestId('estimated-output')).toHaveCount(1);
  await expect(page.getByTestId('fan-output').locator('desc')).toContainText('2025年估计值');
  // the base year's point in the tooltip and the slider's words
  const slider = page.getByRole('slider', { name: /^产业规模（产值）/ }).first();
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    /2025年估计值 [\d,]+ 亿元（未公布，抽取区间 [\d,]+–[\d,]+ 亿元）/,
  );
  await expect(page.locator('.fan .tooltip').first()).toContainText('2025年估计值');
  await slider.blur();
  await expect(page.getByTestId('scorecard')).toContainText('2030年目标');
  await expect(page.getByTestId('scorecard')).toContainText('2030年中位数');
  await expect(page.getByTestId('target-illustrative-output')).toContainText('示意 — 可自行设定');
  await expect(page.getByTestId('preset')).toHaveValue('plan');
  await expect(page.getByTestId('preset').locator('option')).toHaveText(['规划情景', '无新增政策']);
  // the typed work is one click away
  await expect(page.getByTestId('restored-notice')).toBeVisible();
  await page.getByTestId('undo').click();
  await waitForDone(page);
  await expect(page.getByTestId('plan')).toHaveValue('cq-ngit-2021-2025');
  await expect(page.getByTestId('lever-land')).toHaveValue('1234');
  await page.getByTestId('redo').click();
  await waitForDone(page);
  await expect(page.getByTestId('plan')).toHaveValue(NEXT);
  const numbers = await scorecard(page);

  await page.reload();
  await waitForDone(page);
  await expect(page.getByTestId('plan')).toHaveValue(NEXT);
  expect(await scorecard(page)).toEqual(numbers);

  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const fresh = await other.newPage();
  await fresh.addInitScript(() => localStorage.setItem('ngit-sim.lang', 'zh'));
  await fresh.goto(url);
  await waitForDone(fresh);
  await expect(fresh.getByTestId('plan')).toHaveValue(NEXT);
  expect(await scorecard(fresh)).toEqual(numbers);
  await other.close();
});

test('import a plan file; a broken one is refused in Chinese, naming the field, and nothing is lost', async ({
  page,
  browser,
}) => {
  await start(page, '1111');

  // broken: no base year, a target year before it
  const broken = copyOfLegacy('my-zone', 4000) as Record<string, unknown>;
  delete broken.baseYear;
  broken.endYear = 2019;
  await page.getByTestId('plan-file').setInputFiles(asFile('broken.json', broken));
  const banner = page.getByTestId('error-banner');
  await expect(banner).toHaveAttribute('data-kind', 'plan');
  await expect(banner).toContainText('规划文件“broken.json”未通过校验，未导入（当前工作未改动）');
  await expect(banner.getByTestId('error-detail')).toContainText('baseYear：缺少此字段');
  await expect(page.getByTestId('lever-land')).toHaveValue('1111');
  await expect(page.getByTestId('plan').locator('option')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  // the refusal follows a switch of language
  await page.getByTestId('lang-toggle').click();
  await expect(banner.getByTestId('error-detail')).toContainText('baseYear: missing');
  await page.getByTestId('lang-toggle').click();

  // a good copy of the 2021–2025 plan with another output target
  const before = Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
  await page.getByTestId('plan-file').setInputFiles(asFile('my-zone.json', copyOfLegacy('my-zone', 4000)));
  await waitForDone(page, before);
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await expect(page.getByTestId('plan')).toHaveValue('my-zone');
  await expect(page.getByTestId('plan-status')).toContainText('my-zone');
  await expect(page.getByTestId('scorecard')).toContainText('≥ 4000亿元');
  // the cost line greys out while it computes (as test/e2e/a11y.spec.ts waits for it too)
  await expect(page.getByTestId('cost-effect')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);
  const numbers = await scorecard(page);

  // kept: a reload opens on it again
  await page.reload();
  await waitForDone(page);
  await expect(page.getByTestId('plan')).toHaveValue('my-zone');
  expect(await scorecard(page)).toEqual(numbers);

  // its link carries the plan: a browser that never saw it opens it with the same numbers
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const fresh = await other.newPage();
  await fresh.goto(url);
  await waitForDone(fresh);
  await expect(fresh.getByTestId('plan')).toHaveValue('my-zone');
  expect(await scorecard(fresh)).toEqual(numbers);
  await other.close();
});

test('the plan picker is reachable by keyboard and labelled', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  const picker = page.getByLabel('规划', { exact: true });
  await expect(picker).toHaveAttribute('data-testid', 'plan');
  await picker.focus();
  const before = Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
  await page.keyboard.press('ArrowDown');
  await waitForDone(page, before);
  await expect(picker).toHaveValue(NEXT);
  await expect(page.getByTestId('scorecard')).toContainText('2030');
});

test('an imported plan can be removed by keyboard, after a yes; the open work is one undo away', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('ngit-sim.lang', 'zh'));
  await page.goto('./');
  await waitForDone(page);
  // the bundled plans have no remove button: there is no list until a plan is imported
  await expect(page.getByTestId('plan-kept')).toHaveCount(0);
  let before = Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
  await page.getByTestId('plan-file').setInputFiles(asFile('zone-r.json', copyOfLegacy('zone-r', 4200)));
  await waitForDone(page, before);
  await expect(page.getByTestId('plan')).toHaveValue('zone-r');
  before = Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
  await page.getByTestId('lever-land').fill('1777');
  await page.getByTestId('lever-land').press('Enter');
  await waitForDone(page, before);

  const kept = page.getByTestId('plan-kept');
  await expect(kept.locator('button')).toHaveCount(1);
  await expect(kept.locator('[data-testid^="plan-remove-cq-"]')).toHaveCount(0);
  await kept.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-remove-zone-r')).toHaveAccessibleName(
    /^从本浏览器移除规划“.+”（zone-r，版本 1\.0\.0）$/,
  );
  // asked first; No keeps it
  await page.getByTestId('plan-remove-zone-r').focus();
  await page.keyboard.press('Enter');
  await expect(kept).toContainText('从本浏览器移除“');
  await expect(page.getByTestId('plan-remove-confirm')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('plan-remove-cancel')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-remove-zone-r')).toBeFocused();
  await expect(page.getByTestId('plan')).toHaveValue('zone-r');

  // Yes: the default plan opens, the typed work is kept
  before = Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await waitForDone(page, before);
  await expect(page.getByTestId('plan')).toHaveValue('cq-ngit-2021-2025');
  await expect(page.getByTestId('plan').locator('option')).toHaveCount(2);
  await expect(page.getByTestId('plan-kept')).toHaveCount(0);
  await expect(page.getByTestId('plan-status')).toContainText('已从本浏览器移除规划');
  await expect(page.getByTestId('plan')).toBeFocused();
  await expect(page.getByTestId('restored-notice')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // the English words
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('plan-status')).toContainText('Removed the plan');
  await page.getByTestId('lang-toggle').click();

  // one undo brings the plan and the work on it back, and keeps the plan again (a reload holds it)
  await page.getByTestId('undo').click();
  await waitForDone(page);
  await expect(page.getByTestId('plan')).toHaveValue('zone-r');
  await expect(page.getByTestId('lever-land')).toHaveValue('1777');
  await expect(page.getByTestId('scorecard')).toContainText('≥ 4200亿元');
  await expect(page.getByTestId('plan-kept')).toHaveCount(1);
  await page.reload();
  await waitForDone(page);
  await expect(page.getByTestId('plan')).toHaveValue('zone-r');
  await expect(page.getByTestId('lever-land')).toHaveValue('1777');
});
