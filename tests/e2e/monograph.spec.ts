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
  const hrefs = await entries.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs.filter((h) => h.startsWith('#'))) {
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  }
  // The one entry that is a page of its own: the questions people ask.
  expect(hrefs.filter((h) => !h.startsWith('#'))).toEqual([`${path}questions/`]);

  const piSection = page.getByRole('region', { name: 'Prescribing Information' });
  await expect(piSection).toContainText('written for health professionals');
  const pi = piSection.getByRole('link', { name: /Prescribing Information.*\(opens another site\)$/ });
  await expect(pi).toHaveAttribute('href', /^https:\/\/dailymed\.nlm\.nih\.gov\//);
  await expect(pi).toHaveAttribute('rel', 'noopener noreferrer');

  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(sourceCount);
  await expect(sources.getByRole('listitem').getByRole('link')).toHaveCount(linkedSourceCount);
  await expect(sources.getByRole('link', { name: 'How this page was checked' })).toHaveAttribute('href', `${path}evidence/`);
  const reviewDates = page.locator('#review-dates');
  await expect(reviewDates).toContainText('Page last reviewed: 1 December 2026');
  // The review history sits beside the date, newest first.
  await expect(reviewDates.getByRole('listitem').first()).toContainText(/^1 December 2026: \S/);
  await expect(page.getByRole('contentinfo')).toContainText("does not replace your care team’s advice");
});

test('every part of the monograph shows its sources in one link, heard with the publishers\' names', async ({ page }) => {
  await page.goto(path);
  const entries = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  const publishers = await entries.evaluateAll((items) => items.map((li) => li.querySelector('.publisher')?.textContent ?? ''));

  // The key facts, each urgent box and each body section: one link each, to the numbered list.
  const urgent = page.getByRole('region', { name: /^Urgent advice:/ });
  await expect(urgent).toHaveCount(2);
  const parts = [page.getByRole('region', { name: 'Key facts' }), urgent.nth(0), urgent.nth(1), ...sectionHeadings.map((name) => page.getByRole('region', { name }))];
  const cited = new Set<number>();
  for (const part of parts) {
    const link = part.locator('.cite a');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('href', '#sources');
    const numbers = ((await link.evaluate((a) => a.firstChild?.textContent ?? '')).match(/\d+/g) ?? []).map(Number);
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) cited.add(n);
    // Heard as the numbers a reader sees, then the publishers' short names, not the titles.
    const name = await link.evaluate((a) => a.textContent ?? '');
    const heard = /^Sources?: [\d, ]+ \((.+)\)$/.exec(name);
    expect(heard, name).not.toBeNull();
    const shortNames = heard![1].split(', ');
    for (const n of numbers) expect(shortNames.some((short) => publishers[n - 1].startsWith(short)), `${n}: ${publishers[n - 1]}`).toBe(true);
  }
  // Every listed source is cited somewhere on the page.
  expect([...cited].sort((a, b) => a - b)).toEqual(publishers.map((_, i) => i + 1));

  const first = page.getByRole('region', { name: 'Side effects' }).locator('.cite a');
  await first.click();
  await expect(page).toHaveURL(/#sources$/);
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeInViewport();
});

test('a keyboard reaches every link of the monograph in 45 tab stops or fewer', async ({ page }) => {
  await page.goto(path);
  const stops: string[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    // Each element is marked when first reached: the walk ends when focus comes round again.
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.dataset.reached) return '';
      el.dataset.reached = 'yes';
      return `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent?.slice(0, 40)}`;
    });
    if (!stop) break;
    stops.push(stop);
  }
  const links = await page.locator('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').count();
  expect(stops.length, stops.join('\n')).toBe(links);
  expect(stops.length).toBeLessThanOrEqual(45);
});
