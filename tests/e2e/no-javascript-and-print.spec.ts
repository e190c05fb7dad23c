import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { monographPath } from '../policy/lioresal-intrathecal';
import { siteUrl as configuredSiteUrl } from '../../lib/site/site';

const path = monographPath;
// The origin the build wrote into every absolute address (SITE_URL, or the placeholder).
const siteUrl = configuredSiteUrl();

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('every section, both urgent boxes and the contents work', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lioresal Intrathecal');
    await expect(page.getByRole('region', { name: /If your pump alarm sounds/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /Never stop suddenly/ })).toBeVisible();
    // The parts of this page (the questions page is a page of its own, tested in first-minute.spec.ts).
    const contents = page.getByRole('navigation', { name: 'On this page' }).locator('a[href^="#"]');
    const count = await contents.count();
    expect(count).toBeGreaterThan(8);
    for (let i = 0; i < count; i++) {
      const link = contents.nth(i);
      const id = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
    await expect(page.getByRole('region', { name: 'Words used on this page' })).toContainText('Intrathecal');
  });

  // A jump from the contents, or a link from elsewhere, lands with the part's heading at the top of a phone screen.
  test('on a phone, each contents link brings its heading to the top of the screen', async ({ page }) => {
    test.slow(); // three page loads for each of a dozen sections: 15 s alone, over 30 s on a busy CI machine
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    // The parts of this page (the questions page is a page of its own, tested in first-minute.spec.ts).
    const contents = page.getByRole('navigation', { name: 'On this page' }).locator('a[href^="#"]');
    expect(await contents.count()).toBeGreaterThan(8);
    for (let i = 0; i < (await contents.count()); i++) {
      const id = (await contents.nth(i).getAttribute('href'))!.slice(1);
      await page.goto(path);
      await contents.nth(i).click();
      const heading = page.locator(`[id="${id}"] h2`);
      await expect(heading).toBeInViewport();
      const top = (await heading.boundingBox())!.y;
      expect(top, id).toBeGreaterThanOrEqual(0);
      expect(top, id).toBeLessThan(120);
      // A link from elsewhere straight to the section lands the same way.
      await page.goto('about:blank');
      await page.goto(`${path}#${id}`);
      const landed = (await heading.boundingBox())!.y;
      expect(landed, `${id} from a link`).toBeGreaterThanOrEqual(0);
      expect(landed, `${id} from a link`).toBeLessThan(120);
    }
  });
});

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  return { pages: doc.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
}

test('the printed handout has the content, its address and date, link targets, and no navigation', async ({ page }) => {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  // The QR code prints, so the paper leads back to the checked page.
  await expect(page.getByRole('img', { name: /^QR code for this page/ })).toBeVisible();
  // Urgent boxes keep a solid border on paper and never split across pages.
  for (const card of await page.locator('.urgent-card').all()) {
    expect(await card.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).breakInside])).toEqual(['solid', 'avoid']);
  }
  // Nor does a citation line, or the key-facts box.
  for (const box of await page.locator('.cite, .summary-list').all()) {
    expect(await box.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  }

  const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages).toBeGreaterThan(2);
  expect(text.replace(/- /g, '-')).toContain(`Printed from Medicines Explained: ${siteUrl}${path}`);
  expect(text).toContain('Page last reviewed: 1 December 2026');
  expect(text).toContain('If your pump alarm sounds');
  expect(text).toContain('Never stop suddenly');
  expect(text).toContain('Side effects');
  expect(text).toMatch(/<https:\/\/dailymed\.nlm\.nih\.gov\/dailymed\/drugInfo\.cfm/);
  expect(text).not.toContain('On this page');
  expect(text).not.toContain('Skip to main content');
  expect(text).not.toContain('Link to this section');
});
