import { expect, test } from '@playwright/test';
import { fixturePort } from '../../playwright.config';

// A page built from tests/fixtures/content/injection: raw HTML, handlers, javascript:/data: URLs,
// frames, forms, object/embed, meta refresh and style tricks, in the body and the front matter.
const url = `http://127.0.0.1:${fixturePort}/medications/injection-test/`;

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

  const found = await page.locator('main').evaluate((main) => {
    const all = [main, ...main.querySelectorAll('*')];
    return {
      dangerousElements: [...main.querySelectorAll('script, iframe, frame, object, embed, form, input, button, meta, link, style, base, svg')].map((e) => e.outerHTML),
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

  // Front-matter payloads arrive as visible text, not markup.
  await expect(page.getByRole('heading', { level: 1 })).toContainText("</script><script>alert('title')</script>");
  // The page is otherwise intact: the safe external link is still there, marked.
  await expect(page.getByRole('link', { name: 'external link (opens another site)' })).toHaveAttribute('href', 'https://example.org/safe');
});
