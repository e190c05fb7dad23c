import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sitePort } from '../../playwright.config';
import { chromiumPath, quietChromiumArgs } from '../../scripts/setup/chromium';
import { cardRoute, evidenceRoute, otherNameRoute, questionsRoute, summaryRoute } from '../../lib/site/routes';
import { formatDate, siteName } from '../../lib/site/site';
import { monographPath, slug } from '../policy/lioresal-intrathecal';

/**
 * Issue 30: the page as a tired reader uses it, on a phone, with large text, on paper: a short
 * way to every answer, the name they searched for, alarms told apart at a glance, take-home
 * sheets that never hide a line, and printouts that say where they come from.
 */
const phone = { width: 360, height: 800 };
const summaryPath = summaryRoute.path({ slug });
const cardPath = cardRoute.path({ slug });

test('at 360 × 800 the contents start within three screens and name MRI, flying, travel, refills and alarms, with one questions part', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto(monographPath);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  expect((await contents.boundingBox())!.y).toBeLessThan(3 * phone.height);
  const entries = await contents.getByRole('link').allTextContents();
  for (const words of [/MRI/, /flying/, /travel/, /refills/, /alarms/]) expect(entries.some((e) => words.test(e)), String(words)).toBe(true);
  expect(entries.filter((e) => /question/i.test(e))).toEqual(['Questions people ask']);
});

for (const name of ['gablofen', 'itb-therapy']) {
  test(`a reader who comes by another name (${name}) sees that name on the first phone screen`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(otherNameRoute.path({ slug: name }));
    await expect(page).toHaveURL(new RegExp(`${monographPath}$`));
    const shown = page.locator('.other-names b', { hasText: new RegExp(`^${name.replace('-', ' ')}$`, 'i') });
    const box = (await shown.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
  });
}

test('each alarm is named in bold where it is explained, the more urgent first: the urgent box, the page, the summary and the card', async ({ page }) => {
  const names = ['A two-tone alarm:', 'A single beep that repeats about once an hour:'];
  await page.goto(monographPath);
  await expect(page.getByRole('region', { name: 'Urgent advice: If your pump alarm sounds' }).locator('li > b')).toHaveText(names);
  await expect(page.getByRole('region', { name: 'Pump alarms and what to do' }).locator('li > strong')).toHaveText(['A two-tone alarm.', 'A single beep that repeats about once an hour.']);
  await page.goto(summaryPath);
  await expect(page.getByRole('region', { name: 'Urgent advice: If your pump alarm sounds' }).locator('li > b')).toHaveText(names);
  await page.goto(cardPath);
  await expect(page.getByRole('group', { name: 'If your pump alarm sounds' }).locator('li > b')).toHaveText(names);
});

/**
 * Text the reader cannot see because a box cuts it off: each line of text that reaches past an
 * ancestor that clips (overflow other than visible), and each line cut short with an ellipsis.
 * Screen-reader-only text is clipped on purpose and left out.
 */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    // The page's own text: the skip link waits off-screen until it is focused, by design.
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const own = node.parentElement!;
      if (!node.textContent!.trim() || own.closest('.sr-only') || !own.getClientRects().length) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const said = node.textContent!.trim().slice(0, 50);
      const width = document.documentElement.clientWidth;
      for (const line of range.getClientRects()) {
        // Past the edge of the screen or the paper: the reader would have to scroll sideways, and paper cannot.
        if (line.right > width + 1 || line.left < -1) cut.push(`"${said}" runs off the side of the page`);
        for (let box = own; box && box !== document.documentElement; box = box.parentElement!) {
          const style = getComputedStyle(box);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const edge = box.getBoundingClientRect();
          const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
          if ((!scrolls && (line.left < edge.left - 1 || line.right > edge.right + 1)) || line.top < edge.top - 1 || line.bottom > edge.bottom + 1) cut.push(`"${said}" cut off by <${box.tagName.toLowerCase()} class="${box.className}">`);
        }
      }
      if (getComputedStyle(own).textOverflow === 'ellipsis' && own.scrollWidth > own.clientWidth + 1) cut.push(`"${said}" cut short with an ellipsis`);
    }
    return cut;
  });
}

test('the clipped-text finder finds a clipped line and a truncated label (so the tests below can fail)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.setContent('<main><div style="height:1em;overflow:hidden;width:100px">one line<br>a second line that is hidden</div><p style="width:40px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">Pump doctor or clinic</p><p style="white-space:nowrap">Medicine and strength: a label that runs past the right-hand edge of a phone</p></main>');
  const cut = await clippedText(page);
  expect(cut.some((c) => c.includes('a second line that is hidden'))).toBe(true);
  expect(cut.some((c) => c.includes('Pump doctor or clinic'))).toBe(true);
  expect(cut.some((c) => c.includes('Medicine and strength') && c.includes('runs off'))).toBe(true);
});

/** Chromium's own settings for text size, as a reader with low vision sets them. */
const largeText = [
  { name: 'a 16 px minimum font size', prefs: { minimum_font_size: 16 } },
  { name: 'a 24 px default font size', prefs: { default_font_size: 24 } },
];
/** A phone, a printout (A4 at 96 px an inch) and a 1280 px window zoomed to 200 %. */
const views = [
  { name: 'on a phone', viewport: phone, print: false, scale: 1 },
  { name: 'printed', viewport: { width: 794, height: 1123 }, print: true, scale: 1 },
  { name: 'at 200 % zoom', viewport: { width: 640, height: 400 }, print: false, scale: 2 },
];

for (const { name, prefs } of largeText) {
  test(`the summary and the card hide no line with ${name}: on a phone, printed and at 200 % zoom`, async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'large-text-'));
    fs.mkdirSync(path.join(profile, 'Default'));
    fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: prefs } }));
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: quietChromiumArgs, baseURL: `http://127.0.0.1:${sitePort}` });
    try {
      const page = await context.newPage();
      for (const view of views) {
        await page.setViewportSize(view.viewport);
        await page.emulateMedia({ media: view.print ? 'print' : 'screen' });
        for (const address of [summaryPath, cardPath]) {
          await page.goto(address);
          if (view.scale !== 1) await page.evaluate((zoom) => void ((document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = String(zoom)), view.scale);
          expect(await clippedText(page), `${address} ${view.name}`).toEqual([]);
        }
      }
      // On paper, every line of the card is in the PDF: grown panels, never dropped lines.
      await page.emulateMedia({ media: 'print' });
      await page.goto(cardPath);
      const lines = await page.locator('.wallet-card li, .wallet-card-action, .wallet-card-statement').allTextContents();
      const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
      let text = '';
      for (let i = 1; i <= pdf.numPages; i++) text += (await (await pdf.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
      const squeeze = (s: string) => s.replace(/[\s-]+/g, '');
      for (const line of lines) expect(squeeze(text), line).toContain(squeeze(line));
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
}

/** The text of a printout's first page, spaces and line breaks taken out (an address may wrap). */
async function firstPrintedPage(page: Page, address: string): Promise<string> {
  await page.goto(address);
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })) }).promise;
  const first = await (await pdf.getPage(1)).getTextContent();
  return first.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '');
}

test('the printed monograph says on page 1 where the summary and the card are, and every printout names the site and its review date', async ({ page, request }) => {
  const { lastReviewed } = (await (await request.get(`${monographPath}index.json`)).json()) as { lastReviewed: string };
  const reviewed = formatDate(lastReviewed).replace(/\s+/g, '');
  const first = await firstPrintedPage(page, monographPath);
  for (const address of [summaryPath, cardPath]) expect(first).toContain(address);
  for (const address of [monographPath, summaryPath, cardPath, questionsRoute.path({ slug }), evidenceRoute.path({ slug })]) {
    const text = address === monographPath ? first : await firstPrintedPage(page, address);
    expect(text, address).toContain(siteName.replace(/\s+/g, ''));
    expect(text, address).toContain(reviewed);
  }
});
