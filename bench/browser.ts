/**
 * The browser part of the benchmark: the built app (dist/) in headless Chromium, served from a sub-path as in
 * production. For a lever change (the fund's number field, committed as a user would) it measures the time to the
 * first partial result on screen (the scorecard's 2025 output median changes) and to the final result (the run
 * status reads "done" for the new run), at 10,000 and at 100,000 runs. Median of several trials.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

export interface BrowserBench {
  workers: number;
  firstPartialMs: number;
  final10kMs: number;
  final100kMs: number;
  firstPartial100kMs: number;
}

const TRIAL = `new Promise((resolve) => {
  const status = document.querySelector('[data-testid="run-status"]');
  const median = document.querySelector('[data-testid="median2025-output"]');
  const input = document.querySelector('[data-testid="lever-fund"]');
  const runBefore = status.getAttribute('data-run-id');
  const before = median.textContent;
  let first = NaN;
  const t0 = performance.now();
  function check() {
    const now = performance.now();
    if (Number.isNaN(first) && median.textContent !== before) first = now - t0;
    if (status.getAttribute('data-state') === 'done' && status.getAttribute('data-run-id') !== runBefore) {
      resolve([Number.isNaN(first) ? now - t0 : first, now - t0]);
      return;
    }
    requestAnimationFrame(check);
  }
  // the other of two values, so that every trial really changes the lever
  const next = input.value === '30' ? '10' : '30';
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, next);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  requestAnimationFrame(check);
})`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function browserBench(port = 4179): Promise<BrowserBench> {
  const server = spawn(process.execPath, ['scripts/serve-subpath.js', String(port), '/bench/'], {
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await sleep(300);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/bench/`);
    const done = page.locator('[data-testid="run-status"][data-state="done"]');
    await done.waitFor({ timeout: 60_000 });
    const workers = await page.evaluate(() => navigator.hardwareConcurrency);

    const setRuns = async (runs: number) => {
      if (process.env.BENCH_DEBUG) console.error(`setting runs ${runs}`);
      await page.getByTestId('runs').fill(String(runs));
      await page.getByTestId('runs').press('Enter');
      await page.waitForFunction(
        (n) => {
          const s = document.querySelector('[data-testid="run-status"]');
          return s?.getAttribute('data-state') === 'done' && s.textContent?.includes(n.toLocaleString('en'));
        },
        runs,
        { timeout: 120_000 },
      );
    };

    /**
     * One lever change: returns [ms to first partial on screen, ms to final]. The page script is a string: tsx
     * would wrap a function's inner closures in a helper the page does not have.
     */
    const trial = () => page.evaluate(TRIAL) as Promise<[number, number]>;

    const measure = async (runs: number, trials: number) => {
      await setRuns(runs);
      const firsts: number[] = [];
      const finals: number[] = [];
      for (let i = 0; i < trials; i++) {
        const [f, d] = await trial();
        if (process.env.BENCH_DEBUG)
          console.error(`  ${runs} runs: first ${f.toFixed(0)} ms, final ${d.toFixed(0)} ms`);
        firsts.push(f);
        finals.push(d);
      }
      return { first: median(firsts), final: median(finals) };
    };

    const small = await measure(10_000, 5);
    if (process.env.BENCH_DEBUG) console.error('10k', small);
    const large = await measure(100_000, 3);
    return {
      workers,
      firstPartialMs: small.first,
      final10kMs: small.final,
      final100kMs: large.final,
      firstPartial100kMs: large.first,
    };
  } finally {
    await browser.close();
    server.kill();
  }
}
