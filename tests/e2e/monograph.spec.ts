import { expect, test } from '@playwright/test';
import { linkedSourceCount, monographPath, requiredFacts, sectionHeadings, softenedWordings, sourceCount } from '../policy/lioresal-intrathecal';

const path = monographPath;

test.describe('with no script', () => {
  test.use({ javaScriptEnabled: false });

  test('the monograph carries every required fact, and no softened wording', async ({ page }) => {
    await page.goto(path);
    const text = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(requiredFacts.filter((fact) => !text.includes(fact))).toEqual([]);
    expect(softenedWordings.filter((weak) => text.toLowerCase().includes(weak.toLowerCase()))).toEqual([]);
  });
});

test('the monograph shows its title, key facts, urgent boxes, sections and links', async ({ page }) => {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lioresal Intrathecal, baclofen (intrathecal)');

  const keyFacts = page.getByRole('region', { name: 'Key facts' });
  await expect(keyFacts.locator('dt', { hasText: 'Brand name' }).locator('+ dd')).toHaveText('Lioresal Intrathecal');
  await expect(keyFacts.locator('dt', { hasText: 'Generic available' }).locator('+ dd')).toHaveText('Yes');
  await expect(keyFacts.locator('dt', { hasText: 'Other brands' }).locator('+ dd')).toHaveText('Gablofen');

  const alarm = page.getByRole('region', { name: 'Urgent advice: If your pump alarm sounds' });
  await expect(alarm).toBeVisible();
  await expect(alarm).toContainText('two-tone alarm');
  const neverStop = page.getByRole('region', { name: 'Urgent advice: Never stop suddenly' });
  await expect(neverStop).toBeVisible();
  for (const sign of ['itching', 'low blood pressure', 'tingling']) await expect(neverStop).toContainText(sign);

  // The urgent boxes come before the body: a reader sees them without scrolling through it.
  const contentsTop = (await page.locator('#contents').boundingBox())?.y ?? 0;
  expect((await neverStop.boundingBox())?.y ?? Infinity).toBeLessThan(contentsTop);

  const sections = sectionHeadings;
  for (const name of sections) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

  // Every entry of the table of contents leads to a heading on the page.
  const entries = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
  expect(await entries.count()).toBeGreaterThanOrEqual(sections.length + 2);
  for (const href of await entries.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(`[id="${href?.slice(1)}"]`)).toHaveCount(1);
  }

  const piSection = page.getByRole('region', { name: 'Prescribing Information' });
  await expect(piSection).toContainText('written for health professionals');
  const pi = piSection.getByRole('link', { name: /Prescribing Information.*\(opens another site\)$/ });
  await expect(pi).toHaveAttribute('href', /^https:\/\/dailymed\.nlm\.nih\.gov\//);
  await expect(pi).toHaveAttribute('rel', 'noopener noreferrer');

  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(sourceCount);
  await expect(sources.getByRole('link')).toHaveCount(linkedSourceCount);
  const reviewDates = page.locator('#review-dates');
  await expect(reviewDates).toContainText('Page last reviewed: 25 November 2026');
  // The review history sits beside the date, newest first.
  await expect(reviewDates.getByRole('listitem').first()).toContainText(/^25 November 2026: \S/);
  await expect(page.getByRole('contentinfo')).toContainText("does not replace your care team’s advice");
});

test('a section link leads straight to its section', async ({ page }) => {
  await page.goto(path);
  const link = page.getByRole('link', { name: 'Link to this section: Side effects' });
  await expect(link).toHaveAttribute('href', '#side-effects');
  await link.click();
  await expect(page).toHaveURL(/#side-effects$/);
  await expect(page.getByRole('heading', { name: 'Side effects', level: 2 })).toBeInViewport();
});

test('every part of the monograph shows its sources, and each link lands on an entry of the Sources list', async ({ page }) => {
  await page.goto(path);
  const entries = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  const entryIds = await entries.evaluateAll((items) => items.map((li) => li.id));

  // The key facts, each urgent box and each body section show their citations.
  const urgent = page.getByRole('region', { name: /^Urgent advice:/ });
  await expect(urgent).toHaveCount(2);
  const parts = [page.getByRole('region', { name: 'Key facts' }), urgent.nth(0), urgent.nth(1), ...sectionHeadings.map((name) => page.getByRole('region', { name }))];
  for (const part of parts) await expect(part.locator('.source-citations a').first()).toBeVisible();

  const links = page.locator('.source-citations a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(entryIds).toContain(href.slice(1));
  // Every listed source is cited somewhere on the page.
  expect(new Set(hrefs.map((h) => h.slice(1)))).toEqual(new Set(entryIds));

  // The visible number is the entry's number in the list, and a screen reader hears what it is.
  const first = page.getByRole('region', { name: 'Side effects' }).locator('.source-citations a').first();
  const number = Number(await first.evaluate((a) => a.firstChild?.textContent));
  const target = (await first.getAttribute('href'))!.slice(1);
  expect(entryIds.indexOf(target) + 1).toBe(number);
  await expect(first).toHaveAccessibleName(new RegExp(`^${number} \\(.+: .+\\)$`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#${target}$`));
  await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
});
