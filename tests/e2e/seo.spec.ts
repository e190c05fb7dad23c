import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { exportedPages } from '../../scripts/build/exported-pages';
import { cardRoute, evidenceRoute, questionsRoute, summaryRoute } from '../../lib/site/routes';
import { sitemapPages } from '../../lib/site/route-match';
import { monographPath, slug } from '../policy/lioresal-intrathecal';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { siteUrl as configuredSiteUrl } from '../../lib/site/site';

// The origin the build wrote into every absolute address (SITE_URL, or the placeholder).
const siteUrl = configuredSiteUrl();
const monograph = monographPath;

test('the monograph describes itself to search engines as a MedicalWebPage about a Drug', async ({ page }) => {
  await page.goto(monograph);
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  expect(blocks).toHaveLength(1);
  const [data] = blocks;
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: `${siteUrl}${monograph}`,
    lastReviewed: '2026-12-01', // the newest entry of the review history
    audience: { '@type': 'Patient' },
    mainEntity: {
      '@type': 'Drug',
      name: 'Lioresal Intrathecal',
      nonProprietaryName: 'baclofen',
      activeIngredient: 'baclofen',
      administrationRoute: 'intrathecal',
      isAvailableGenerically: true,
      prescribingInfo: expect.stringMatching(/^https:\/\/dailymed\.nlm\.nih\.gov\//),
      prescriptionStatus: 'https://schema.org/PrescriptionOnly',
      relevantSpecialty: 'https://schema.org/Neurologic',
    },
    about: [{ '@id': data.mainEntity['@id'] }, { '@type': 'MedicalDevice', name: 'SynchroMed Infusion System' }],
  });
});

test('every page has a unique title and description, a canonical URL and social previews', async ({ page }) => {
  const seen = new Map<string, string>();
  const attribute = (selector: string, name: string) => page.locator(selector).getAttribute(name);
  for (const path of exportedPages().filter((p) => !p.includes('404') && !p.includes('_not-found'))) {
    await page.goto(path);
    // Another name's page sends the reader on and asks not to be indexed (other-names.spec.ts).
    if (new URL(page.url()).pathname !== path) continue;
    // A page search engines are asked to leave out (the Infobutton "no page for that code") needs no preview.
    const robots = page.locator('meta[name="robots"]');
    if ((await robots.count()) && (await robots.getAttribute('content'))?.includes('noindex')) continue;
    const title = await page.title();
    expect(title, path).not.toBe('');
    expect(seen.get(title), `${path} repeats the title of ${seen.get(title)}`).toBeUndefined();
    seen.set(title, path);
    expect(await attribute('html', 'lang')).toBe('en');
    expect(await attribute('link[rel="canonical"]', 'href')).toBe(`${siteUrl}${path}`);
    expect(await attribute('meta[name="description"]', 'content')).toMatch(/^.{50,160}$/);
    expect(await attribute('meta[property="og:url"]', 'content')).toBe(`${siteUrl}${path}`);
    expect(await attribute('meta[name="twitter:card"]', 'content')).toMatch(/^summary/);
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
    expect(await attribute('link[rel="icon"]', 'href')).toMatch(/^\/icon\.svg/);
    expect(await attribute('link[rel="apple-touch-icon"]', 'href')).toMatch(/^\/apple-icon\.png/);
    // No web app manifest: the site is read in the browser, and browsers fetch a linked manifest on
    // every page load (see public/_headers and docs/architecture.md, "Speed").
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
  }
});

test('the preview image is where its meta tag points: a 1200×630 PNG', async ({ page, request }) => {
  await page.goto(monograph);
  const imageUrl = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(imageUrl).toMatch(new RegExp(`^${siteUrl}${monograph}opengraph-image`));
  const response = await request.get(new URL(imageUrl!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = PNG.sync.read(await response.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});

test('sitemap and robots list every page by absolute URL', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const tree = unified().use(rehypeParse, { fragment: true }).parse(sitemap);
  const pages = sitemapPages({ slugs: [slug], cardSlugs: [slug], questionSlugs: [slug], lastReviewed: new Map([[slug, '2026-12-01']]) });
  expect(pages.map((p) => p.path)).toEqual([
    '/', '/about/', '/accessibility/', monograph, summaryRoute.path({ slug }), cardRoute.path({ slug }), evidenceRoute.path({ slug }), questionsRoute.path({ slug }),
  ]);
  expect(selectAll('loc', tree).map((loc) => toString(loc))).toEqual(pages.map((p) => `${siteUrl}${p.path}`));
  // Every page made from the content carries its review date; the accessibility statement has none to give.
  expect(pages.filter((p) => !p.lastModified).map((p) => p.path)).toEqual(['/accessibility/']);
  expect(selectAll('lastmod', tree).map((lastmod) => toString(lastmod))).toEqual(pages.filter((p) => p.lastModified).map(() => '2026-12-01'));
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Allow: /');
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
});

test('the QR code decodes to the page URL', async ({ page }) => {
  await page.goto(monograph);
  const qr = page.getByRole('img', { name: /^QR code for this page/ });
  // Photograph it where it settles after scrolling, as a phone camera would.
  await qr.scrollIntoViewIfNeeded();
  await expect.poll(async () => {
    const before = JSON.stringify(await qr.boundingBox());
    await page.waitForTimeout(100);
    return before === JSON.stringify(await qr.boundingBox());
  }).toBe(true);
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(`${siteUrl}${monograph}`);
  await expect(page.getByRole('region', { name: 'Share this page' })).toContainText(`${siteUrl}${monograph}`);
});
