import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { fromXml } from 'xast-util-from-xml';
import type { Element } from 'xast';
import { cardRoute, feedRoute, jsonIndexRoute, jsonRoute, medicationRoute, otherNameRoute, previewImageRoute } from '../../lib/site/routes';
import { sitePort } from '../../playwright.config';
import { headersFor, parseHeadersFile } from '../../scripts/hosts/headers-file';
import { writeTestNginx, type TestNginx } from '../../scripts/hosts/nginx-test-config';
import { slug } from '../policy/lioresal-intrathecal';
import { infobuttonRequests } from '../policy/infobutton-requests';
import { siteUrl as configuredSiteUrl } from '../../lib/site/site';

/**
 * The shipped nginx files (deploy/), on Debian's real nginx, serving out/ on 127.0.0.1. The one
 * substitution from the installed layout (TLS to plain loopback ports, install paths to temporary
 * ones) is scripts/hosts/nginx-test-config.ts. Runs in series: one nginx, started and stopped here.
 */
test.describe.configure({ mode: 'serial' });

let nginx: TestNginx;
const rules = parseHeadersFile(fs.readFileSync('out/_headers', 'utf8'));
const monograph = medicationRoute.path({ slug });
// The origin the build wrote into every absolute address (SITE_URL, or the placeholder).
const siteUrl = configuredSiteUrl();

/** The file in out/ a static host sends for a path (`dir/` → `dir/index.html`). */
const resolveOut = (path: string) => `out${path}${path.endsWith('/') ? 'index.html' : ''}`;

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request, bytes as sent: Playwright's request API would decompress them. */
function get(path: string, encoding?: string, port = nginx.port): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

const decoded = (raw: Raw) =>
  raw.headers['content-encoding'] === 'br' ? brotliDecompressSync(raw.body) : raw.headers['content-encoding'] === 'gzip' ? gunzipSync(raw.body) : raw.body;

test.beforeAll(() => {
  nginx = writeTestNginx('out', 4330, 4331);
  const args = ['-c', nginx.mainConf, '-e', `${nginx.dir}/error.log`];
  execFileSync('nginx', ['-t', ...args], { stdio: 'pipe' });
  execFileSync('nginx', args, { stdio: 'pipe' });
});

test.afterAll(() => {
  // Stopped by its own pid, never by name: another nginx on the machine is left alone.
  if (nginx && fs.existsSync(nginx.pidFile)) process.kill(Number(fs.readFileSync(nginx.pidFile, 'utf8')), 'SIGQUIT');
});

test('nginx -t accepts the shipped files, and the server sends every header of _headers', async () => {
  const cases: [string, string, number][] = [
    ['HTML', monograph, 200],
    ['SVG', '/icon.svg', 200],
    ['preview image', previewImageRoute.path({ slug }), 200],
    ['404', medicationRoute.path({ slug: 'no-such-medicine' }), 404],
    ['redirect', otherNameRoute.path({ slug: 'gablofen' }), 301],
  ];
  for (const [what, path, status] of cases) {
    const response = await get(path);
    expect(response.status, what).toBe(status);
    const expected = headersFor(rules, status === 404 ? '/404.html' : path);
    for (const [name, value] of Object.entries(expected)) expect(response.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  }
  expect((await get(previewImageRoute.path({ slug }))).headers['content-type']).toBe('image/png');
  // The policy nginx sends names the hashes of the CSS inside the pages, as out/_headers does.
  expect((await get(monograph)).headers['content-security-policy']).toMatch(/style-src 'sha256-/);
});

async function expectCompression(port: number) {
  // The CSS travels inside each page (scripts/build/post-export/inline-styles.ts), so the pages carry it.
  for (const path of [monograph, cardRoute.path({ slug }), '/icon.svg', '/sitemap.xml']) {
    const plain = await get(path, undefined, port);
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    for (const encoding of ['br', 'gzip']) {
      const response = await get(path, encoding, port);
      expect(response.headers['content-encoding'], `${path} ${encoding}`).toBe(encoding);
      expect(response.headers['vary'], path).toMatch(/Accept-Encoding/);
      expect(response.body.length).toBeLessThan(plain.body.length);
      expect(decoded(response).equals(plain.body), `${path} ${encoding}`).toBe(true);
    }
  }
}

test('HTML (with its CSS), SVG and XML go out as brotli, gzip or plain as asked, with Vary, and decode to the same bytes', async () => {
  await expectCompression(nginx.port);
});

test('npm start serves them the same way, and keeps the host files to itself', async () => {
  await expectCompression(sitePort);
  for (const file of ['/_headers', '/_redirects', '/_nginx.conf']) expect((await get(file, undefined, sitePort)).status, file).toBe(404);
});

test('the 404 page answers 404, the host files are not served, redirects stay relative', async () => {
  expect((await get('/404.html')).status).toBe(404);
  for (const file of ['/_headers', '/_redirects', '/_nginx.conf']) expect((await get(file)).status, file).toBe(404);
  const folder = await get(monograph.slice(0, -1));
  expect([folder.status, folder.headers.location]).toEqual([301, monograph]);
  expect((await get(otherNameRoute.path({ slug: 'gablofen' }))).headers.location).toBe(monograph);
  // Plain HTTP goes to HTTPS, and no version number is given away.
  const insecure = await get('/', undefined, nginx.httpPort);
  expect(insecure.status).toBe(301);
  expect(insecure.headers.location).toMatch(/^https:\/\//);
  expect(insecure.headers.server).toBe('nginx');
});

test('every Infobutton request of the corpus gets the same answer from nginx and from npm start as from Netlify\'s matcher, and no Location carries the request\'s query', async () => {
  const unknownPage = fs.readFileSync('out/infobutton/unknown/index.html', 'utf8');
  for (const { why, path, expected } of infobuttonRequests) {
    for (const port of [nginx.port, sitePort]) {
      const host = port === sitePort ? 'npm start' : 'nginx';
      const response = await get(path, undefined, port);
      expect(response.status, `${host}: ${why}`).toBe(expected.status);
      if ('location' in expected) {
        expect(response.headers.location, `${host}: ${why}`).toBe(expected.location);
      } else {
        expect(response.headers.location, `${host}: ${why}`).toBeUndefined();
        // The file the rule names, byte for byte (the site's own 404 page when the corpus names none).
        const file = expected.file ? resolveOut(expected.file) : 'out/404.html';
        expect(decoded(response).toString(), `${host}: ${why}`).toBe(fs.readFileSync(file, 'utf8'));
      }
      expect(response.headers['content-security-policy'], `${host}: ${why}`).toMatch(/^default-src 'none'/);
    }
  }
  expect(unknownPage).toContain('No page for that medicine');
});

test('the machine answers parse: the JSON as MedlinePlus Connect clients read it, the Atom feed as XML, each in English with ids that resolve', async () => {
  for (const port of [nginx.port, sitePort]) {
    const json = JSON.parse(decoded(await get('/infobutton?mainSearchCriteria.v.c=70121-2501-01&mainSearchCriteria.v.cs=2.16.840.1.113883.6.69&knowledgeResponseType=application/json', undefined, port)).toString());
    expect(json.feed.lang).toBe('en');
    expect(json.feed.entry.map((e: { title: { _value: string }; link: { href: string; hreflang: string }[]; summary: { _value: string } }) => [e.title._value, e.link[0].href, e.link[0].hreflang, e.summary._value.length > 20])).toEqual([
      ['Lioresal Intrathecal', `${siteUrl}${monograph}`, 'en', true],
    ]);
    expect(json.feed.category).toEqual([
      { scheme: 'mainSearchCriteria.v.c', term: '70121-2501-01' },
      { scheme: 'mainSearchCriteria.v.cs', term: '2.16.840.1.113883.6.69' },
    ]);
    const empty = JSON.parse(decoded(await get('/infobutton?knowledgeResponseType=application/json&mainSearchCriteria.v.c=1', undefined, port)).toString());
    expect(empty.feed.entry).toEqual([]);
    const atom = fromXml(decoded(await get('/infobutton?mainSearchCriteria.v.dn=Gablofen&knowledgeResponseType=text/xml', undefined, port)).toString());
    const feed = atom.children.find((n): n is Element => n.type === 'element')!;
    expect([feed.name, feed.attributes.xmlns, feed.attributes['xml:lang']]).toEqual(['feed', 'http://www.w3.org/2005/Atom', 'en']);
    const entry = feed.children.find((n): n is Element => n.type === 'element' && n.name === 'entry')!;
    const id = entry.children.find((n): n is Element => n.type === 'element' && n.name === 'id')!;
    expect(id.children.map((n) => ('value' in n ? n.value : '')).join('')).toBe(`${siteUrl}${monograph}`);
  }
});

test('browser apps on other sites may read the JSON copies, the feeds and the Infobutton answers (CORS), from nginx and npm start', async () => {
  const paths = [jsonRoute.path({ slug }), jsonIndexRoute.path({}), feedRoute.path({}), '/infobutton/answers/none.json', '/infobutton?knowledgeResponseType=text/xml'];
  for (const port of [nginx.port, sitePort]) {
    for (const path of paths) expect((await get(path, 'gzip', port)).headers['access-control-allow-origin'], `${port} ${path}`).toBe('*');
    // The pages themselves are not shared that way.
    expect((await get(monograph, undefined, port)).headers['access-control-allow-origin'], `${port} ${monograph}`).toBeUndefined();
  }
});

test('the JSON copies and the feed go out with their types and the site\'s headers, from nginx and npm start', async () => {
  for (const port of [nginx.port, sitePort]) {
    for (const [path, type] of [[jsonRoute.path({ slug }), 'application/json'], [jsonIndexRoute.path({}), 'application/json'], [feedRoute.path({}), 'application/atom+xml']] as const) {
      const response = await get(path, 'gzip', port);
      expect(response.status, `${port} ${path}`).toBe(200);
      expect(response.headers['content-type'], `${port} ${path}`).toMatch(new RegExp(`^${type.replace('+', '\\+')}`));
      expect(response.headers['content-encoding'], `${port} ${path}`).toBe('gzip');
      expect(response.headers['x-content-type-options'], `${port} ${path}`).toBe('nosniff');
    }
  }
});
