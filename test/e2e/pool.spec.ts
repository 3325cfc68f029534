import { expect, test } from '@playwright/test';
import { waitForDone } from './helpers.ts';

// Every Web Worker the page makes is kept in a list, so the test can terminate them all from the outside: a
// terminated worker sends no event, exactly like a worker the browser kills for memory.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const made: Worker[] = [];
    (window as unknown as { __workers: Worker[] }).__workers = made;
    window.Worker = class extends Native {
      constructor(url: string | URL, opts?: WorkerOptions) {
        super(url, opts);
        made.push(this);
      }
    };
  });
});

test('every worker terminated mid-run: the run recovers (or fails clearly), and a new run finishes', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('./');
  await waitForDone(page);
  const status = page.getByTestId('run-status');
  const before = Number(await status.getAttribute('data-run-id'));
  await page.getByTestId('runs').fill('400000');
  await page.getByTestId('runs').press('Enter');
  await expect(status).toHaveAttribute('data-state', 'running');
  await expect(status).toHaveAttribute('data-run-id', String(before + 1));
  await expect(status).toContainText('/ 400,000');
  // wait for some progress, then terminate every worker the page has made
  const doneRuns = async () =>
    Number(/([\d,]+) \//.exec((await status.textContent()) ?? '')?.[1].replace(/,/g, ''));
  await expect.poll(doneRuns, { timeout: 30_000 }).toBeGreaterThan(0);
  const killed = await page.evaluate(() => {
    const ws = (window as unknown as { __workers: Worker[] }).__workers;
    ws.forEach((w) => w.terminate());
    return ws.length;
  });
  expect(killed).toBeGreaterThan(0);
  expect(await status.getAttribute('data-state')).toBe('running');

  // the run ends on its own: finished by fresh workers, or failed with the error banner
  await expect
    .poll(async () => status.getAttribute('data-state'), { timeout: 90_000, intervals: [500] })
    .toMatch(/^(done|error)$/);
  const state = await status.getAttribute('data-state');
  test.info().annotations.push({ type: 'outcome', description: `the interrupted run ended as "${state}"` });
  if (state === 'error') await expect(page.getByTestId('error-banner')).toBeVisible();
  else await expect(status).toContainText('400,000 / 400,000');
  // new workers were made after the old ones were terminated
  expect(
    await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.length),
  ).toBeGreaterThan(killed);

  // and the next run finishes normally
  const id = Number(await status.getAttribute('data-run-id'));
  await page.getByTestId('runs').fill('20000');
  await page.getByTestId('runs').press('Enter');
  await waitForDone(page, id);
  await expect(status).toContainText('20,000 / 20,000');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
});
