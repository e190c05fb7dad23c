import { chromium } from '@playwright/test';
const [url, out, width, scheme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--no-first-run'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
await p.goto(url);
await p.evaluate(() => { for (const el of document.querySelectorAll('*')) (el as HTMLElement).style.contentVisibility = 'visible'; });
const sel = process.argv[6];
if (sel) await p.locator(sel).screenshot({ path: out }); else await p.screenshot({ path: out, fullPage: true });
await b.close();
