/**
 * The browser part of the benchmark: the built app (dist/) in headless Chromium, served from a sub-path as in
 * production. Every figure is the median of BROWSER_TRIALS (9) trials unless it says otherwise.
 *
 * - Load: a fresh browser context (cold cache) opens the app; the time from navigation to the first picture (the
 *   results' data-shown counter leaves 0), at full speed and with the CPU slowed 4× (CDP
 *   `Emulation.setCPUThrottlingRate`, a workshop laptop).
 * - Lever change: the fund's number field committed as a user would, timed to the first partial result in the DOM
 *   (the scorecard's 2025 output median changes) and to the final result (the run status reads "done" for the new
 *   run), at the given run count (`npm run bench`: the runs that reach the precision of 10,000 independent runs).
 *   Both are taken when the DOM changes (a MutationObserver), not at a later frame.
 * - Drag: the first lever's slider moved by the mouse one step every 40 ms for 3 s, at the plan's own run count,
 *   timing every new picture and reporting the gaps between them (issue 22: "a fresh picture at least every 100 ms").
 *   Then the same drag with the CPU slowed 4×: the longest main-thread task during it (the Long Tasks API, which
 *   reports tasks over 50 ms), and how long the mouse moves took against the same moves over an empty page slowed
 *   alike (a slider that never waits for a picture moves as fast as over nothing).
 * - Pictures: the app's own performance measures (`ngit:picture`, src/app/picture-marks.ts, where the app has them)
 *   during the lever changes and the drag: how many, and the main-thread time each took.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

/** trials of every timed figure (BENCH_QUICK: 3) */
export const BROWSER_TRIALS = process.env.BENCH_QUICK ? 3 : 9;
/** the CPU slow-down of a workshop laptop */
export const SLOW_CPU = 4;

export interface BrowserBench {
  workers: number;
  /** the run count of the lever changes */
  runs: number;
  firstPartialMs: number;
  finalMs: number;
  load: LoadBench;
  drag: DragBench;
  slowDrag: SlowDragBench;
  /** the app's picture measures during the lever changes; null where the app has none */
  pictures: PictureStats | null;
}

export interface LoadBench {
  /** navigation to the first picture, ms */
  firstPictureMs: number;
  /** the same with the CPU slowed 4× */
  slowFirstPictureMs: number;
}

export interface DragBench {
  /** runs per setting during the drag (the plan's own) */
  runs: number;
  /** pictures shown while the mouse moved */
  pictures: number;
  /** gaps between consecutive pictures, from the first input on (ms) */
  medianGapMs: number;
  maxGapMs: number;
  /** share of gaps at most 100 ms */
  within100: number;
  /** the app's picture measures during the drag; null where the app has none */
  marks: PictureStats | null;
}

export interface SlowDragBench {
  /** the longest main-thread task while the mouse moved, ms (0: none over 50 ms) */
  longestTaskMs: number;
  /** main-thread tasks over 50 ms while the mouse moved */
  longTasks: number;
  /** how long the mouse moves took over the app, and over an empty page (both slowed 4×), ms */
  dragMs: number;
  emptyMs: number;
  /** pictures shown while the mouse moved */
  pictures: number;
}

export interface PictureStats {
  count: number;
  medianMs: number;
  maxMs: number;
}

/**
 * Notes the time of every new picture (the results' data-shown counter changes) from the page's start, the first in
 * `__firstPicture`, and every main-thread task over 50 ms in `__longTasks`. Installed before any script of the page.
 */
const WATCH = `(() => {
  window.__pictures = [];
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  } catch {}
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.attributeName !== 'data-shown' || r.target.getAttribute('data-shown') === '0') continue;
      const now = performance.now();
      window.__firstPicture ??= now;
      window.__pictures.push(now);
      return;
    }
  }).observe(document, { attributes: true, attributeFilter: ['data-shown'], subtree: true });
})()`;

/** One lever change: [ms to the first partial result in the DOM, ms to "done"]. */
const TRIAL = `new Promise((resolve) => {
  const status = document.querySelector('[data-testid="run-status"]');
  const median = document.querySelector('[data-testid="median-target-output"]');
  const input = document.querySelector('[data-testid="lever-fund"]');
  const runBefore = status.getAttribute('data-run-id');
  const before = median.textContent;
  let first = NaN;
  const t0 = performance.now();
  const seen = new MutationObserver(() => {
    if (Number.isNaN(first) && median.textContent !== before) first = performance.now() - t0;
  });
  seen.observe(median, { childList: true, characterData: true, subtree: true });
  const done = new MutationObserver(() => {
    if (status.getAttribute('data-state') !== 'done' || status.getAttribute('data-run-id') === runBefore) return;
    const end = performance.now() - t0;
    seen.disconnect();
    done.disconnect();
    resolve([Number.isNaN(first) ? end : first, end]);
  });
  done.observe(status, { attributes: true, attributeFilter: ['data-state', 'data-run-id'] });
  // the other of two values, so that every trial really changes the lever
  const next = input.value === '30' ? '10' : '30';
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, next);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
})`;

/** the app's picture measures since the last call (and clears them) */
const TAKE_MARKS = `(() => {
  const xs = performance.getEntriesByName('ngit:picture', 'measure').map((e) => e.duration);
  performance.clearMeasures('ngit:picture');
  return xs;
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const stats = (xs: number[]): PictureStats | null =>
  xs.length ? { count: xs.length, medianMs: median(xs), maxMs: Math.max(...xs) } : null;

const debug = (...xs: unknown[]) => {
  if (process.env.BENCH_DEBUG) console.error(...xs);
};

async function throttle(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Navigation to the first picture in a fresh context (cold cache), ms; CPU slowed `rate`×. */
async function loadOnce(browser: Browser, url: string, rate: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    if (rate > 1) await throttle(page, rate);
    await page.addInitScript(WATCH);
    await page.goto(url);
    await page.waitForFunction(() => '__firstPicture' in window, null, { timeout: 60_000 });
    return (await page.evaluate('window.__firstPicture')) as number;
  } finally {
    await context.close();
  }
}

async function loadBench(browser: Browser, url: string): Promise<LoadBench> {
  const fast: number[] = [];
  const slow: number[] = [];
  await loadOnce(browser, url, 1); // the server's and the browser's first start
  for (let i = 0; i < BROWSER_TRIALS; i++) {
    // interleaved, so that both see the same machine
    fast.push(await loadOnce(browser, url, 1));
    slow.push(await loadOnce(browser, url, SLOW_CPU));
  }
  debug('load', fast.map(Math.round).join(' '), '| slowed', slow.map(Math.round).join(' '));
  return { firstPictureMs: median(fast), slowFirstPictureMs: median(slow) };
}

const DRAG_STEPS = 75; // 3 s at one step every 40 ms, a hand moving slowly across 60 % of the slider

/** Moves the mouse across the box from 20 % to 80 % of its width, button down; [start, end] in page time. */
async function drag(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  let start = NaN;
  for (let i = 1; i <= DRAG_STEPS; i++) {
    await page.mouse.move(box.x + box.width * (0.2 + (0.6 * i) / DRAG_STEPS), y);
    if (i === 1) start = (await page.evaluate('performance.now()')) as number;
    await sleep(40);
  }
  const end = (await page.evaluate('performance.now()')) as number;
  await page.mouse.up();
  return [start, end] as const;
}

const picturesIn = async (page: Page, start: number, end: number) =>
  ((await page.evaluate('window.__pictures')) as number[]).filter((t) => t > start && t <= end);

/** Measures the app built in `root`/dist (default: this checkout's), lever changes at `runs` runs. */
export async function browserBench(runs: number, port = 4179, root = process.cwd()): Promise<BrowserBench> {
  const server = spawn(process.execPath, [resolve('scripts/serve-subpath.js'), String(port), '/bench/'], {
    stdio: 'ignore',
    cwd: root,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const url = `http://127.0.0.1:${port}/bench/`;
  try {
    await sleep(300);
    const load = await loadBench(browser, url);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(WATCH);
    await page.goto(url);
    const done = page.locator('[data-testid="run-status"][data-state="done"]');
    await done.waitFor({ timeout: 60_000 });
    const workers = await page.evaluate(() => navigator.hardwareConcurrency);

    const setRuns = async (runs: number) => {
      debug(`setting runs ${runs}`);
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

    // the drag first, at the plan's own run count (what a workshop has on screen)
    const planRuns = Number((await page.getByTestId('runs').inputValue()).replace(/\D/g, ''));
    const slider = page.locator('input[type="range"]').first();
    const box = (await slider.boundingBox())!;
    await page.evaluate(TAKE_MARKS);
    const [start, end] = await drag(page, box);
    await done.waitFor({ timeout: 60_000 });
    const during = [start, ...(await picturesIn(page, start, end))];
    const gaps = during.slice(1).map((t, i) => t - during[i]);
    const dragBench: DragBench = {
      runs: planRuns,
      pictures: during.length - 1,
      medianGapMs: gaps.length ? median(gaps) : NaN,
      maxGapMs: gaps.length ? Math.max(...gaps) : NaN,
      within100: gaps.length ? gaps.filter((g) => g <= 100).length / gaps.length : 0,
      marks: stats((await page.evaluate(TAKE_MARKS)) as number[]),
    };
    debug('drag', dragBench, gaps.map(Math.round).join(' '));

    // the same drag with the CPU slowed, back the other way first so that it moves the lever again
    await throttle(page, SLOW_CPU);
    const back = await drag(page, { ...box, x: box.x + box.width, width: -box.width });
    await done.waitFor({ timeout: 120_000 });
    const [slowStart, slowEnd] = await drag(page, box);
    const tasks = ((await page.evaluate('window.__longTasks')) as [number, number][])
      .filter(([t, d]) => t + d > slowStart && t < slowEnd)
      .map(([, d]) => d);
    const slowPictures = (await picturesIn(page, slowStart, slowEnd)).length;
    await done.waitFor({ timeout: 120_000 });
    await page.evaluate(TAKE_MARKS);
    const empty = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await throttle(empty, SLOW_CPU);
    await empty.setContent('<!doctype html><body style="margin:0;height:800px"></body>');
    const [emptyStart, emptyEnd] = await drag(empty, box);
    await empty.close();
    await throttle(page, 1);
    const slowDrag: SlowDragBench = {
      longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
      longTasks: tasks.length,
      dragMs: slowEnd - slowStart,
      emptyMs: emptyEnd - emptyStart,
      pictures: slowPictures,
    };
    debug('slowed drag', slowDrag, 'back', back[1] - back[0]);

    await setRuns(runs);
    await page.evaluate(TAKE_MARKS);
    const firsts: number[] = [];
    const finals: number[] = [];
    for (let i = 0; i < BROWSER_TRIALS; i++) {
      const [f, d] = (await page.evaluate(TRIAL)) as [number, number];
      debug(`  ${runs} runs: first ${f.toFixed(0)} ms, final ${d.toFixed(0)} ms`);
      firsts.push(f);
      finals.push(d);
    }
    const pictures = stats((await page.evaluate(TAKE_MARKS)) as number[]);
    return {
      workers,
      runs,
      firstPartialMs: median(firsts),
      finalMs: median(finals),
      load,
      drag: dragBench,
      slowDrag,
      pictures,
    };
  } finally {
    await browser.close();
    server.kill();
  }
}
