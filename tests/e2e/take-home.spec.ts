import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { cardRoute, summaryRoute } from '../../lib/routes';
import { monographPath, slug } from '../policy/lioresal-intrathecal';

const siteUrl = process.env.SITE_URL ?? 'https://medicines-explained.example.org';
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

test('the monograph links to both take-home pages, near the top and in "Share this page"', async ({ page }) => {
  await page.goto(monographPath);
  for (const [name, href] of [['Print a two-page summary', summaryPath], ['Print an emergency card', cardPath]]) {
    const links = page.getByRole('link', { name });
    await expect(links).toHaveCount(2);
    await expect(links.first()).toHaveAttribute('href', href);
    await expect(page.getByRole('region', { name: 'Share this page' }).getByRole('link', { name })).toHaveAttribute('href', href);
  }
  // The first link sits above the urgent boxes, where a clinician looks first.
  const top = (await page.getByRole('link', { name: 'Print a two-page summary' }).first().boundingBox())!.y;
  expect(top).toBeLessThan((await page.getByRole('region', { name: /If your pump alarm sounds/ }).boundingBox())!.y);
  await page.getByRole('link', { name: 'Print a two-page summary' }).first().click();
  await expect(page).toHaveURL(summaryPath);
});

test('the summary prints on exactly two pages, on A4 and on US Letter', async ({ page }) => {
  await page.goto(summaryPath);
  for (const format of ['A4', 'Letter']) {
    expect((await pdfDocument(await page.pdf({ format }))).numPages, format).toBe(2);
  }
});

test('the summary has the urgent boxes, the picked parts, the blanks and a QR code back to the full page', async ({ page }) => {
  await page.goto(summaryPath);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lioresal Intrathecal');
  await expect(page.getByRole('region', { name: /If your pump alarm sounds/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Never stop suddenly/ })).toBeVisible();
  // The alarms are in the urgent box, each with its action: the summary does not print them twice.
  await expect(page.getByRole('heading', { name: 'Pump alarms and what to do' })).toHaveCount(0);
  for (const name of ['Signs of overdose', 'Protect the pump', 'Heat, diving and high pressure']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const careTeam = page.getByRole('region', { name: 'My care team' });
  await expect(careTeam.locator('dt')).toHaveText(['Clinic:', 'Phone:', 'After-hours number:', 'Pump model:', 'Next refill date:']);
  await expect(page.locator('main')).toContainText('last reviewed 1 December 2026');

  const qr = page.getByRole('img', { name: /^QR code for the full page/ });
  const png = PNG.sync.read(await qr.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${siteUrl}${monographPath}`);
});

test('the wallet card prints on one page, each face 85.6 × 54 mm, side by side, with the blanks', async ({ page }) => {
  await page.goto(cardPath);
  await expect(page.locator('.wallet-card-face dt')).toHaveText(['Name:', 'Pump model:', 'Clinic and phone:', 'Emergency contact:']);
  await expect(page.locator('.wallet-card-statement')).toHaveText('I have an implanted intrathecal baclofen pump. It must not stop suddenly.');
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format });
    expect((await pdfDocument(pdf)).numPages, format).toBe(1);
    const faces = (await rectanglesMm(pdf)).filter((r) => Math.abs(r.width - 85.6) <= 1 && Math.abs(r.height - 54) <= 1);
    const [front, back] = [...new Map(faces.map((f) => [Math.round(f.x), f])).values()].sort((a, b) => a.x - b.x);
    expect(back, `${format}: two faces of the card`).toBeDefined();
    expect(Math.abs(back.x - front.x - 85.6), format).toBeLessThanOrEqual(1);
    expect(Math.abs(back.y - front.y), format).toBeLessThanOrEqual(0.5);
  }
  // Nothing on the card is cut off on paper.
  await page.emulateMedia({ media: 'print' });
  const clipped = await page.locator('.wallet-card-face').evaluateAll((faces) => faces.filter((f) => f.scrollHeight > f.clientHeight + 1).length);
  expect(clipped).toBe(0);
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
