/**
 * The text slips of issue 21 (item 9), checked where a reader sees them: the 2035 histogram's labels apart, English
 * chart titles that say a unit once, "Chance of meeting" rather than "P(meet)", factory space "× 10,000 m²", a lever
 * error without Chinese punctuation in English, and one kind of quotation marks.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForDone } from './helpers.ts';

async function open(page: Page, lang: 'zh' | 'en') {
  await page.addInitScript((l) => localStorage.setItem('ngit-sim.lang', l), lang);
  await page.goto('./');
  await waitForDone(page);
}

for (const lang of ['zh', 'en'] as const) {
  test(`the 2035 output histogram's axis labels do not run together (${lang})`, async ({ page }) => {
    // the old linear ticks ran together at 900, 1440 and 1920 px ("25,00030,000")
    for (const width of [900, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, lang);
      const labels = page.locator('[data-testid="dist-output-2035"] g.axis > text[text-anchor="middle"]');
      const boxes = await labels.evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, text: e.textContent ?? '' };
        }),
      );
      expect(boxes.length, `${width}`).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < boxes.length; i++)
        expect(
          boxes[i].left - boxes[i - 1].right,
          `${width}: ${boxes[i - 1].text} | ${boxes[i].text}`,
        ).toBeGreaterThan(2);
      await page
        .locator('[data-testid="dist-output-2035"]')
        .screenshot({ path: `screenshots/dist-output-2035-${lang}-${width}.png` });
    }
  });
}

test('English: titles say a unit once, chances read "Chance of meeting", units read "× 10,000 m²"', async ({
  page,
}) => {
  await open(page, 'en');
  const captions = await page.locator('figure.fan figcaption').allTextContents();
  expect(captions).toContain('Above-size firms');
  for (const c of captions) expect(c, c).not.toMatch(/\b(\w+)\b.*\(\1\)$/);
  const body = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
  expect(body).not.toContain('P(meet)');
  await expect(page.locator('[data-testid="dist-output-2025"]')).toContainText('Chance of meeting:');
  await expect(page.getByTestId('lever-factory_space').locator('xpath=..').locator('.unit')).toHaveText(
    '× 10,000 m²/yr',
  );
  expect(body).not.toMatch(/\d 10,000 m²/);
});

for (const [lang, want] of [
  ['en', '; not used; the last valid value is kept: 830 mu/yr'],
  ['zh', '；已保留上一个有效值：830亩/年'],
] as const) {
  test(`a lever error says what is kept, in the reader's punctuation (${lang})`, async ({ page }) => {
    await open(page, lang);
    await page.getByTestId('lever-land').fill('99999');
    await page.getByTestId('lever-land').press('Enter');
    const error = page.getByTestId('lever-error-land');
    await expect(error).toBeVisible();
    const text = ((await error.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    if (lang === 'en') expect(text).not.toMatch(/[；：，（）]/);
    expect(text).toContain(want);
  });
}

test('Chinese text uses one kind of quotation marks: no straight quotes, quotations nested as ‘…’', async ({
  page,
}) => {
  await open(page, 'zh');
  await expect(page.getByTestId('lever-land')).toBeVisible();
  const quote = (await page.locator('#lever-quote-talent').textContent())!.trim();
  expect(quote).toBe('“全面落实‘金凤凰’人才政策，打造‘人才特区’”');
  const body = await page.locator('body').innerText();
  // a straight quote next to a Chinese character is a slip
  expect(body.match(/[\u4e00-\u9fff]"|"[\u4e00-\u9fff]/g) ?? []).toEqual([]);
  await expect(page.getByTestId('scorecard')).toContainText('累计“专精特新”企业');
});
