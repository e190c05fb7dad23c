import { expect, test, type Page } from '@playwright/test';
import { exportedPages } from '../../scripts/build/exported-pages';

/**
 * Printed from a device in dark mode, every page must still print dark text on white paper: before
 * this test, Chromium printed the dark scheme's light greys on white, so the bold safety lines
 * ("Go to a hospital at once") were the faintest on the page.
 */
interface LowContrast {
  text: string;
  ratio: number;
  colour: string;
  background: string;
}

/** Every visible text, list bullet included, whose printed contrast is below WCAG AA (4.5:1; 3:1 when large). */
async function lowContrastText(page: Page, medium: 'paper' | 'screen'): Promise<LowContrast[]> {
  return page.evaluate((medium) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    // Any CSS colour (oklch, color-mix, hex) as RGBA, the way the page paints it.
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: number[], under: number[]) => top.slice(0, 3).map((c, i) => c * top[3] + under[i] * (1 - top[3]));
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    /*
     * The paper under an element: white, unless an ancestor's background prints (print-color-adjust:
     * exact). A background that only prints with "Background graphics" ticked must be readable both ways.
     */
    const papers = (el: Element): number[][] => {
      const layers: { colour: [number, number, number, number]; exact: boolean }[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        const colour = rgba(style.backgroundColor);
        if (colour[3] > 0) layers.push({ colour, exact: style.printColorAdjust === 'exact' });
      }
      const white = [255, 255, 255];
      const withBackgrounds = layers.reduceRight<number[]>((under, layer) => over(layer.colour, under), white);
      const printed = layers.filter((l) => l.exact).reduceRight<number[]>((under, layer) => over(layer.colour, under), white);
      return medium === 'paper' ? [printed, withBackgrounds] : [withBackgrounds];
    };
    const opacityOf = (el: Element) => {
      let opacity = 1;
      for (let node: Element | null = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
      return opacity;
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Screen-reader-only text (1 × 1 px, clipped) is heard, not printed.
      return rect.width > 2 && rect.height > 2 && style.visibility === 'visible' && el.checkVisibility({ opacityProperty: false });
    };

    const found: { text: string; ratio: number; colour: string; background: string }[] = [];
    const check = (el: Element, colourCss: string, text: string, fontPx: number, weight: number) => {
      const colour = rgba(colourCss);
      const alpha = colour[3] * opacityOf(el);
      const large = fontPx >= 24 || (fontPx >= 18.66 && weight >= 700);
      for (const paper of papers(el)) {
        const ink = over([colour[0], colour[1], colour[2], alpha], paper);
        const r = ratio(ink, paper);
        if (r < (large ? 3 : 4.5)) {
          found.push({ text: text.slice(0, 60), ratio: Math.round(r * 100) / 100, colour: colourCss, background: `rgb(${paper.map(Math.round).join(' ')})` });
          return;
        }
      }
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (text) check(el, style.color, text, parseFloat(style.fontSize), Number(style.fontWeight));
      // Printed link addresses (a::after) and list bullets (li::marker) are text on paper too.
      const after = getComputedStyle(el, '::after');
      if (after.content && after.content !== 'none' && after.content !== 'normal' && after.content !== '""') {
        check(el, after.color, `${text} ${after.content}`, parseFloat(after.fontSize), Number(after.fontWeight));
      }
      if (el.tagName === 'LI' && style.display === 'list-item' && style.listStyleType !== 'none') {
        const marker = getComputedStyle(el, '::marker');
        check(el, marker.color, `bullet of "${text}"`, parseFloat(marker.fontSize), Number(marker.fontWeight));
      }
    }
    return found;
  }, medium);
}

const pages = exportedPages();

test.describe('printed from a device in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('every page prints dark text on white, every text and bullet at least 4.5:1 (3:1 large)', async ({ page }) => {
    test.slow(); // every page of the site
    expect(pages.length).toBeGreaterThan(8);
    const problems: Record<string, LowContrast[]> = {};
    for (const path of pages) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const low = await lowContrastText(page, 'paper');
      if (low.length) problems[path] = low;
      // The page is on white paper, not the dark screen's background.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).toMatch(/^rgba?\(255, 255, 255|^rgba\(0, 0, 0, 0\)/);
    }
    expect(problems).toEqual({});
  });

  test('the check sees a faint line: dark-mode screen colours fail it', async ({ page }) => {
    // On a dark screen the page is light text on a dark background; printed on white, that fails.
    await page.goto('/medications/lioresal-intrathecal/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    // The old dark-scheme grey of the bold lines, set through the CSSOM (the page's CSP allows no new style sheet).
    await page.locator('main strong').evaluateAll((els) => els.forEach((el) => (el as HTMLElement).style.setProperty('color', '#cad5e2', 'important')));
    const low = await lowContrastText(page, 'paper');
    expect(low.map((l) => l.text).join('\n')).toMatch(/If you notice any sign of withdrawal/);
  });
});

test('the same pages on screen in dark mode pass too (the check is not only for paper)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/', '/medications/lioresal-intrathecal/', '/medications/lioresal-intrathecal/summary/']) {
    await page.goto(path);
    expect(await lowContrastText(page, 'screen'), path).toEqual([]);
  }
});
