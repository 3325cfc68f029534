import AxeBuilder from '@axe-core/playwright';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { expect, type Page } from '@playwright/test';
import { INDICATORS } from '../../src/model/indicators.ts';

/** Waits until the run with an id above `after` has finished; returns its id. */
export async function waitForDone(page: Page, after = 0): Promise<number> {
  const status = page.getByTestId('run-status');
  await expect
    .poll(
      async () => {
        const state = await status.getAttribute('data-state');
        const id = Number(await status.getAttribute('data-run-id'));
        return state === 'done' && id > after;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return Number(await status.getAttribute('data-run-id'));
}

/** Sets a text field and presses Enter, then waits for the run it starts. */
export async function setAndRun(page: Page, testId: string, value: string): Promise<number> {
  const before = Number(await page.getByTestId('run-status').getAttribute('data-run-id'));
  await page.getByTestId(testId).fill(value);
  await page.getByTestId(testId).press('Enter');
  return waitForDone(page, before);
}

/** Every pmeet-* and median-target-* text of the scorecard. */
export async function scorecard(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const ind of INDICATORS) {
    out[`pmeet-${ind}`] = (await page.getByTestId(`pmeet-${ind}`).textContent()) ?? '';
    out[`median-target-${ind}`] =
      (await page.getByTestId(`median-target-${ind}`).textContent())?.trim() ?? '';
  }
  out['pmeet-all'] = (await page.getByTestId('pmeet-all').textContent()) ?? '';
  return out;
}

const b64url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A share-link hash (without '#') carrying any JSON value, packed the way the app packs links. */
export function packLink(value: unknown): string {
  return 's=' + b64url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

/** The compact JSON a share link carries. */
export function unpackLink(hash: string): Record<string, unknown> {
  const body = hash.replace(/^#?s=/, '');
  return JSON.parse(strFromU8(inflateSync(Buffer.from(body, 'base64url')))) as Record<string, unknown>;
}

/** axe-core's serious and critical violations on the page, one line each (none: an empty list). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
