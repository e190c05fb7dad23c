import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { exportedPages } from '../../scripts/build/exported-pages';
import { monographPath } from '../policy/lioresal-intrathecal';
import { loadContent, siteIndex } from '../../lib/content/content';
import { otherNameRoute } from '../../lib/site/routes';

const schemes = ['light', 'dark'] as const;
const widths = [360, 1280];
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// A monograph's other names are one page template with another name in it: the first stands for
// all in the axe runs (four runs a page, the slowest part of CI); each still reflows below.
const otherNames = otherNameRoute
  .params(siteIndex(loadContent('content').medications))
  .map((params) => otherNameRoute.path(params))
  .sort()
  .slice(1);

for (const path of exportedPages()) {
  for (const colorScheme of otherNames.includes(path) ? [] : schemes) {
    for (const width of widths) {
      test(`axe: ${path} in ${colorScheme} at ${width}px has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  test(`${path} reflows at 320px with no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('the monograph has one h1 and headings that never skip a level', async ({ page }) => {
  await page.goto(monographPath);
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1] + 1));
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
});

test('every control shows a clear focus ring when reached by keyboard', async ({ page }) => {
  await page.goto(monographPath);
  const count = await page.locator('a[href], button, summary').count();
  for (let i = 0; i < Math.min(count, 40); i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), visible: box.width > 0 && box.height > 0 };
    });
    expect(ring).toEqual({ outline: 'solid', width: 3, visible: true });
  }
});

// The ring around a link at a section's edge must show whole, drawn in pixels, not only in CSS
// (a section that clips what it paints, as content-visibility did, would cut it).
test('the focus ring shows whole around a link at the edge of a lower section', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(monographPath);
  const sections = page.locator('.body-section, .sources, .glossary');
  expect(await sections.count()).toBeGreaterThan(5);
  // The first link that starts at its section's left edge, reached by keyboard.
  let link = null;
  for (const candidate of await page.locator('.body-section a, .sources a, .glossary a').all()) {
    const section = candidate.locator('xpath=ancestor::section[1]');
    const [box, edge] = [await candidate.boundingBox(), await section.evaluate((el) => el.getBoundingClientRect().x + parseFloat(getComputedStyle(el).paddingLeft))];
    if (box && Math.abs(box.x - edge) < 1) {
      link = candidate;
      break;
    }
  }
  expect(link, 'a link at the left edge of a section').not.toBeNull();
  await link!.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link!).toBeFocused();
  const box = (await link!.boundingBox())!;
  const shot = PNG.sync.read(await page.screenshot());
  const at = (x: number, y: number) => shot.data.slice((Math.round(y) * shot.width + Math.round(x)) * 4, (Math.round(y) * shot.width + Math.round(x)) * 4 + 3);
  const middle = box.y + Math.min(box.height, 20) / 2;
  // 1.5px out: the yellow outline; 6px out: the dark band around it (left of the section's text).
  expect([...at(box.x - 1.5, middle)]).toEqual([255, 221, 0]);
  expect(Math.max(...at(box.x - 6, middle))).toBeLessThan(40);
});

test('text zoomed to 200% still fits the screen', async ({ page }) => {
  // WCAG 1.4.4: 200% zoom on a 1280px desktop is the 640px CSS viewport.
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(monographPath);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
});
