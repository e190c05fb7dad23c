import { expect, test } from '@playwright/test';
import { fromXml } from 'xast-util-from-xml';
import type { Element } from 'xast';
import { z } from 'zod';
import { feedRoute, jsonIndexRoute, jsonRoute } from '../../lib/site/routes';
import { monographPath, slug } from '../policy/lioresal-intrathecal';

const siteUrl = process.env.SITE_URL ?? 'https://medicines-explained.example.org';

/** What a portal or app may rely on in the JSON copy of a monograph: a schema of its own. */
const part = z.strictObject({ '@type': z.literal('WebPageElement'), identifier: z.string().min(1), name: z.string().min(1), url: z.url(), text: z.string().min(1), citation: z.array(z.string()).min(1) });
const source = z.strictObject({ '@type': z.literal('CreativeWork'), identifier: z.string(), name: z.string(), publisher: z.string(), url: z.url().optional() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const monographCopy = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('MedicalWebPage'),
  url: z.url(),
  name: z.string(),
  alternateName: z.array(z.string()),
  about: z.object({ '@type': z.literal('Drug'), name: z.string(), code: z.array(z.object({ '@type': z.literal('MedicalCode'), codeValue: z.string(), codingSystem: z.enum(['NDC', 'RxNorm']) })) }),
  lastReviewed: isoDate,
  nextReview: isoDate,
  reviewHistory: z.array(z.strictObject({ date: isoDate, change: z.string() })).min(1),
  hasPart: z.array(part).min(1),
  citation: z.array(source).min(1),
  evidence: z.url(),
  usageInfo: z.string().min(20),
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
  expect(copy.lastReviewed).toBe(copy.reviewHistory[0].date);
  expect(copy.about.code.map((c) => c.codeValue)).toContain('70121-2501-01');
  // Each part cites sources the copy lists; the urgent advice is there as the page says it.
  const ids = new Set(copy.citation.map((s) => s.identifier));
  for (const p of copy.hasPart) for (const id of p.citation) expect(ids, `${p.identifier} cites ${id}`).toContain(id);
  expect(copy.hasPart[0]).toMatchObject({ identifier: 'urgent-1', name: 'If your pump alarm sounds' });
  expect(copy.hasPart.find((p) => p.identifier === 'urgent-2')?.text).toContain('call your pump doctor immediately and go to a hospital at once');
  expect(copy.hasPart.map((p) => p.identifier)).toContain('questions-people-ask');

  const index = await (await request.get(jsonIndexRoute.path({}))).json();
  expect(index.itemListElement).toEqual([expect.objectContaining({ name: 'Lioresal Intrathecal', url: copy.url, item: `${siteUrl}${jsonRoute.path({ slug })}`, lastReviewed: copy.lastReviewed })]);
});

test('the Atom feed parses and has an entry for each review, dated and linked to its page', async ({ request }) => {
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
  expect(entries).toHaveLength(copy.reviewHistory.length);
  const newest = entries[0];
  expect(text(child(newest, 'title'))).toBe(`Lioresal Intrathecal: reviewed ${copy.reviewHistory[0].date}`);
  expect(text(child(newest, 'updated'))).toBe(`${copy.reviewHistory[0].date}T00:00:00Z`);
  expect(text(child(newest, 'summary'))).toBe(copy.reviewHistory[0].change);
  expect(child(newest, 'link')?.attributes.href).toBe(`${siteUrl}${monographPath}`);
  expect(text(child(feed, 'updated'))).toBe(`${copy.reviewHistory[0].date}T00:00:00Z`);
});
