import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { exportedPages } from './exported-pages';

const siteUrl = process.env.SITE_URL ?? 'https://medicines-explained.example.org';
const monograph = '/medications/lioresal-intrathecal/';

test('the monograph describes itself to search engines as a MedicalWebPage about a Drug', async ({ request }) => {
  const html = await (await request.get(monograph)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
  expect(blocks).toHaveLength(1);
  const [page] = blocks;
  expect(page).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: `${siteUrl}${monograph}`,
    lastReviewed: '2026-11-25',
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
    about: [{ '@id': page.mainEntity['@id'] }, { '@type': 'MedicalDevice', name: 'SynchroMed Infusion System' }],
  });
});

test('every page has a unique title and description, a canonical URL and social previews', async ({ request }) => {
  const seen = new Map<string, string>();
  for (const path of exportedPages().filter((p) => !p.includes('404') && !p.includes('_not-found'))) {
    const html = await (await request.get(path)).text();
    const title = /<title>(.*?)<\/title>/.exec(html)?.[1] ?? '';
    expect(title, path).not.toBe('');
    expect(seen.get(title), `${path} repeats the title of ${seen.get(title)}`).toBeUndefined();
    seen.set(title, path);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain(`<link rel="canonical" href="${siteUrl}${path}">`);
    expect(html).toMatch(/<meta name="description" content=".{50,160}">/);
    expect(html).toContain(`<meta property="og:url" content="${siteUrl}${path}">`);
    expect(html).toMatch(/<meta name="twitter:card" content="summary/);
    expect(html).toMatch(/<meta name="theme-color"/);
    expect(html).toMatch(/<link rel="icon" href="\/icon\.svg/);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\.png/);
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  }
});

test('the preview image is where its meta tag points: a 1200×630 PNG', async ({ request }) => {
  const html = await (await request.get(monograph)).text();
  const imageUrl = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1];
  expect(imageUrl).toMatch(new RegExp(`^${siteUrl}${monograph}opengraph-image`));
  const response = await request.get(new URL(imageUrl!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = PNG.sync.read(await response.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});

test('sitemap and robots list every page by absolute URL', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toEqual([`${siteUrl}/`, `${siteUrl}${monograph}`]);
  expect(sitemap).toContain('<lastmod>2026-11-25</lastmod>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Allow: /');
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toBe('Medicines Explained');
});

test('the QR code decodes to the page URL', async ({ page }) => {
  await page.goto(monograph);
  const qr = page.getByRole('img', { name: /^QR code for this page/ });
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(`${siteUrl}${monograph}`);
  await expect(page.getByRole('region', { name: 'Share this page' })).toContainText(`${siteUrl}${monograph}`);
});
