/**
 * Targets, base figures and period levers edited in the app (issue 19, items 5 and 6): an edited target, base
 * figure and period lever move the numbers, travel in a share link to a fresh browser with the same numbers, survive
 * a reload and are undone one by one; the 2026–2030 plan opens from a link with its illustrative targets and
 * estimated base. Screenshots in zh and en, at 768 px and in presenter mode; axe-core clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeShareLink } from '../../src/scenario/share-link.ts';
import { scorecard, seriousViolations, setAndRun, waitForDone } from './helpers.ts';
import { scenario2026 } from '../scenario-2026.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

const runId = async (page: Page) => Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
const pmeet = async (page: Page, ind: string) =>
  Number(await page.getByTestId(`pmeet-${ind}`).getAttribute('data-value'));

/** Clicks undo and waits for the run it starts. */
async function undo(page: Page) {
  const before = await runId(page);
  await page.getByTestId('undo').click();
  return waitForDone(page, before);
}

test('a target, a base figure and a period lever: P(meet) follows, a link reopens them with the same numbers, reload keeps them, undo takes each back', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await waitForDone(page);
  await setAndRun(page, 'runs', '2000');
  const plain = await scorecard(page);
  const firmsBefore = await pmeet(page, 'firms');

  // a target: 60 firms instead of the plan's 100 — easier, so its chance rises
  await setAndRun(page, 'target-firms', '60');
  expect(await pmeet(page, 'firms')).toBeGreaterThan(firmsBefore);
  await expect(page.getByTestId('target-changed-firms')).toContainText('已修改');
  await expect(page.getByTestId('target-changed-firms')).toContainText('≥ 100家');
  await expect(page.locator('.preset .tag')).toHaveText('已修改');
  // a refused target keeps the last valid value and says why, in the UI's language
  await page.getByTestId('target-va_ratio').fill('150');
  await expect(page.getByTestId('target-error-va_ratio')).toContainText('超出允许范围 0—100');
  await page.getByTestId('target-va_ratio').fill('10');
  await page.getByTestId('target-va_ratio').press('Enter');
  await expect(page.getByTestId('target-error-va_ratio')).toHaveCount(0);
  await expect(page.getByTestId('target-changed-va_ratio')).toHaveCount(0);

  // a base figure: 2020 output 2000 亿元 instead of 2259.3 — a lower start, so the output target is harder
  const outputBefore = await pmeet(page, 'output');
  await setAndRun(page, 'base-output', '2000');
  expect(await pmeet(page, 'output')).toBeLessThan(outputBefore);
  await expect(page.getByTestId('base-status-output')).toHaveText('用户输入');
  await expect(page.getByTestId('base-row-output')).toContainText('规划文件：2259.3亿元');
  await page.getByTestId('base-firms').fill('2');
  await expect(page.getByTestId('base-error-firms')).toBeVisible();
  await page.getByTestId('base-firms').press('Escape');

  // a period lever: land split by period, more land in the outlook only
  const cost = await page.getByTestId('cost-per-year').textContent();
  await page.getByTestId('lever-periods-land').click();
  await expect(page.getByTestId('lever-land-p0')).toHaveValue('830');
  await expect(page.getByTestId('lever-land-p1')).toHaveValue('830');
  await expect(page.getByTestId('lever-box-land')).toContainText('展望期 2026—2035');
  await setAndRun(page, 'lever-land-p1', '1500');
  await expect(page.getByTestId('lever-land-p0')).toHaveValue('830');
  await expect(page.getByTestId('lever-periods-land')).toBeDisabled();
  // the cost a year now differs by period, and each period is named
  await expect(page.getByTestId('cost-per-year')).toHaveCount(0);
  await expect(page.getByTestId('cost-per-year-p1')).toContainText('展望期 2026—2035');
  expect(cost).not.toBe(await page.getByTestId('cost-per-year-p1').textContent());

  const edited = await scorecard(page);
  expect(edited).not.toEqual(plain);

  // the link, opened in a fresh browser: the same edits, the same numbers
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const fresh = await other.newPage();
  await fresh.goto(url);
  await waitForDone(fresh);
  await expect(fresh.getByTestId('error-banner')).toHaveCount(0);
  await expect(fresh.getByTestId('target-firms')).toHaveValue('60');
  await expect(fresh.getByTestId('target-changed-firms')).toBeVisible();
  await expect(fresh.getByTestId('base-output')).toHaveValue('2000');
  await expect(fresh.getByTestId('lever-land-p1')).toHaveValue('1500');
  expect(await scorecard(fresh)).toEqual(edited);
  await other.close();

  // a reload keeps them
  await page.reload();
  await waitForDone(page);
  await expect(page.getByTestId('target-firms')).toHaveValue('60');
  await expect(page.getByTestId('base-output')).toHaveValue('2000');
  await expect(page.getByTestId('lever-land-p1')).toHaveValue('1500');
  expect(await scorecard(page)).toEqual(edited);

  // undo each edit, the last first, each named in the note
  await undo(page);
  await expect(page.getByTestId('undo-note')).toContainText('展望期 2026—2035');
  await expect(page.getByTestId('lever-land')).toHaveValue('830');
  await undo(page);
  await expect(page.getByTestId('undo-note')).toContainText('基数');
  await expect(page.getByTestId('base-output')).toHaveValue('2259.3');
  await expect(page.getByTestId('base-status-output')).toHaveText('已公布');
  await undo(page);
  await expect(page.getByTestId('undo-note')).toContainText('目标');
  await expect(page.getByTestId('target-firms')).toHaveValue('100');
  await expect(page.getByTestId('target-changed-firms')).toHaveCount(0);
  expect(await scorecard(page)).toEqual(plain);
});

test('resets: one target, all targets, one base figure; the scenario is the plan again', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  await setAndRun(page, 'runs', '1000');
  const plain = await scorecard(page);
  await setAndRun(page, 'target-output', '3000');
  await setAndRun(page, 'target-patent_cagr', '5');
  // the direction flips: at most 5 % a year
  let id = await runId(page);
  await page.getByTestId('target-dir-patent_cagr').selectOption('atMost');
  await waitForDone(page, id);
  await expect(page.getByTestId('target-changed-patent_cagr')).toContainText('≥ 10%');
  id = await runId(page);
  await page.getByTestId('target-reset-output').click();
  await waitForDone(page, id);
  await expect(page.getByTestId('target-output')).toHaveValue('3500');
  id = await runId(page);
  await page.getByTestId('targets-reset-all').click();
  await waitForDone(page, id);
  await expect(page.getByTestId('target-patent_cagr')).toHaveValue('10');
  await expect(page.getByTestId('target-dir-patent_cagr')).toHaveValue('atLeast');
  await setAndRun(page, 'base-firms', '40');
  id = await runId(page);
  await page.getByTestId('base-reset-firms').click();
  await waitForDone(page, id);
  await expect(page.getByTestId('base-firms')).toHaveValue('36');
  await expect(page.locator('.preset .tag')).toHaveCount(0);
  expect(await scorecard(page)).toEqual(plain);
});

/** A scenario on the 2026–2030 plan from its 2025 base, as a share link the app would make. */
const link2026 = () => encodeShareLink(scenario2026());

test('the 2026–2030 plan opens from a link: illustrative targets with their rule, an estimated base that a typed figure fixes', async ({
  page,
}) => {
  await page.goto(`./#${link2026()}`);
  await waitForDone(page);
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await expect(page.locator('#score-title')).toContainText('2030');
  const illus = page.getByTestId('target-illustrative-output_cagr');
  await expect(illus).toHaveText(/示意 — 可自行设定/);
  await illus.focus();
  await expect(page.locator('#target-rule-output_cagr')).toBeVisible();
  await expect(page.locator('#target-rule-output_cagr')).toContainText('10%');
  await expect(page.getByTestId('base-status-output')).toHaveText('估计');
  await expect(page.getByTestId('base-row-output')).toContainText('估计区间');
  const before = await scorecard(page);
  await setAndRun(page, 'base-output', '3104.6');
  await expect(page.getByTestId('base-status-output')).toHaveText('用户输入');
  await expect(page.getByTestId('base-fixed-output')).toContainText('按固定值计算');
  // the median of the band, fixed: no longer drawn per path, so the numbers move
  expect(await scorecard(page)).not.toEqual(before);
  // a target typed over an illustrative one is the user's
  await setAndRun(page, 'target-output_cagr', '8');
  await expect(page.getByTestId('target-illustrative-output_cagr')).toHaveCount(0);
  await expect(page.getByTestId('target-changed-output_cagr')).toContainText('≥ 10%');
  // a period lever: the 2026–2030 plan's periods
  await page.getByTestId('lever-periods-talent').click();
  await expect(page.getByTestId('lever-box-talent')).toContainText('规划期 2026—2030');
  await setAndRun(page, 'lever-talent-p0', '4');
  await expect(page.getByTestId('cost-per-year-p0')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const lang of ['zh', 'en'] as const) {
  test(`screenshots of the edited scorecard and the period control (${lang}), 768 px and presenter mode; axe-core clean`, async ({
    page,
  }) => {
    await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('./');
    await waitForDone(page);
    await setAndRun(page, 'runs', '1000');
    await setAndRun(page, 'target-firms', '60');
    await setAndRun(page, 'base-output', '2000');
    await page.getByTestId('lever-periods-fund').click();
    await setAndRun(page, 'lever-fund-p1', '30');
    await page.getByTestId('lever-periods-fund_chips').click();
    await setAndRun(page, 'lever-fund_chips-p1', '55');
    await expect(page.getByTestId('fund-sum-1')).toContainText('100');
    // the honest cost in, so nothing on the page is faded while it updates
    await expect(page.getByTestId('cost-effect')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('scorecard').screenshot({ path: `screenshots/${lang}-768-edited-scorecard.png` });
    await page.getByTestId('lever-box-fund').screenshot({ path: `screenshots/${lang}-768-period-fund.png` });
    await page.getByTestId('base-panel').screenshot({ path: `screenshots/${lang}-768-base-panel.png` });
    await page.getByTestId('cost-line').screenshot({ path: `screenshots/${lang}-768-cost-line.png` });

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('presenter-toggle').click();
    await expect(page.getByTestId('presenter-status')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('target-changed-firms')).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(720);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `screenshots/${lang}-presenter-edited.png` });
  });
}
