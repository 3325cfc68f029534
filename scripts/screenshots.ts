/**
 * Screenshots of the built app for a person to look at: each viewport in Chinese and English, presenter mode at
 * projector sizes, the open model documentation (its start, §4.2 and the lever table at 1280×800 and 768×1024),
 * and the printed report as PDF. Serves dist/ itself on a port of its own and stops it after.
 *   npm run build && npx tsx scripts/screenshots.ts <out-dir> [port]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const out = process.argv[2] ?? 'screenshots';
const port = Number(process.argv[3] ?? 4229);
const url = `http://127.0.0.1:${port}/sub/path/`;
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve-subpath.js', String(port), '/sub/path/'], {
  stdio: 'ignore',
});

async function done(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') === 'done',
    null,
    { timeout: 60_000 },
  );
}

const sizes = [
  { name: '768x1024', width: 768, height: 1024 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1440x900', width: 1440, height: 900 },
];

try {
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const lang of ['zh', 'en'] as const) {
    const context = await browser.newContext();
    await context.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
    const page = await context.newPage();
    for (const s of sizes) {
      await page.setViewportSize({ width: s.width, height: s.height });
      await page.goto(url);
      await done(page);
      await page.screenshot({ path: `${out}/${lang}-${s.name}.png` });
      await page.screenshot({ path: `${out}/${lang}-${s.name}-full.png`, fullPage: true });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`${lang} ${s.name}: page width ${sideways}`);
    }
    for (const p of [
      { name: '1280x720', width: 1280, height: 720 },
      { name: '1920x1080', width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize({ width: p.width, height: p.height });
      await page.goto(url);
      await done(page);
      await page.getByTestId('presenter-toggle').click();
      await page.screenshot({ path: `${out}/${lang}-presenter-${p.name}.png` });
    }
    // the model documentation, open: its start, §4.2 (reached by its link) and the lever table
    for (const s of [
      { name: '1280x800', width: 1280, height: 800 },
      { name: '768x1024', width: 768, height: 1024 },
    ]) {
      await page.setViewportSize({ width: s.width, height: s.height });
      await page.goto(url);
      await done(page);
      await page.getByTestId('model-doc').locator('summary').click();
      const doc = page.getByTestId('model-doc-text');
      await doc.locator('h2').evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${out}/${lang}-doc-${s.name}.png` });
      await doc.locator('a[href="#model-doc-s4-2"]').first().click();
      await page.screenshot({ path: `${out}/${lang}-doc-s4-2-${s.name}.png` });
      await doc.locator('#model-doc-levers').evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${out}/${lang}-doc-levers-${s.name}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await done(page);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${out}/${lang}-print.pdf`, format: 'A4', printBackground: true });
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
