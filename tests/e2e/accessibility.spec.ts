import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { exportedPages } from './exported-pages';
import { monographPath } from '../policy/lioresal-intrathecal';

const schemes = ['light', 'dark'] as const;
const widths = [360, 1280];
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of exportedPages()) {
  for (const colorScheme of schemes) {
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

test('text zoomed to 200% still fits the screen', async ({ page }) => {
  // WCAG 1.4.4: 200% zoom on a 1280px desktop is the 640px CSS viewport.
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(monographPath);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
});
