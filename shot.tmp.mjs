import { chromium } from '@playwright/test';
const [,, url, prefix, width = '360', scheme = 'light', pages = '4', start = '0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const w = Number(width), h = w < 500 ? 1400 : 1000;
const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
await page.goto(url);
const total = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', total, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
for (let i = Number(start); i < Number(start) + Number(pages); i++) {
  if (i * h >= total) break;
  await page.screenshot({ path: `${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y: i * h, width: w, height: Math.min(h, total - i * h) } });
}
await browser.close();
