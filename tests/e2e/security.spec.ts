import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { exportedPages } from '../../scripts/build/exported-pages';

for (const path of exportedPages()) {
  test(`${path} sends the security headers, loads no script and breaks no policy`, async ({ page, baseURL }) => {
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
    });

    const response = await page.goto(path);
    await page.waitForLoadState('networkidle');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/^default-src 'none';.*frame-ancestors 'none'/);
    expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8}/);
    expect(headers['cache-control']).toBe('no-cache');

    expect(violations).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
    expect(requests.filter((url) => /\.m?js(\?|$)/.test(url))).toEqual([]);
    const scripts = await page.locator('script:not([type="application/ld+json"])').count();
    expect(scripts).toBe(0);

    // The CSS is inside the page (one response paints it), allowed by its hash and nothing wider.
    expect(requests.filter((url) => url.endsWith('.css'))).toEqual([]);
    const styles = await page.locator('style').allTextContents();
    expect(styles).toHaveLength(1);
    const styleSrc = headers['content-security-policy'].match(/style-src ([^;]*)/)![1].split(' ');
    expect(styleSrc).toContain(`'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`);
    expect(styleSrc.every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18px');
  });
}
