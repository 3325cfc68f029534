/**
 * The browser part of the benchmark: the built app (dist/) in headless Chromium, served from a sub-path as in
 * production. For a lever change (the fund's number field, committed as a user would) it measures the time to the
 * first partial result on screen (the scorecard's 2025 output median changes) and to the final result (the run
 * status reads "done" for the new run), at the given run count (`npm run bench`: the runs that reach the precision
 * of 10,000 independent runs). Median of five trials.
 * Then a drag (issue 11: "while a slider is dragged, a fresh partial picture appears at least every 150 ms"): the
 * first lever's slider moved by the mouse one step every 40 ms for 3 s, at the plan's own run count, timing every
 * new picture (the results' data-shown counter changes) and reporting the gaps between them.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

export interface BrowserBench {
  workers: number;
  /** the run count of the lever changes */
  runs: number;
  firstPartialMs: number;
  finalMs: number;
  drag: DragBench;
}

export interface DragBench {
  /** runs per setting during the drag (the plan's own) */
  runs: number;
  /** pictures shown while the mouse moved */
  pictures: number;
  /** gaps between consecutive pictures, from the first input on (ms) */
  medianGapMs: number;
  maxGapMs: number;
  /** share of gaps at most 150 ms */
  within150: number;
}

/** Counts every new picture (partial or final) with its time, from now on. */
const WATCH_PICTURES = `(() => {
  const el = document.querySelector('.results');
  const times = [];
  window.__pictures = times;
  new MutationObserver(() => times.push(performance.now())).observe(el, {
    attributes: true,
    attributeFilter: ['data-shown'],
  });
})()`;

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

/** Measures the app built in `root`/dist (default: this checkout's), lever changes at `runs` runs. */
export async function browserBench(runs: number, port = 4179, root = process.cwd()): Promise<BrowserBench> {
  const server = spawn(process.execPath, [resolve('scripts/serve-subpath.js'), String(port), '/bench/'], {
    stdio: 'ignore',
    cwd: root,
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

    // the drag first, at the plan's own run count (what a workshop has on screen)
    const planRuns = Number((await page.getByTestId('runs').inputValue()).replace(/\D/g, ''));
    await page.evaluate(WATCH_PICTURES);
    const slider = page.locator('input[type="range"]').first();
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    const steps = 75; // 3 s at one step every 40 ms, a hand moving slowly across 60 % of the slider
    let start = NaN;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(box.x + box.width * (0.2 + (0.6 * i) / steps), y);
      if (i === 1) start = await page.evaluate(() => performance.now());
      await sleep(40);
    }
    const end = await page.evaluate(() => performance.now());
    await page.mouse.up();
    await done.waitFor({ timeout: 60_000 });
    const times = (await page.evaluate('window.__pictures')) as number[];
    const during = [start, ...times.filter((t) => t > start && t <= end)];
    const gaps = during.slice(1).map((t, i) => t - during[i]);
    const drag: DragBench = {
      runs: planRuns,
      pictures: during.length - 1,
      medianGapMs: gaps.length ? median(gaps) : NaN,
      maxGapMs: gaps.length ? Math.max(...gaps) : NaN,
      within150: gaps.length ? gaps.filter((g) => g <= 150).length / gaps.length : 0,
    };
    if (process.env.BENCH_DEBUG) console.error('drag', drag, gaps.map(Math.round).join(' '));

    const m = await measure(runs, 5);
    return { workers, runs, firstPartialMs: m.first, finalMs: m.final, drag };
  } finally {
    await browser.close();
    server.kill();
  }
}
