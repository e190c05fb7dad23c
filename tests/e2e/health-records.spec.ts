import { expect, test } from '@playwright/test';
import { monographPath } from '../policy/lioresal-intrathecal';
import { patientContext } from '../policy/infobutton-requests';

/** What a reader sees after following a link from a health record, in a real browser (npm start). */
const byCode = (code: string, extra = '') => `/infobutton?mainSearchCriteria.v.c=${code}&mainSearchCriteria.v.cs=2.16.840.1.113883.6.69&${patientContext}${extra}`;

test('a record\'s link lands on the monograph, and nothing of the patient\'s context reaches the address bar', async ({ page }) => {
  await page.goto(byCode('70121-2501-01'));
  const url = new URL(page.url());
  expect([url.pathname, url.search]).toEqual([monographPath, '?from=health-record']);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lioresal Intrathecal');
});

test('a record that asks for Spanish lands on a notice, in Spanish and English, that leads to the page in English', async ({ page }) => {
  await page.goto(byCode('70121-2501-01', '&informationRecipient.languageCode.c=es'));
  expect(new URL(page.url()).pathname).toBe(`${monographPath}english-only/`);
  await expect(page.locator('[lang="es"] h1')).toHaveText('Esta información solo está en inglés');
  await expect(page.getByRole('heading', { level: 2, name: 'This information is in English only' })).toBeVisible();
  const spanishLink = page.locator('[lang="es"] a[hreflang="en"]');
  await expect(spanishLink).toHaveText('Ir a la página sobre Lioresal Intrathecal (en inglés)');
  await spanishLink.click();
  expect(new URL(page.url()).pathname).toBe(monographPath);
});

test('a code the site does not have gets a 404 page that offers each medicine with all its names', async ({ page }) => {
  const response = await page.goto(byCode('00000-0000-00', '&mainSearchCriteria.v.dn=baclofen'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page for that medicine');
  await expect(page.getByRole('listitem').filter({ hasText: 'Lioresal Intrathecal' })).toHaveText(
    'Lioresal Intrathecal: baclofen (intrathecal). Also called Gablofen, intrathecal baclofen, baclofen pump or ITB therapy.',
  );
});
