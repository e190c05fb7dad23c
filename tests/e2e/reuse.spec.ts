import { expect, test } from '@playwright/test';
import { fromXml } from 'xast-util-from-xml';
import type { Element } from 'xast';
import { z } from 'zod';
import { feedRoute, jsonIndexRoute, jsonRoute } from '../../lib/site/routes';
import { monographPath, slug } from '../policy/lioresal-intrathecal';
import { siteUrl as configuredSiteUrl } from '../../lib/site/site';

// The origin the build wrote into every absolute address (SITE_URL, or the placeholder).
const siteUrl = configuredSiteUrl();

/** What a portal or app may rely on in the JSON copy of a monograph: a schema of its own. */
const ref = z.strictObject({ '@id': z.url() });
const part = z.strictObject({ '@type': z.literal('WebPageElement'), '@id': z.url(), identifier: z.string().min(1), name: z.string().min(1), url: z.url(), text: z.string().min(1), citation: z.array(ref).min(1) });
const source = z.strictObject({
  '@type': z.literal('CreativeWork'),
  '@id': z.url(),
  identifier: z.string(),
  name: z.string(),
  publisher: z.strictObject({ '@type': z.literal('Organization'), name: z.string() }),
  url: z.url().optional(),
});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const monographCopy = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('MedicalWebPage'),
  '@id': z.url(),
  url: z.url(),
  name: z.string(),
  alternateName: z.array(z.string()),
  about: z.object({ '@type': z.literal('Drug'), name: z.string(), code: z.array(z.object({ '@type': z.literal('MedicalCode'), codeValue: z.string(), codingSystem: z.enum(['NDC', 'RxNorm']) })) }),
  lastReviewed: isoDate,
  dateModified: isoDate,
  review: z.array(z.strictObject({ '@type': z.literal('Review'), datePublished: isoDate, reviewBody: z.string() })).min(1),
  hasPart: z.array(part).min(1),
  citation: z.array(source).min(1),
  relatedLink: z.url(),
  usageInfo: z.url(),
  creditText: z.string().min(20),
  encoding: z.strictObject({ '@type': z.literal('MediaObject'), contentUrl: z.url(), encodingFormat: z.literal('application/json') }),
});

test('every page links the feed of reviews, and the monograph its JSON copy', async ({ page }) => {
  for (const path of ['/', monographPath, `${monographPath}evidence/`]) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute('href', `${siteUrl}${feedRoute.path({})}`);
  }
  await page.goto(monographPath);
  await expect(page.locator('link[rel="alternate"][type="application/json"]')).toHaveAttribute('href', `${siteUrl}${jsonRoute.path({ slug })}`);
});

test('the JSON copy holds the page part by part, with its sources, reviews and attribution rule', async ({ request }) => {
  const response = await request.get(jsonRoute.path({ slug }));
  expect(response.headers()['content-type']).toBe('application/json');
  const copy = monographCopy.parse(await response.json());
  expect(copy.url).toBe(`${siteUrl}${monographPath}`);
  expect(copy.lastReviewed).toBe(copy.review[0].datePublished);
  expect(copy.about.code.map((c) => c.codeValue)).toContain('70121-2501-01');
  // Each part cites sources the copy lists; the urgent advice is there as the page says it.
  const ids = new Set(copy.citation.map((s) => s['@id']));
  for (const p of copy.hasPart) for (const { '@id': id } of p.citation) expect(ids, `${p.identifier} cites ${id}`).toContain(id);
  expect(copy.hasPart[0]).toMatchObject({ identifier: 'urgent-1', name: 'If your pump alarm sounds' });
  expect(copy.hasPart.find((p) => p.identifier === 'urgent-2')?.text).toContain('call your pump doctor immediately and go to a hospital at once');
  expect(copy.hasPart.map((p) => p.identifier)).toContain('questions-people-ask');

  const index = await (await request.get(jsonIndexRoute.path({}))).json();
  expect(index.itemListElement).toEqual([
    expect.objectContaining({ position: 1, item: expect.objectContaining({ '@id': copy['@id'], name: 'Lioresal Intrathecal', lastReviewed: copy.lastReviewed, encoding: copy.encoding }) }),
  ]);
});

test('the Atom feed parses and has an entry for each review, dated, linked to its page, with an id that resolves', async ({ request, page }) => {
  const response = await request.get(feedRoute.path({}));
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
  const tree = fromXml(await response.text());
  const feed = tree.children.find((n): n is Element => n.type === 'element')!;
  expect([feed.name, feed.attributes.xmlns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
  const child = (el: Element, name: string) => el.children.find((n): n is Element => n.type === 'element' && n.name === name);
  const text = (el?: Element) => el?.children.map((n) => ('value' in n ? n.value : '')).join('') ?? '';
  for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toBeDefined();
  const entries = feed.children.filter((n): n is Element => n.type === 'element' && n.name === 'entry');
  const copy = await (await request.get(jsonRoute.path({ slug }))).json();
  expect(entries).toHaveLength(copy.review.length);
  const newest = entries[0];
  expect(text(child(newest, 'title'))).toBe(`Lioresal Intrathecal: reviewed ${copy.review[0].datePublished}`);
  expect(text(child(newest, 'updated'))).toBe(`${copy.review[0].datePublished}T00:00:00Z`);
  expect(text(child(newest, 'summary'))).toBe(copy.review[0].reviewBody);
  expect(child(newest, 'link')?.attributes.href).toBe(`${siteUrl}${monographPath}`);
  expect(text(child(feed, 'updated'))).toBe(`${copy.review[0].datePublished}T00:00:00Z`);
  expect(feed.attributes['xml:lang']).toBe('en');
  // Each entry's id is an address that resolves: its review in the evidence page's full history.
  const id = new URL(text(child(newest, 'id')));
  expect(id.pathname).toBe(`${monographPath}evidence/`);
  await page.goto(id.pathname);
  await expect(page.locator(id.hash)).toContainText(copy.review[0].reviewBody);
});
