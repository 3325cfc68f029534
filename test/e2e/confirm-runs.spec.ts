import { expect, test } from '@playwright/test';
import { encodeShareLink } from '../../src/scenario/share-link.ts';
import { loadScenario } from '../helpers.ts';
import { waitForDone } from './helpers.ts';

const plan = loadScenario('plan.json');
const link = (runs: number) => '#' + encodeShareLink({ ...plan, runs, levers: { ...plan.levers, fund: 17 } });

test('a link asking for 10,000,000 runs asks first, and runs nothing before the visitor agrees', async ({
  page,
}) => {
  await page.goto('./' + link(10_000_000));
  const confirm = page.getByTestId('confirm-runs');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('10,000,000');
  const status = page.getByTestId('run-status');
  // nothing has run, and nothing starts while the question stands
  await page.waitForTimeout(1500);
  await expect(status).toHaveAttribute('data-state', 'idle');
  await expect(status).toHaveAttribute('data-run-id', '0');

  await page.getByTestId('confirm-runs-yes').click();
  await expect(confirm).toHaveCount(0);
  await expect(status).toHaveAttribute('data-state', 'running');
  await expect(status).toContainText('/ 10,000,000');
  await expect(page.getByTestId('runs')).toHaveValue('10000000');
  await expect(page.getByTestId('lever-fund')).toHaveValue('17');
  await page.getByTestId('run-stop').click(); // enough: it ran because the visitor agreed
  await expect(status).toHaveAttribute('data-state', 'stopped');
});

test('declining opens the same scenario with 20,000 runs', async ({ page }) => {
  await page.goto('./' + link(5_000_000));
  await expect(page.getByTestId('confirm-runs')).toBeVisible();
  await page.getByTestId('confirm-runs-no').click();
  await waitForDone(page);
  await expect(page.getByTestId('confirm-runs')).toHaveCount(0);
  await expect(page.getByTestId('runs')).toHaveValue('20000');
  await expect(page.getByTestId('lever-fund')).toHaveValue('17');
  await expect(page.getByTestId('run-status')).toContainText('20,000 / 20,000');
});

test('a link of up to 1,000,000 runs opens and runs at once', async ({ page }) => {
  await page.goto('./' + link(30_000));
  await waitForDone(page);
  await expect(page.getByTestId('confirm-runs')).toHaveCount(0);
  await expect(page.getByTestId('runs')).toHaveValue('30000');
});
