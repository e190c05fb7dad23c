import { expect, test } from '@playwright/test';
import { monographPath } from '../policy/lioresal-intrathecal';
import { medicationRoute } from '../../lib/routes';

test('the home page says what the site is and links to the monograph', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medicines Explained');
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
