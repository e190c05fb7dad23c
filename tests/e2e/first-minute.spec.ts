import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { questionsRoute } from '../../lib/site/routes';
import { monographPath, questions, safetyQuestionsOnMonograph, slug } from '../policy/lioresal-intrathecal';

const questionsPath = questionsRoute.path({ slug });

/** Issue 18: a reader in trouble finds the urgent advice in the first screen, from the page and from home. */
for (const [width, height] of [[360, 800], [1280, 900]]) {
  test(`the first urgent box starts on the first screen at ${width} × ${height}, before the key facts`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(monographPath);
    const urgent = (await page.getByRole('region', { name: /^Urgent advice:/ }).first().boundingBox())!;
    expect(urgent.y).toBeLessThan(height - 100);
    const keyFacts = (await page.getByRole('region', { name: 'Key facts' }).boundingBox())!;
    expect(keyFacts.y).toBeGreaterThan(urgent.y);
  });
}

test('the home page links straight to the urgent advice on its first phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Pump alarm or feeling unwell? Urgent advice about Lioresal Intrathecal' });
  const box = (await link.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${monographPath}#urgent$`));
  await expect(page.getByRole('heading', { name: 'Urgent advice: If your pump alarm sounds' })).toBeInViewport();
});

test('page 1 of the printed monograph carries the first urgent box, from a dark-mode device too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(monographPath);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const first = await (await (await getDocument({ data: new Uint8Array(pdf) }).promise).getPage(1)).getTextContent();
  const text = first.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
  expect(text).toContain('If your pump alarm sounds');
  expect(text).toContain('go to a hospital at once');
  // The urgent text prints on white, whatever the screen's scheme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await page.locator('.urgent-card-body').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('the questions page answers the nine questions, with its own numbered sources, and sends a reader in trouble to the urgent advice', async ({ page }) => {
  await page.goto(monographPath);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await contents.getByRole('link', { name: 'Questions people ask' }).click();
  await expect(page).toHaveURL(new RegExp(`${questionsPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questions people ask: Lioresal Intrathecal');
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: '?' })).toHaveText(questions);
  // Each question is in the page's own contents.
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).toHaveText(questions);

  const entries = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  const count = await entries.count();
  expect(count).toBeGreaterThanOrEqual(9);
  const cited = (await page.locator('.cite a').first().evaluate((a) => a.firstChild?.textContent ?? '')).match(/\d+/g)!.map(Number);
  expect(cited).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Birmingham Community Healthcare NHS Trust');

  await page.getByRole('link', { name: 'urgent advice on the Lioresal Intrathecal page' }).click();
  await expect(page).toHaveURL(new RegExp(`${monographPath}#urgent$`));
});

test('the monograph keeps its safety answers and lists only the sources it cites', async ({ page }) => {
  await page.goto(monographPath);
  // Under names a reader looks for (MRI, flying, travel, battery), not a second "questions" part.
  const common = page.getByRole('region', { name: 'MRI scans, flying, travel and the battery' });
  for (const question of safetyQuestionsOnMonograph) await expect(common.getByRole('heading', { level: 3, name: question })).toHaveCount(1);
  const text = (await page.locator('main').textContent()) ?? '';
  for (const question of questions) expect(text).not.toContain(question);
  // The questions page's own sources (a clinic's FAQ, a travel sheet) are listed there, not here.
  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  await expect(sources).not.toContainText('Birmingham Community Healthcare');
  await expect(sources).not.toContainText('Traveling in the United States or internationally');
});
