/**
 * Nothing a user typed is lost (issue 21): a link opened in another tab, a broken link, Back, a preset switch and
 * Reload each leave a typed value on screen or one click away; undo and redo by keys and by buttons.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeShareLink } from '../../src/scenario/share-link.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { setAndRun, waitForDone } from './helpers.ts';

const plan = JSON.parse(readFileSync('scenarios/plan.json', 'utf8')) as Scenario;
/** a colleague's scenario: the plan with 700 亩 of land a year */
const colleague = encodeShareLink({ ...plan, id: 'colleague', levers: { ...plan.levers, land: 700 } });

/** Types 1234 into the land box and waits for its run: the value that must survive. */
async function typeLand(page: Page, value = '1234') {
  await page.goto('./');
  await waitForDone(page);
  await setAndRun(page, 'lever-land', value);
}

const land = (page: Page) => page.getByTestId('lever-land');
const notice = (page: Page) => page.getByTestId('restored-notice');

test('a link opened in another tab does not replace this tab’s work on reload, and offers it there', async ({
  context,
}) => {
  const a = await context.newPage();
  await typeLand(a);
  const b = await context.newPage();
  await b.goto(`./#${colleague}`);
  await waitForDone(b);
  await expect(land(b)).toHaveValue('700');
  await a.reload();
  await waitForDone(a);
  await expect(land(a)).toHaveValue('1234');
  // tab B, new, offers A's unsaved work one click away
  await expect(notice(b)).toHaveAttribute('data-kind', 'elsewhere');
  await expect(notice(b)).toContainText('规划情景（已修改）');
  await b.getByTestId('restored-restore').click();
  await expect(land(b)).toHaveValue('1234');
  // and A still has it
  await a.reload();
  await expect(land(a)).toHaveValue('1234');
});

test('a broken link replaces nothing: the typed value stays, through Back and reload', async ({ page }) => {
  await typeLand(page);
  await page.evaluate(() => (location.hash = '#s=broken'));
  await expect(page.getByTestId('error-banner')).toBeVisible();
  await expect(page.getByTestId('error-banner')).toContainText('屏幕上的情景没有改变');
  await expect(land(page)).toHaveValue('1234');
  await page.goBack();
  await expect(land(page)).toHaveValue('1234');
  await page.reload();
  await waitForDone(page);
  await expect(land(page)).toHaveValue('1234');
  // a broken link opened as a new page of the tab: the same
  await page.goto('about:blank');
  await page.goto('./#s=@@not*base64');
  await expect(page.getByTestId('error-banner')).toBeVisible();
  await expect(land(page)).toHaveValue('1234');
});

test('a link over unsaved work keeps it one click away; Back brings it back, Forward the link', async ({
  page,
}) => {
  await typeLand(page);
  await page.goto(`./#${colleague}`);
  await waitForDone(page);
  await expect(land(page)).toHaveValue('700');
  await expect(notice(page)).toHaveAttribute('data-kind', 'aside');
  await expect(notice(page)).toContainText('规划情景（已修改）');
  expect(new URL(page.url()).hash).toBe('');
  await page.goBack();
  await expect(land(page)).toHaveValue('1234');
  await page.goForward();
  await expect(land(page)).toHaveValue('700');
  await page.reload();
  await waitForDone(page);
  await expect(land(page)).toHaveValue('700');
  // after a reload too, Back brings the work back
  await page.goBack();
  await expect(land(page)).toHaveValue('1234');
});

test('Back across pages: the work a link opened in a new page replaced comes back', async ({ page }) => {
  await typeLand(page);
  await page.goto('about:blank');
  await page.goto(`./#${colleague}`);
  await waitForDone(page);
  await expect(land(page)).toHaveValue('700');
  await page.goBack(); // about:blank
  await page.goBack(); // the page with the typed value
  await waitForDone(page);
  await expect(land(page)).toHaveValue('1234');
});

test('a preset switch over unsaved work: the notice brings it back, and so does Ctrl+Z', async ({ page }) => {
  await typeLand(page);
  await page.getByTestId('preset').selectOption('downside');
  await waitForDone(page);
  await expect(page.getByTestId('preset')).toHaveValue('downside');
  await expect(notice(page)).toHaveAttribute('data-kind', 'aside');
  await notice(page).getByTestId('restored-restore').click();
  await expect(land(page)).toHaveValue('1234');
  await expect(page.getByTestId('preset')).toHaveValue('plan');
  await page.getByTestId('preset').selectOption('downside');
  await expect(page.getByTestId('preset')).toHaveValue('downside');
  await page.locator('body').press('Control+z');
  await expect(land(page)).toHaveValue('1234');
});

test('Reload is undoable: fund 44 → 30 → Reload → undo gives 30, then 44, with a spoken note', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  await setAndRun(page, 'lever-fund', '44');
  await setAndRun(page, 'lever-fund', '30');
  await page.getByRole('button', { name: '重新载入' }).click();
  await expect(page.getByTestId('lever-fund')).toHaveValue('10');
  await expect(notice(page)).toHaveAttribute('data-kind', 'aside');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('lever-fund')).toHaveValue('30');
  const note = page.getByTestId('undo-note');
  await expect(note).toHaveAttribute('aria-live', 'polite');
  await expect(note).toContainText('已撤销');
  await expect(note).toContainText('10 → 30亿元');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('lever-fund')).toHaveValue('44');
  await expect(note).toContainText('30 → 44亿元');
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('lever-fund')).toHaveValue('30');
  await expect(note).toContainText('已重做');
  // the Reload redone: the work it replaced stays in the previous-work list, and the keyboard reaches it
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('lever-fund')).toHaveValue('10');
  await page.getByTestId('previous-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('previous-item')).toHaveCount(1);
  await expect(page.getByTestId('previous-item')).toContainText('规划情景（已修改）');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('previous-restore')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lever-fund')).toHaveValue('30');
});

test('undo and redo by keys and buttons: a drag is one step, a typed value one step, kept across a reload', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDone(page);
  const undo = page.getByTestId('undo');
  const redo = page.getByTestId('redo');
  // nothing to undo: the buttons say so, and stay in the Tab order
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await expect(redo).toHaveAttribute('aria-disabled', 'true');
  await undo.focus();
  await expect(undo).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(redo).toBeFocused();

  // a drag of the land slider: many values, one step
  const slider = page
    .locator('.lever', { has: page.getByTestId('lever-land') })
    .locator('input[type="range"]');
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width * (0.2 + i * 0.02), y);
  await page.mouse.up();
  const dragged = await land(page).inputValue();
  expect(Number(dragged)).toBeGreaterThan(830);
  await expect(undo).toHaveAttribute('aria-disabled', 'false');

  // a typed value: one more step
  await setAndRun(page, 'lever-talent', '6');
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('lever-talent')).toHaveValue('2');
  await expect(land(page)).toHaveValue(dragged);
  await page.locator('body').press('Control+z');
  await expect(land(page)).toHaveValue('830'); // the whole drag in one undo
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await page.locator('body').press('Control+Shift+z');
  await expect(land(page)).toHaveValue(dragged);
  await page.locator('body').press('Control+y');
  await expect(page.getByTestId('lever-talent')).toHaveValue('6');
  await expect(redo).toHaveAttribute('aria-disabled', 'true');
  // Ctrl+Z in the lever's box, after its value is committed, undoes the scenario edit
  await page.getByTestId('lever-talent').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('lever-talent')).toHaveValue('2');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('lever-talent')).toHaveValue('6');

  // a name box keeps its own Ctrl+Z
  await page.getByTestId('saved-toggle').click();
  const name = page.getByTestId('saved-name');
  await name.click();
  await page.keyboard.type('基金方案');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('lever-talent')).toHaveValue('6');
  await expect(name).not.toHaveValue('基金方案'); // the browser took back the typing, not the app

  // the history survives a reload of the tab
  await page.reload();
  await waitForDone(page);
  await expect(page.getByTestId('lever-talent')).toHaveValue('6');
  await undo.click();
  await expect(page.getByTestId('lever-talent')).toHaveValue('2');
  await undo.click();
  await expect(land(page)).toHaveValue('830');

  // the buttons in English
  await page.getByTestId('lang-toggle').click();
  await expect(undo).toContainText('Undo');
  await expect(redo).toContainText('Redo');
  await redo.click();
  await expect(page.getByTestId('undo-note')).toContainText('Redone: New industrial land 830 →');
});
