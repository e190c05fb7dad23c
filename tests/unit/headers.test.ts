import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { medicationRoute, previewImageRoute, routes } from '@/lib/site/routes';
import { nginxPattern } from '@/lib/site/route-match';
import { headersFor, parseHeadersFile, routeHeaderRules } from '@/scripts/hosts/headers-file';
import { nginxConf } from '@/scripts/hosts/nginx-conf';

const rules = parseHeadersFile(fs.readFileSync('public/_headers', 'utf8'));

describe('public/_headers', () => {
  it('sends the security headers on every path', () => {
    const headers = headersFor(rules, '/medications/lioresal-intrathecal/');
    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy',
      'Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options',
    ]);
    const csp = headers['Content-Security-Policy'];
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
  });

  it('has only its two rules: a rule of a page\'s own could hide it (a download, noindex) or strip its style', () => {
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_next/static/*']);
  });

  it('caches hashed build files for a year and nothing else', () => {
    expect(headersFor(rules, '/_next/static/chunks/a1b2.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/')['Cache-Control']).toBeUndefined();
  });

  it('types each extension-less page of the route registry, as the build adds it to out/_headers', () => {
    const built = parseHeadersFile(`${fs.readFileSync('public/_headers', 'utf8')}\n${routeHeaderRules()}`);
    const preview = previewImageRoute.path({ slug: 'x' });
    expect(headersFor(rules, preview)['Content-Type']).toBeUndefined();
    expect(headersFor(built, preview)['Content-Type']).toBe('image/png');
    expect(headersFor(built, medicationRoute.path({ slug: 'x' }))['Content-Type']).toBeUndefined();
  });
});

describe('deploy/nginx-security.conf', () => {
  it('sends exactly the headers of public/_headers, with the same values', () => {
    const nginx = Object.fromEntries(
      [...fs.readFileSync('deploy/nginx-security.conf', 'utf8').matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(nginx).toEqual(headersFor(rules, '/'));
  });
});

describe('deploy/nginx-site.conf', () => {
  const conf = fs.readFileSync('deploy/nginx-site.conf', 'utf8');

  it('is what npm run gen:hosts writes from the route registry', () => {
    expect(conf).toBe(nginxConf());
  });
  const block = (location: string) => conf.slice(conf.indexOf(`location ${location}`)).split('}')[0];

  it('caches the hashed files for a year, like _headers, and revalidates everything else', () => {
    expect(block('/_next/static/')).toContain(`add_header Cache-Control "${headersFor(rules, '/_next/static/x.css')['Cache-Control']}" always;`);
    expect(block('/ ')).toContain('add_header Cache-Control "no-cache" always;');
  });

  it('serves the preview images as PNG and includes the security headers in every location', () => {
    expect(block(`~ ${nginxPattern(previewImageRoute)}`)).toContain('default_type image/png;');
    // Every location that serves a file sends the security headers; the one for the host's own files sends nothing.
    expect(conf.match(/^location /gm)).toHaveLength(9);
    expect(conf.match(/include \/etc\/nginx\/snippets\/medicines-explained-security\.conf;/g)).toHaveLength(8);
    expect(block('~ ^(/_headers|')).toContain('return 404;');
  });

  it('lets browser apps on other sites read the data made for them, and nothing else', () => {
    const shared = routes.filter((route) => route.crossOrigin);
    expect(shared.map((route) => route.pattern)).toEqual(['/medications/[slug]/index.json', '/medications/index.json', '/reviews.atom', '/infobutton/answers/[file]']);
    for (const route of shared) expect(block(`~ ${nginxPattern(route)}`), route.pattern).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(conf.match(/Access-Control-Allow-Origin/g)).toHaveLength(shared.length);
  });
});
