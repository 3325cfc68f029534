import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { main } from '../../src/cli/simulate.ts';
import { setAndRun, waitForDone } from './helpers.ts';

test('the browser and the command line give the same numbers for the same scenario, seed and runs', async ({
  page,
}, info) => {
  await page.goto('./');
  await waitForDone(page);
  // an odd count: 2,500 antithetic pairs and one unpaired run
  await setAndRun(page, 'runs', '5001');
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const browser = JSON.parse(await readFile((await d.path())!, 'utf8'));

  const out = info.outputPath('cli.json');
  await main(['--scenario', 'plan', '--runs', '5001', '--seed', '7', '--out', out, '--quiet']);
  const cli = JSON.parse(await readFile(out, 'utf8'));

  expect(browser.runs).toBe(5001);
  expect(cli.sampling).toEqual({ design: 'antithetic-pairs', pairs: 2500, unpaired: 1 });
  expect(browser.sampling).toEqual(cli.sampling);
  expect(browser.indicators).toEqual(cli.indicators);
  expect(browser.pAllTargets).toBe(cli.pAllTargets);
  expect(browser.pAllTargetsSE).toBe(cli.pAllTargetsSE);
  expect(browser.valueAdded).toEqual(cli.valueAdded);
});

test('a long run can be stopped; its partial result stays on screen', async ({ page }) => {
  await page.goto('./');
  await waitForDone(page);
  const runs = page.getByTestId('runs');
  await runs.fill('2000000');
  await runs.press('Enter');
  const status = page.getByTestId('run-status');
  await expect(status).toHaveAttribute('data-state', 'running');
  await expect(status).toContainText('/ 2,000,000');
  await page.getByTestId('run-stop').click();
  await expect(status).toHaveAttribute('data-state', 'stopped');
  // nothing runs or waits any more, so nothing can change the numbers (late batches are ignored: unit-tested)
  await expect(status).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('pmeet-output')).toHaveText(/^(\d+%|<1%|>99%)$/);
  // the page keeps working: run again
  await page.getByTestId('lever-fund').fill('12');
  await page.getByTestId('lever-fund').press('Enter');
  await expect(status).toHaveAttribute('data-state', 'running');
  await page.getByTestId('run-stop').click();
  await expect(status).toHaveAttribute('data-state', 'stopped');
});
