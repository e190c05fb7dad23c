import { expect, test } from '@playwright/test';
import { medicationRoute } from '../../lib/site/routes';
import { fixturePort } from '../../playwright.config';

// A page built from tests/fixtures/content/injection: script, handlers and javascript: URLs in every
// front matter field, and Markdown that looks like code but is allowed (code spans, entities, quotes
// in an address). Raw HTML and unsafe links in Markdown stop the build instead; the unit tests over
// tests/fixtures/content/unsafe-markdown check that each is reported and would still be dropped.
const url = `http://127.0.0.1:${fixturePort}${medicationRoute.path({ slug: 'injection-test' })}`;

test('no injected code runs or survives in the page', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url);
  await page.locator('main').hover();
  for (const el of await page.locator('main *').all()) await el.hover({ force: true, timeout: 1000 }).catch(() => {});
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);

  // The article is everything built from the content file; the page's own QR code (an SVG made
  // by our component, not by the content) is left out of the element check.
  const found = await page.locator('article').evaluate((main) => {
    const all = [main, ...main.querySelectorAll('*')].filter((e) => !e.closest('.qr-code'));
    return {
      dangerousElements: all.filter((e) => e.matches('script, iframe, frame, object, embed, form, input, button, meta, link, style, base, svg')).map((e) => e.outerHTML),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`)),
      styles: all.filter((e) => e.hasAttribute('style')).map((e) => e.tagName),
      badUrls: all.flatMap((e) =>
        ['href', 'src', 'action', 'formaction', 'data', 'srcdoc'].flatMap((name) => {
          const value = e.getAttribute(name);
          return value && (/^\s*(javascript|data|vbscript):/i.test(value) || name === 'srcdoc') ? [`${e.tagName} ${name}=${value}`] : [];
        }),
      ),
    };
  });
  expect(found).toEqual({ dangerousElements: [], handlers: [], styles: [], badUrls: [] });

  // The only script on the page is the JSON-LD, and nothing in it can close the element.
  const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => [e.getAttribute('type'), e.textContent?.includes('<')]));
  expect(scripts).toEqual([['application/ld+json', false]]);

  // Front-matter payloads arrive as visible text, not markup.
  await expect(page.getByRole('heading', { level: 1 })).toContainText("</script><script>alert('title')</script>");
  // Markup in Markdown code arrives as visible text.
  await expect(page.locator('article code').first()).toHaveText("<script>alert('code')</script>");
  // The page is otherwise intact: the safe external link is still there, marked, and a phone link works.
  await expect(page.getByRole('link', { name: 'external link (opens another site)' })).toHaveAttribute('href', 'https://example.org/safe');
  await expect(page.getByRole('link', { name: 'phone number' })).toHaveAttribute('href', 'tel:+15555550123');
});
