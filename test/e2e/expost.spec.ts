/**
 * The ex-post check panel: opened from its disclosure (loaded lazily), the ten targets of the 2021–2025 plan with
 * "not published — enter yours", a typed value gives a verdict and a percentile and is marked as the user's, a bad
 * value is refused with a message, a reload keeps the value, clearing it gives "unknown" again; the calibration list
 * and its summary; both languages, axe-clean, 768 px wide; a plan after the record says there is no record yet.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForDone } from './helpers.ts';
import { defaultLevers } from '../../src/model/inputs.ts';
import { planModel } from '../../src/model/plan.ts';
import { bundledPlan } from '../../src/scenario/plans.ts';
import { encodeShareLink } from '../../src/scenario/share-link.ts';
import { SCENARIO_FORMAT, type Scenario } from '../../src/scenario/schema.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

const SHOTS = process.env.SHOTS_DIR;

async function serious(page: Page) {
  const r = await new AxeBuilder({ page }).include('[data-testid="expost"]').analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openPanel(page: Page) {
  await page.getByTestId('expost-open').click();
  const panel = page.getByTestId('expost-panel');
  await expect(panel).toBeVisible();
  return panel;
}

test('the ex-post check of the 2021–2025 plan: enter a value, see the verdict, reload keeps it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 768, height: 1000 });
  await page.goto('./');
  await waitForDone(page);
  // not loaded until opened
  await expect(page.getByTestId('expost-panel')).toHaveCount(0);
  const panel = await openPanel(page);
  await expect(panel).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  await expect(panel).toContainText('事后检验');
  const rows = page.getByTestId('expost-targets').locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(page.getByTestId('expost-tr-firms')).toHaveAttribute('data-verdict', 'unknown');
  await expect(page.getByTestId('expost-none-firms')).toHaveText('未公布——请填入您的数值');
  await expect(page.getByTestId('expost-pct-firms')).toHaveText('—');

  // a bad value: refused with a message, nothing kept
  await page.getByTestId('expost-input-firms').fill('很多');
  await page.getByTestId('expost-input-firms').press('Enter');
  await expect(page.getByTestId('expost-input-firms')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('expost-tr-firms').getByRole('alert')).toHaveText('请输入数字');
  await expect(page.getByTestId('expost-tr-firms')).toHaveAttribute('data-verdict', 'unknown');

  // the keyboard: type a value and press Enter
  await page.getByTestId('expost-input-firms').fill('60');
  await page.getByTestId('expost-input-firms').press('Enter');
  await expect(page.getByTestId('expost-tr-firms')).toHaveAttribute('data-verdict', 'missed');
  await expect(page.getByTestId('expost-tr-firms')).toHaveAttribute('data-by', 'user');
  await expect(page.getByTestId('expost-verdict-firms')).toHaveText('未达成');
  await expect(page.getByTestId('expost-yours-firms')).toHaveText('您的数值');
  await expect(page.getByTestId('expost-pct-firms')).toHaveText(/^第\d+(\.\d)?百分位$/);
  await page.getByTestId('expost-input-output').fill('3600');
  await page.getByTestId('expost-input-output').press('Enter');
  await expect(page.getByTestId('expost-verdict-output')).toHaveText('达成');

  // the calibration: one row per comparable figure, the summary counting those inside
  const cal = page.getByTestId('expost-calibration').locator('tbody tr');
  const n = await cal.count();
  expect(n).toBeGreaterThan(0);
  const inside = await page.getByTestId('expost-calibration').locator('tbody tr[data-inside="true"]').count();
  await expect(page.getByTestId('expost-cal-summary')).toContainText(`${inside}/${n}个实际值`);
  expect(await serious(page)).toEqual([]);
  if (SHOTS) await panel.screenshot({ path: `${SHOTS}/zh-expost-768.png` });

  // a reload keeps the user's values (kept with the scenario)
  await page.reload();
  await waitForDone(page);
  await openPanel(page);
  await expect(page.getByTestId('expost-panel')).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  await expect(page.getByTestId('expost-input-firms')).toHaveValue('60');
  await expect(page.getByTestId('expost-tr-firms')).toHaveAttribute('data-verdict', 'missed');

  // English
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('expost-panel')).toContainText('Ex-post check');
  await expect(page.getByTestId('expost-verdict-firms')).toHaveText('missed');
  await expect(page.getByTestId('expost-yours-firms')).toHaveText('yours');
  await expect(page.getByTestId('expost-none-rd_intensity')).toHaveText('not published — enter yours');
  expect(await serious(page)).toEqual([]);
  if (SHOTS) await page.getByTestId('expost-panel').screenshot({ path: `${SHOTS}/en-expost-768.png` });

  // clear one, then all
  await page.getByTestId('expost-clear-firms').click();
  await expect(page.getByTestId('expost-tr-firms')).toHaveAttribute('data-verdict', 'unknown');
  await page.getByTestId('expost-reset').click();
  await expect(page.getByTestId('expost-tr-output')).toHaveAttribute('data-verdict', 'unknown');
  await expect(page.getByTestId('expost-reset')).toHaveCount(0);
});

test('a plan whose target year is after the record: no record yet', async ({ page }) => {
  const plan = bundledPlan('cq-ngit-2026-2030')!;
  const s: Scenario = {
    format: SCENARIO_FORMAT,
    plan: { id: plan.id, version: plan.version },
    id: 'later',
    name: { zh: '2026—2030年规划', en: 'The 2026–2030 plan' },
    description: { zh: '', en: '' },
    startYear: plan.baseYear,
    levers: defaultLevers(planModel(plan)) as Scenario['levers'],
    assumptions: {},
    pinnedPcDemand: {},
    seed: 7,
    runs: 1000,
  };
  await page.goto('./#' + encodeShareLink(s));
  await waitForDone(page);
  await openPanel(page);
  await expect(page.getByTestId('expost-panel')).toHaveAttribute('data-covers', 'false');
  await expect(page.getByTestId('expost-norecord')).toHaveText(
    /尚无记录：实际记录止于2025年，本规划的目标年为2030年/,
  );
  await expect(page.getByTestId('expost-targets')).toHaveCount(0);
});
