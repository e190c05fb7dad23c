import { expect, test } from '@playwright/test';
import { monographPath, slug } from '../policy/lioresal-intrathecal';
import { evidenceRoute, medicationRoute } from '../../lib/site/routes';
import { fixturePort } from '../../playwright.config';
import { exportedPages } from '../../scripts/build/exported-pages';

test('the home page names the site once, lists the medicines first and links to the monograph', async ({ page }) => {
  await page.goto('/');
  // The header names the site; the page starts with the medicines.
  await expect(page.getByText('Medicines Explained', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medicines A to Z');
  const firstInMain = page.locator('main').getByRole('link').first();
  await expect(firstInMain).toHaveText('Lioresal Intrathecal');
  await page.getByRole('link', { name: 'Lioresal Intrathecal', exact: true }).first().click();
  await expect(page).toHaveURL(monographPath);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lioresal Intrathecal');
});

test('an unknown address gets a helpful 404 page with a 404 status', async ({ page }) => {
  const response = await page.goto(medicationRoute.path({ slug: 'no-such-medicine' }));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the list of all medications' }).click();
  await expect(page).toHaveURL('/');
});

test('the skip link is the first thing a keyboard reaches and moves focus past the header', async ({ page }) => {
  await page.goto(monographPath);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
});

test('every page ends with links to About and the accessibility statement', async ({ page }) => {
  for (const path of exportedPages().filter((p) => !p.endsWith('404.html'))) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'About this site' }), path).toHaveAttribute('href', '/about/');
    await expect(footer.getByRole('link', { name: 'Accessibility statement' }), path).toHaveAttribute('href', '/accessibility/');
  }
});

test('About says how pages are written, sourced, checked and reviewed, and says plainly what the publisher has not set', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Medicines Explained');
  for (const name of ['Who publishes this site', 'How pages are written', 'How pages are checked', 'How pages are reviewed', 'Independence and funding', 'Contact']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  // This build sets no publisher: the page says so rather than inventing one.
  await expect(page.locator('main')).toContainText('This copy of the site does not yet name its publisher.');
  await expect(page.locator('main')).toContainText('does not yet say who pays for it');
  await expect(page.locator('main')).toContainText('does not yet give a contact address');
  await page.getByRole('link', { name: 'Lioresal Intrathecal: how this page was checked' }).click();
  await expect(page).toHaveURL(evidenceRoute.path({ slug }));
});

test('the accessibility statement names the standard, what does not work and how to report a problem', async ({ page }) => {
  await page.goto('/accessibility/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page.locator('main')).toContainText('WCAG) 2.2 at level AA');
  for (const name of ['What we know does not work well', 'Report a problem']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
});

test('a publisher who sets its name, contact and funding sees them on About and the accessibility statement', async ({ page }) => {
  // The injection fixture site is built with the publisher settings (package.json, test:site).
  const fixture = `http://127.0.0.1:${fixturePort}`;
  await page.goto(`${fixture}/about/`);
  await expect(page.locator('main')).toContainText('Medicines Explained is published by Fixture Health Trust.');
  await expect(page.locator('main')).toContainText('Funded by a fixture grant.');
  await expect(page.getByRole('link', { name: 'editors@example.org' })).toHaveAttribute('href', 'mailto:editors@example.org');
  await page.goto(`${fixture}/accessibility/`);
  await expect(page.getByRole('link', { name: 'editors@example.org' })).toHaveAttribute('href', 'mailto:editors@example.org');
});
