/**
 * npm run bench — measures the site:
 *   1. build time at 1, 100 and 1000 synthetic medications (seconds, ms per page);
 *   2. Lighthouse 12 (mobile, simulated throttling, Debian Chromium) three times on each kind of
 *      page of out/, served as `npm start` serves it (compressed as the browser asks): the four
 *      category scores, FCP and LCP (medians of 3), CLS, TBT, the requests made before first
 *      paint, and the bytes each page transfers by type (HTML, CSS, JS, other): raw, gzip, and on
 *      the wire as sent (brotli), plus any request to another origin.
 * Prints tables and writes bench-results/bench.json.
 *
 *   --check            fail unless the budgets hold (monograph ≤ 13 KB gzip in all, HTML with its CSS:
 *                      the first TCP window less 1 KB for the headers; ≤ 5 KB JS;
 *                      LCP median ≤ 0.8 s; performance 1.0, the other categories 1.0; CLS 0; no
 *                      other origin)
 *   --runs N           Lighthouse runs per page (default 3; medians are reported)
 *   --sizes 1,100      which library sizes to build (default 1,100,1000)
 *   --no-sizes         skip the library builds
 *   --no-lighthouse    skip Lighthouse
 *   --dir DIR          run Lighthouse on an already-built site in DIR instead of out/
 */
import { execFileSync, execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../setup/chromium';
import { exportedPages } from '../build/exported-pages';
import { getMedications, siteIndex } from '../../lib/content/content';
import { medicationRoute, otherNameRoute } from '../../lib/site/routes';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('Usage: npm run bench [-- --check] [-- --runs 3] [-- --sizes 1,100,1000] [-- --no-sizes] [-- --no-lighthouse] [-- --dir DIR]');
  process.exit(0);
}
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('runs') ?? 3);
const sizes = args.includes('--no-sizes') ? [] : (option('sizes') ?? '1,100,1000').split(',').map(Number);
const siteDir = option('dir') ?? 'out';
const port = 4320;
const monograph = medicationRoute.path({ slug: 'lioresal-intrathecal' });
const resultsFile = path.join('bench-results', 'bench.json');

interface BuildRow { medications: number; pages: number; seconds: number; msPerPage: number }
interface Bytes { raw: number; gzip: number; wire: number }
interface PageRow {
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  /** Medians of the runs. */
  fcpMs: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Requests that started before the first contentful paint (the page and what blocks it). */
  requestsBeforePaint: number;
  bytes: Record<'html' | 'css' | 'js' | 'other' | 'total', Bytes>;
  otherOrigins: string[];
}

const htmlPages = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

function benchBuilds(): BuildRow[] {
  const rows: BuildRow[] = [];
  for (const n of sizes) {
    const content = `.bench/content-${n}`;
    const out = `.bench/out-${n}`;
    execFileSync('npx', ['tsx', 'scripts/cli/gen-fixtures.ts', String(n), content], { stdio: 'inherit' });
    fs.rmSync(out, { recursive: true, force: true });
    console.log(`bench: building ${n} medication${n === 1 ? '' : 's'} …`);
    const started = performance.now();
    execSync('npm run build --silent', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out } });
    const seconds = (performance.now() - started) / 1000;
    const pages = htmlPages(out);
    rows.push({ medications: n, pages, seconds: round(seconds, 1), msPerPage: round((seconds * 1000) / pages, 0) });
  }
  return rows;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function fileBytes(dir: string, urlPath: string): Omit<Bytes, 'wire'> | null {
  let file = path.join(dir, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
  const data = fs.readFileSync(file);
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lighthouse(url: string, attempts = 3): Promise<Record<string, any>> {
  try {
    return runLighthouse(url);
  } catch (error) {
    // Lighthouse now and then loses the trace of a page load (NO_NAVSTART); a second run is fine.
    if (attempts <= 1) throw error;
    console.log('bench: Lighthouse failed, trying again');
    return lighthouse(url, attempts - 1);
  }
}

function runLighthouse(url: string): Record<string, any> {
  const chrome = chromiumPath();
  const output = execFileSync(
    'npx',
    [
      'lighthouse', url, '--quiet', '--output=json', '--output-path=stdout',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(output.toString());
}

async function benchPages(): Promise<PageRow[]> {
  if (siteDir === 'out') execSync('npx tsx scripts/build/ensure-build.ts', { stdio: 'inherit' });
  // Its own process group, so that stopping it also stops tsx's child (no stale server left on the port).
  const server = spawn('npx', ['tsx', 'scripts/cli/serve.ts', '--port', String(port), '--dir', siteDir], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const origin = `http://127.0.0.1:${port}`;
    const rows: PageRow[] = [];
    // 404/ and _not-found/ are copies of 404.html; another name's page redirects to its monograph.
    const names = new Set(otherNameRoute.params(siteIndex(getMedications())).map((p) => otherNameRoute.path(p)));
    for (const pagePath of exportedPages(siteDir).filter((p) => p !== '/404/' && p !== '/_not-found/' && !names.has(p))) {
      console.log(`bench: Lighthouse on ${pagePath} (${runs} runs) …`);
      const reports: Record<string, any>[] = [];
      for (let run = 0; run < runs; run++) reports.push(await lighthouse(origin + pagePath));
      const numeric = (id: string) => median(reports.map((r) => r.audits[id].numericValue as number));
      const fcpMs = Math.round(numeric('first-contentful-paint'));
      // Bytes and requests from the run whose LCP is the median: they do not vary between runs.
      const report = reports.find((r) => Math.round(r.audits['largest-contentful-paint'].numericValue) === Math.round(numeric('largest-contentful-paint'))) ?? reports[0];
      const requests: { url: string; resourceType?: string; transferSize?: number; networkRequestTime?: number }[] = report.audits['network-requests'].details.items;
      const bytes: PageRow['bytes'] = Object.fromEntries(
        ['html', 'css', 'js', 'other', 'total'].map((k) => [k, { raw: 0, gzip: 0, wire: 0 }]),
      ) as PageRow['bytes'];
      const otherOrigins = new Set<string>();
      for (const request of requests) {
        const url = new URL(request.url);
        if (url.origin !== origin) {
          if (url.protocol.startsWith('http')) otherOrigins.add(url.origin);
          continue;
        }
        const size = fileBytes(siteDir, url.pathname === pagePath ? pagePath : url.pathname) ?? { raw: 0, gzip: 0 };
        const kind = request.resourceType === 'Document' ? 'html' : request.resourceType === 'Stylesheet' ? 'css' : request.resourceType === 'Script' ? 'js' : 'other';
        for (const k of [kind, 'total'] as const) {
          bytes[k].raw += size.raw;
          bytes[k].gzip += size.gzip;
          bytes[k].wire += request.transferSize ?? 0;
        }
      }
      const score = (id: string) => median(reports.map((r) => r.categories[id].score as number));
      rows.push({
        path: pagePath,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        fcpMs,
        lcpMs: Math.round(numeric('largest-contentful-paint')),
        cls: round(numeric('cumulative-layout-shift'), 3),
        tbtMs: Math.round(numeric('total-blocking-time')),
        requestsBeforePaint: requests.filter((r) => (r.networkRequestTime ?? Infinity) < fcpMs).length,
        bytes,
        otherOrigins: [...otherOrigins],
      });
    }
    return rows;
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

const kb = (n: number) => (n / 1024).toFixed(1);

function printBuilds(rows: BuildRow[]) {
  console.log('\nBuild time (next build + content check + post-export), synthetic library:');
  // The marginal cost (extra time per extra page against the previous size) shows whether the
  // cost per page grows with the library; the plain average also carries the fixed start-up cost.
  console.log('| medications | pages | seconds | ms per page | marginal ms per extra page |\n| ---: | ---: | ---: | ---: | ---: |');
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const marginal = prev && r.pages > prev.pages ? Math.round(((r.seconds - prev.seconds) * 1000) / (r.pages - prev.pages)) : '–';
    console.log(`| ${r.medications} | ${r.pages} | ${r.seconds} | ${r.msPerPage} | ${marginal} |`);
  });
}

function printPages(rows: PageRow[]) {
  console.log(`\nLighthouse 12, mobile (simulated slow 4G, 4× CPU slowdown), medians of ${runs}; bytes as raw / gzip / on the wire KB:`);
  console.log('| page | perf | a11y | best pr. | SEO | FCP ms | LCP ms | CLS | TBT ms | requests before paint | HTML | CSS | JS | other | total | other origins |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const b = (k: keyof PageRow['bytes']) => `${kb(r.bytes[k].raw)} / ${kb(r.bytes[k].gzip)} / ${kb(r.bytes[k].wire)}`;
    console.log(
      `| ${r.path} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.fcpMs} | ${r.lcpMs} | ${r.cls} | ${r.tbtMs} | ${r.requestsBeforePaint} | ${b('html')} | ${b('css')} | ${b('js')} | ${b('other')} | ${b('total')} | ${r.otherOrigins.join(' ') || 'none'} |`,
    );
  }
}

/** The monograph's bytes: the first TCP window (10 segments, about 14 KB) less 1 KB for the response headers. */
const budgetKb = 13;

/** Whether the exported page asks search engines not to index it. */
const noindex = (pagePath: string) => {
  const file = path.join(siteDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  return fs.existsSync(file) && /<meta name="robots" content="[^"]*noindex/.test(fs.readFileSync(file, 'utf8'));
};

function checkBudgets(rows: PageRow[]): string[] {
  const failures: string[] = [];
  for (const r of rows) {
    if (r.scores.performance < 1) failures.push(`${r.path}: performance ${r.scores.performance} < 1`);
    // A page that asks search engines to leave it out (the 404 page, the Infobutton "no page for
    // that code" page) is noindex on purpose, so search-engine scores do not apply to it.
    const categories = noindex(r.path) ? (['accessibility', 'best-practices'] as const) : (['accessibility', 'best-practices', 'seo'] as const);
    for (const c of categories) if (r.scores[c] < 1) failures.push(`${r.path}: ${c} ${r.scores[c]} < 1`);
    if (r.cls !== 0) failures.push(`${r.path}: CLS ${r.cls} is not 0`);
    if (r.otherOrigins.length) failures.push(`${r.path}: requests to other origins: ${r.otherOrigins.join(', ')}`);
  }
  const mono = rows.find((r) => r.path === monograph);
  if (!mono) failures.push(`${monograph} was not measured`);
  else {
    // The page's own bytes (HTML with the CSS inside it, and any script): what must fit the first
    // window. The icon the browser asks for afterwards is a response of its own, shown under "other".
    const page = mono.bytes.html.gzip + mono.bytes.css.gzip + mono.bytes.js.gzip;
    if (page > budgetKb * 1024) failures.push(`${monograph}: ${kb(page)} KB gzip in all (HTML, CSS, JS) > ${budgetKb} KB`);
    if (mono.lcpMs > 800) failures.push(`${monograph}: LCP median ${mono.lcpMs} ms > 800 ms`);
    if (mono.bytes.js.gzip > 5 * 1024) failures.push(`${monograph}: ${kb(mono.bytes.js.gzip)} KB gzip of JS > 5 KB`);
  }
  return failures;
}

const results: { date: string; builds: BuildRow[]; pages: PageRow[]; budgetFailures?: string[] } = { date: new Date().toISOString(), builds: [], pages: [] };
results.builds = benchBuilds();
if (results.builds.length) printBuilds(results.builds);
if (!args.includes('--no-lighthouse')) results.pages = await benchPages();
if (results.pages.length) printPages(results.pages);

let failed = false;
if (args.includes('--check')) {
  results.budgetFailures = checkBudgets(results.pages);
  if (results.budgetFailures.length) {
    console.error(`\nbench --check: ${results.budgetFailures.length} budget${results.budgetFailures.length === 1 ? '' : 's'} broken:`);
    for (const f of results.budgetFailures) console.error(`  ${f}`);
    failed = true;
  } else console.log('\nbench --check: every budget holds');
}
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
console.log(`bench: results written to ${resultsFile}`);
if (failed) process.exit(1);
