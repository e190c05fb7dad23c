import { expect, test } from '@playwright/test';
import { loadContent } from '../../lib/content/content';
import { idsOnPage } from '../../lib/pages/page-ids';
import { cardRoute, evidenceRoute, medicationRoute, questionsRoute, summaryRoute } from '../../lib/site/routes';
import { exportedPages } from '../../scripts/build/exported-pages';

/**
 * Every link inside the site, on every page, lands: the page answers, and an anchor is an id on
 * the page it names. The build checks the links a writer types; this checks what the pages draw
 * around them too (the take-home pages pick parts of the monograph, so an anchor the monograph has
 * may be missing on the summary: issue 20).
 */
test('every link inside the site, on every page, leads to a page and an anchor that exist', async ({ page, request }) => {
  test.slow(); // every page of the site
  const idsOf = new Map<string, Set<string>>();
  const broken: string[] = [];
  for (const path of exportedPages().filter((p) => !p.endsWith('404.html'))) {
    await page.goto(path);
    const hrefs = await page.locator('a[href^="/"], a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    idsOf.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id))));
    for (const href of new Set(hrefs)) {
      const [target, hash] = href.startsWith('#') ? [path, href.slice(1)] : href.split('#');
      if (!idsOf.has(target)) {
        const response = await request.get(target, { maxRedirects: 0 });
        // An other name answers with its 301 to the monograph; follow it once for the anchor.
        const landed = response.status() === 301 ? new URL(response.headers().location, 'http://x').pathname : target;
        if (response.status() !== 200 && response.status() !== 301) {
          broken.push(`${path}: ${href} answers ${response.status()}`);
          continue;
        }
        if (!hash) continue;
        if (!idsOf.has(landed)) {
          const other = await page.context().newPage();
          await other.goto(landed);
          idsOf.set(landed, new Set(await other.locator('[id]').evaluateAll((els) => els.map((el) => el.id))));
          await other.close();
        }
        if (landed !== target) idsOf.set(target, idsOf.get(landed)!);
      }
      if (hash && !idsOf.get(target)!.has(decodeURIComponent(hash))) broken.push(`${path}: ${href} has no #${hash} there`);
    }
  }
  expect(idsOf.size).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});

/**
 * The link check knows which ids each page of a medication draws (lib/pages/page-ids.ts); these
 * lists must be the built pages' own, or the check could pass a link to an anchor that is not
 * there (issue 28: `/medications/<slug>/summary/#no-such-part`).
 */
test('every anchor the link check allows is an id on the built page', async ({ page }) => {
  const missing: string[] = [];
  let checked = 0;
  for (const medication of loadContent('content').medications) {
    for (const route of [medicationRoute, summaryRoute, questionsRoute, cardRoute, evidenceRoute]) {
      const allowed = idsOnPage(route, medication);
      const path = route.path({ slug: medication.slug });
      if (!allowed || !exportedPages().includes(path)) continue;
      await page.goto(path);
      const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
      for (const id of allowed) {
        checked += 1;
        if (!ids.has(id)) missing.push(`${path}#${id}`);
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(missing).toEqual([]);
});
