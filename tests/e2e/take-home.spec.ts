import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { cardRoute, summaryRoute } from '../../lib/site/routes';
import { monographPath, slug } from '../policy/lioresal-intrathecal';
import { siteUrl as configuredSiteUrl } from '../../lib/site/site';

// The origin the build wrote into every absolute address (SITE_URL, or the placeholder).
const siteUrl = configuredSiteUrl();
const summaryPath = summaryRoute.path({ slug });
const cardPath = cardRoute.path({ slug });
const mm = (points: number) => (points * 25.4) / 72;

async function pdfDocument(pdf: Buffer) {
  return getDocument({ data: new Uint8Array(pdf) }).promise;
}

/** Every filled or stroked rectangle on a PDF page, as width × height in mm (the CTM applied). */
async function rectanglesMm(pdf: Buffer): Promise<{ x: number; y: number; width: number; height: number }[]> {
  const page = await (await pdfDocument(pdf)).getPage(1);
  const { fnArray, argsArray } = await page.getOperatorList();
  const rects: { x: number; y: number; width: number; height: number }[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const multiply = (m: number[], n: number[]) => [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
  fnArray.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as number[]);
    else if (fn === OPS.constructPath) {
      const box = argsArray[i][2] as number[] | undefined;
      if (!box) return;
      const [x0, y0] = [ctm[0] * box[0] + ctm[2] * box[1] + ctm[4], ctm[1] * box[0] + ctm[3] * box[1] + ctm[5]];
      const [x1, y1] = [ctm[0] * box[2] + ctm[2] * box[3] + ctm[4], ctm[1] * box[2] + ctm[3] * box[3] + ctm[5]];
      rects.push({ x: mm(Math.min(x0, x1)), y: mm(Math.min(y0, y1)), width: mm(Math.abs(x1 - x0)), height: mm(Math.abs(y1 - y0)) });
    }
  });
  return rects;
}

/** The sentences a reader sees on a take-home page, leaving out the blanks and the page's own directions. */
async function sentencesOf(page: Page): Promise<string[]> {
  const blocks = await page
    .locator('main')
    .locator('p, li, h2, h3, dt')
    .evaluateAll((els) => els.filter((el) => !el.closest('[data-ui], [data-fill-in]')).map((el) => el.textContent ?? ''));
  return blocks
    .flatMap((block) => block.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+/))
    .filter(Boolean);
}

test('the monograph links to both take-home pages once, near the top, and "Share this page" points there', async ({ page }) => {
  await page.goto(monographPath);
  for (const [name, href] of [['Print a two-page summary', summaryPath], ['Print an emergency card', cardPath]]) {
    await expect(page.getByRole('link', { name })).toHaveCount(1);
    await expect(page.getByRole('link', { name })).toHaveAttribute('href', href);
  }
  await expect(page.getByRole('region', { name: 'Share this page' })).toContainText('use the links under “On this page”');
  // Right under "On this page", the way to everything else, and before the key facts (issue 30: the contents come first on a phone).
  await page.setViewportSize({ width: 360, height: 800 });
  const top = (await page.getByRole('link', { name: 'Print a two-page summary' }).first().boundingBox())!.y;
  const contents = (await page.getByRole('navigation', { name: 'On this page' }).boundingBox())!;
  expect(top).toBeGreaterThan(contents.y + contents.height - 1);
  expect(top).toBeLessThan((await page.getByRole('region', { name: 'Key facts' }).boundingBox())!.y);
  await page.getByRole('link', { name: 'Print a two-page summary' }).first().click();
  await expect(page).toHaveURL(summaryPath);
});

/** The text of each page of a PDF. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const doc = await pdfDocument(pdf);
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('').replace(/\s+/g, ' '));
  }
  return pages;
}

test('the summary prints on exactly two pages, on A4 and on US Letter, with the blanks on page 1 beside the urgent boxes', async ({ page }) => {
  await page.goto(summaryPath);
  for (const format of ['A4', 'Letter']) {
    const pages = await pageTexts(await page.pdf({ format }));
    expect(pages.length, format).toBe(2);
    for (const text of ['If your pump alarm sounds', 'Never stop suddenly', 'My details and my care team', '24-hour number:', 'Next refill date:']) {
      expect(pages[0], `${format}, page 1`).toContain(text);
    }
    expect(pages[1], `${format}, page 2`).toContain('The full page, with its sources');
  }
});

test('the summary says each thing once, and its address wraps only after a slash, a dot or a hyphen', async ({ page }) => {
  await page.goto(summaryPath);
  // No paragraph, list item or heading twice (a short sentence such as "This may cause serious injury or death." may recur inside two).
  const blocks = await page
    .locator('main')
    .locator('p, li, h2, h3')
    .evaluateAll((els) => els.filter((el) => !el.closest('[data-ui], [data-fill-in]')).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
  expect(blocks.length).toBeGreaterThan(20);
  expect(blocks.filter((block, i) => blocks.indexOf(block) !== i)).toEqual([]);
  // The code comes after its heading, for a reader and a screen reader alike.
  const order = await page.locator('#full-page').evaluate((section) => [...section.querySelectorAll('h2, svg')].map((el) => el.tagName));
  expect(order).toEqual(['H2', 'svg']);
  // At any width, each line of the printed address ends at a slash, never inside a word.
  await page.emulateMedia({ media: 'print' });
  for (const width of [320, 480, 700]) {
    await page.setViewportSize({ width, height: 800 });
    for (const address of await page.locator('.take-home-meta a, #full-page .font-mono').all()) {
      const lines = await address.evaluate((el) => {
        const range = document.createRange();
        const text = el.textContent ?? '';
        const rows = new Map<number, string>();
        const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let t = node.nextNode(); t; t = node.nextNode()) {
          for (let i = 0; i < (t.textContent ?? '').length; i++) {
            range.setStart(t, i);
            range.setEnd(t, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            rows.set(top, (rows.get(top) ?? '') + t.textContent![i]);
          }
        }
        return { text, rows: [...rows.values()] };
      });
      expect(lines.rows.join(''), `${width}px`).toBe(lines.text);
      for (const row of lines.rows.slice(0, -1)) expect(row, `${width}px: ${lines.rows.join(' | ')}`).toMatch(/[/.-]$/);
    }
  }
});

test('the summary has the urgent boxes, the picked parts, the blanks and a QR code back to the full page', async ({ page }) => {
  await page.goto(summaryPath);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lioresal Intrathecal');
  await expect(page.getByRole('region', { name: /If your pump alarm sounds/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Never stop suddenly/ })).toBeVisible();
  // The alarms are in the urgent box, each with its action: the summary does not print them twice.
  await expect(page.getByRole('heading', { name: 'Pump alarms and what to do' })).toHaveCount(0);
  for (const name of ['Signs of overdose', 'Refills, cards and baclofen by mouth', 'Can I have an MRI scan?', 'Can I fly, or go high up?']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const careTeam = page.getByRole('region', { name: 'My details and my care team' });
  await expect(careTeam.locator('dt')).toHaveText([
    'My name:', 'Emergency contact:', 'Hospital:', 'Pump doctor or clinic:', 'Clinic phone:', '24-hour number:', 'Medicine and strength:', 'Dose:', 'Pump model:', 'Next refill date:',
  ]);
  await expect(page.locator('main')).toContainText('last reviewed 1 December 2026');

  const qr = page.getByRole('img', { name: /^QR code for the full page/ });
  const png = PNG.sync.read(await qr.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${siteUrl}${monographPath}`);
});

test('the wallet card prints on one page as ID-1 panels two across: one outline, a dashed line at each fold, every panel 85.6 × 54 mm', async ({ page }) => {
  await page.goto(cardPath);
  await expect(page.locator('.wallet-card-cover dt')).toHaveText(['Name:', 'Pump doctor or clinic:', '24-hour phone:', 'Emergency contact:']);
  await expect(page.locator('.wallet-card-statement')).toHaveText('I have an implanted intrathecal baclofen pump. It must not stop suddenly.');
  await expect(page.locator('.wallet-card-face .wallet-card-title')).toHaveText(['Signs of withdrawal', 'Signs of overdose', 'If your pump alarm sounds']);
  const panels = await page.locator('.wallet-card-face').count();
  const rows = Math.ceil(panels / 2);
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format });
    expect((await pdfDocument(pdf)).numPages, format).toBe(1);
    const rects = await rectanglesMm(pdf);
    // Every edge is drawn: the outline is one closed rectangle round every panel.
    const outline = rects.find((r) => Math.abs(r.width - 2 * 85.6) <= 0.5 && Math.abs(r.height - rows * 54) <= 0.5);
    expect(outline, `${format}: the card's outline, 171.2 × ${rows * 54} mm`).toBeDefined();
    // One fold line down the middle, full height: nothing else is drawn between the columns.
    const down = rects.filter((r) => r.height > 40 && r.width < 1 && r.x > outline!.x + 10 && r.x < outline!.x + outline!.width - 10);
    expect(down.length, `${format}: the fold between the columns`).toBeGreaterThan(0);
    for (const line of down) expect(Math.abs(line.x + line.width / 2 - outline!.x - 85.6), format).toBeLessThanOrEqual(0.3);
    // And a fold between each row of panels.
    const across = rects.filter((r) => r.width > 80 && r.height < 1 && r.y > outline!.y + 10 && r.y < outline!.y + outline!.height - 10);
    expect(new Set(across.map((r) => Math.round(r.y))).size, `${format}: the folds between the rows`).toBe(rows - 1);
  }
  await page.emulateMedia({ media: 'print' });
  for (const face of await page.locator('.wallet-card-face').all()) {
    // Each panel is a bank card at true size: its lines fit, so it has not grown past 54 mm.
    const box = (await face.boundingBox())!;
    expect(Math.abs((box.height * 25.4) / 96 - 54), await face.getAttribute('aria-label') ?? '').toBeLessThanOrEqual(0.5);
    expect(await face.evaluate((f) => f.scrollHeight - f.clientHeight)).toBeLessThanOrEqual(1);
  }
  // Once cut out and folded, the cover says where the card came from and when the page was reviewed.
  await expect(page.locator('.wallet-card-cover .wallet-card-origin')).toHaveText('Medicines Explained · reviewed 1 December 2026');
  // Readable once printed: no text under 9 pt (12 CSS px), and room to write by hand (7 mm a line).
  const smallest = await page.locator('.wallet-card').evaluate((card) =>
    Math.min(...[...card.querySelectorAll('*')].filter((el) => el.textContent?.trim() && !el.closest('.sr-only')).map((el) => parseFloat(getComputedStyle(el).fontSize))),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);
  for (const line of await page.locator('.wallet-card-blanks > div').all()) {
    expect(((await line.boundingBox())!.height * 25.4) / 96).toBeGreaterThanOrEqual(6.99);
  }
});

test('the wallet card carries every sign of withdrawal and of overdose with its action, the emergency number and the two-tone alarm', async ({ page }) => {
  await page.goto(cardPath);
  const card = page.getByRole('group', { name: 'Emergency card' });
  const withdrawal = card.getByRole('group', { name: 'Signs of withdrawal' });
  for (const sign of ['itching', 'low blood pressure', 'tingling', 'a high fever', 'confusion', 'rigid', 'worse than before treatment']) await expect(withdrawal).toContainText(sign);
  await expect(withdrawal).toContainText('call your pump doctor immediately and go to a hospital at once');
  await expect(withdrawal).toContainText('call 911 or your local emergency number');
  const overdose = card.getByRole('group', { name: 'Signs of overdose' });
  for (const sign of ['floppy', 'slow or shallow breathing', 'seizures', 'coma', 'confusion']) await expect(overdose).toContainText(sign);
  await expect(overdose).toContainText('be taken to a hospital at once');
  await expect(overdose).toContainText('call 911 or your local emergency number');
  await expect(card.getByRole('group', { name: 'If your pump alarm sounds' })).toContainText('A two-tone alarm: the medicine is no longer flowing. Call your pump doctor immediately and go to a hospital at once.');
});

test('every sentence on the summary and the card also stands on the full page', async ({ page }) => {
  await page.goto(monographPath);
  const monograph = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
  for (const path of [summaryPath, cardPath]) {
    await page.goto(path);
    const sentences = await sentencesOf(page);
    expect(sentences.length, path).toBeGreaterThan(10);
    expect(sentences.filter((sentence) => !monograph.includes(sentence)), path).toEqual([]);
  }
});
