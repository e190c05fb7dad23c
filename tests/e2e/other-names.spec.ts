import { expect, test } from '@playwright/test';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { fixturePort } from '../../playwright.config';
import { medicationRoute, otherNameRoute } from '../../lib/site/routes';
import { monographPath } from '../policy/lioresal-intrathecal';
import { siteUrl as configuredSiteUrl } from '../../lib/site/site';

// The origin the build wrote into every absolute address (SITE_URL, or the placeholder).
const siteUrl = configuredSiteUrl();
const gablofen = otherNameRoute.path({ slug: 'gablofen' });

test('another name answers 301 to the monograph, with and without the trailing slash', async ({ request }) => {
  for (const path of [gablofen, gablofen.slice(0, -1), otherNameRoute.path({ slug: 'itb-therapy' })]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(response.headers()['location'], path).toBe(monographPath);
    expect(response.headers()['content-security-policy'], path).toMatch(/^default-src 'none'/);
  }
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test("another name's static page sends the browser on, and says where in words", async ({ page, request }) => {
    // The file a host without redirects would serve at the address.
    const html = await (await request.get(`${gablofen}index.html`)).text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${monographPath}">`);
    await page.goto(`${gablofen}index.html`);
    await expect(page).toHaveURL(monographPath);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lioresal Intrathecal');
  });

  test("another name's page is marked noindex, points search engines at the monograph and has a visible link", async ({ request }) => {
    const tree = unified().use(rehypeParse).parse(await (await request.get(`${gablofen}index.html`)).text());
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(`${siteUrl}${monographPath}`);
    expect(String(select('meta[name="robots"]', tree)?.properties.content)).toMatch(/noindex/);
    expect(toString(select('h1', tree)!)).toBe('Gablofen: see Lioresal Intrathecal');
    const link = select('main a', tree);
    expect([link?.properties.href, toString(link!)]).toEqual([monographPath, 'Lioresal Intrathecal']);
  });
});

test('the home page gives every other name in its medicine’s entry, as "Also called" or "Other brand"', async ({ page }) => {
  await page.goto('/');
  const entries = page.locator('main section[aria-labelledby="medications-heading"] > ul > li');
  // One entry per medicine: the other names are not entries of their own.
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Also called: intrathecal baclofen, baclofen pump, ITB therapy');
  await expect(entries.first()).toContainText('Other brand: Gablofen');
  await expect(page.locator('main')).not.toContainText('— see');
});

test('a draft is never exported: no page, no sitemap entry, no link', async ({ request }) => {
  const fixture = `http://127.0.0.1:${fixturePort}`;
  const draft = medicationRoute.path({ slug: 'test-medicine' });
  expect((await request.get(fixture + draft)).status()).toBe(404);
  expect(await (await request.get(`${fixture}/sitemap.xml`)).text()).not.toContain('test-medicine');
  expect(await (await request.get(`${fixture}/`)).text()).not.toContain('test-medicine');
  // The fixture site itself built, with its published page.
  expect((await request.get(fixture + medicationRoute.path({ slug: 'injection-test' }))).status()).toBe(200);
});
