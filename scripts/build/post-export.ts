/**
 * Runs after `next build` over the exported site (out/, or OUT_DIR):
 * 1. removes the framework's JavaScript from every page (see post-export/strip-runtime.ts) and
 *    puts the CSS each kind of page uses inside it (post-export/inline-styles.ts), parsing each
 *    page into a tree and printing it back, never editing HTML as text;
 * 2. deletes the React Server Component payloads (`index.txt`, `__next.*.txt`) and every file
 *    under `_next/` that no page or stylesheet references any more;
 * 3. removes any page that the route registry does not list (lib/site/routes.ts);
 * 4. writes into out/_headers the hashes of the inline CSS (the Content-Security-Policy allows
 *    those and no other style) and the Content-Type of pages written without an extension;
 * 5. writes the other-name redirects (out/_redirects), the Infobutton rules (out/netlify.toml) and,
 *    for nginx, both and the hashes (out/_nginx.conf, which the server block includes);
 * 6. writes a brotli and a gzip copy beside every text file (post-export/precompress.ts);
 * 7. records which inputs the build came from, so `npm test` and `npm start` know it is current.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { getSiteIndex } from '../../lib/content/content';
import { settingWarnings } from '../../lib/site/settings';
import { type Route } from '../../lib/site/routes';
import { matchRoute } from '../../lib/site/route-match';
import { buildStamp, outDir, stampFile } from './build-stamp';
import { otherNameRedirects, redirectsFile } from '../hosts/redirects-file';
import { infobuttonRules, maxInfobuttonRules, netlifyToml } from '../hosts/infobutton-rules';
import { routeHeaderRules, withStyleHashes } from '../hosts/headers-file';
import { nginxBuildConf } from '../hosts/nginx-conf';
import { nginxBuildFile } from '../hosts/static-files';
import { precompress } from './post-export/precompress';
import rehypeStripRuntime, { localReferences } from './post-export/strip-runtime';
import rehypeInlineStyles, { cssUsedBy, linkedStylesheets, styleHash } from './post-export/inline-styles';

if (process.argv.includes('--help')) {
  console.log('Usage: tsx scripts/build/post-export.ts   (run by `npm run build` after `next build`; OUT_DIR=dir for another site)');
  process.exit(0);
}

const root = outDir();
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`post-export: ${root}/index.html is missing; did \`next build\` run with output: export?`);
  process.exit(1);
}

const allFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());

const urlOf = (file: string) => '/' + path.relative(root, file).split(path.sep).join('/');

// A page whose path belongs to a route but is not one of its pages (the placeholder a static export
// needs for a route with no pages yet, such as the wallet card in a library without one) goes.
const site = getSiteIndex();
for (const file of allFiles(root).filter((f) => f.endsWith('/index.html'))) {
  const pagePath = urlOf(file).slice(0, -'index.html'.length);
  // Shaped like a route's page (without the content) but not one the content makes.
  if (matchRoute(pagePath) && !matchRoute(pagePath, site)) {
    fs.rmSync(path.dirname(file), { recursive: true });
    console.log(`post-export: removed ${pagePath}, which lib/site/routes.ts does not list`);
  }
}

const parser = unified().use(rehypeParse).use(rehypeStripRuntime);
const printer = unified().use(rehypeStringify);
const referenced = new Set<string>();
const files = allFiles(root);
let removedBytes = 0;

// Pages of one kind (a route of lib/site/routes.ts; the not-found copies are one more kind) share their CSS.
const kinds = new Map<Route | 'not-found', { file: string; before: number; tree: Root }[]>();
for (const file of files.filter((f) => f.endsWith('.html'))) {
  const before = fs.readFileSync(file, 'utf8');
  const tree = parser.runSync(parser.parse(before)) as Root;
  const pagePath = urlOf(file).replace(/index\.html$/, '');
  const kind = matchRoute(pagePath, site)?.route ?? 'not-found';
  if (!kinds.has(kind)) kinds.set(kind, []);
  kinds.get(kind)!.push({ file, before: before.length, tree });
}

const styleHashes = new Set<string>();
let pages = 0;
for (const [kind, kindPages] of kinds) {
  const sheets = [...new Set(kindPages.flatMap((p) => linkedStylesheets(p.tree)))];
  if (sheets.length) {
    const css = sheets.map((href) => fs.readFileSync(path.join(root, href.split(/[?#]/)[0]), 'utf8')).join('\n');
    const used = await cssUsedBy(kindPages.map((p) => printer.stringify(p.tree)), css);
    styleHashes.add(styleHash(used));
    console.log(`post-export: ${kind === 'not-found' ? kind : kind.pattern}: ${kindPages.length} page${kindPages.length === 1 ? '' : 's'}, CSS ${(css.length / 1024).toFixed(1)} → ${(used.length / 1024).toFixed(1)} KB inline`);
    for (const page of kindPages) rehypeInlineStyles({ css: used })(page.tree);
  }
  for (const page of kindPages) {
    for (const ref of localReferences(page.tree)) referenced.add(ref);
    const after = printer.stringify(page.tree);
    fs.writeFileSync(page.file, after);
    removedBytes += page.before - after.length;
    pages++;
  }
}

// Fonts and images a stylesheet uses, written absolute or relative to the stylesheet.
for (const file of files.filter((f) => f.endsWith('.css'))) {
  for (const match of fs.readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/g)) {
    if (/^(data|https?):/i.test(match[1])) continue;
    referenced.add(new URL(match[1], `https://site.invalid${urlOf(file)}`).pathname);
  }
}
const isRscPayload = (file: string) => /(^|\/)(index|__next\.[^/]*)\.txt$/.test(urlOf(file));
const isUnusedBuildFile = (file: string) => urlOf(file).startsWith('/_next/') && !referenced.has(urlOf(file));

let deleted = 0;
for (const file of files) {
  if (isRscPayload(file) || isUnusedBuildFile(file)) {
    removedBytes += fs.statSync(file).size;
    fs.rmSync(file);
    deleted++;
  }
}
// Folders emptied by the deletions.
for (const dir of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).map((d) => path.join(root, d)).sort().reverse()) {
  if (fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

// The hashes of the inline CSS in the policy, and the registry's types for extension-less pages
// after the hand-written rules of public/_headers.
const headersPath = path.join(root, '_headers');
const hashes = [...styleHashes].sort().join(' ');
fs.writeFileSync(headersPath, `${withStyleHashes(fs.readFileSync(headersPath, 'utf8'), hashes).trimEnd()}\n\n${routeHeaderRules()}`);

// Other names (301s, _redirects) and Infobutton links (netlify.toml: Netlify reads the copy at the
// repository's root, which a unit test keeps equal) for the hosts that read a file of them; nginx
// gets both, and the hashes.
const redirects = otherNameRedirects(site);
const infobutton = infobuttonRules(site);
fs.writeFileSync(path.join(root, '_redirects'), redirectsFile(redirects));
fs.writeFileSync(path.join(root, 'netlify.toml'), netlifyToml(infobutton));
if (infobutton.length > maxInfobuttonRules) {
  console.warn(`build warning: ${infobutton.length} Infobutton rules; Netlify may refuse a deploy past about 10,000 (docs/health-records.md, "Hosts")`);
}
fs.writeFileSync(path.join(root, nginxBuildFile), nginxBuildConf(redirects, hashes, infobutton));

// Last, once every file is final: the compressed copies a host sends.
const compressed = precompress(allFiles(root));
console.log(`post-export: ${compressed.files} text files precompressed (${(compressed.raw / 1024).toFixed(0)} KB → ${(compressed.brotli / 1024).toFixed(0)} KB brotli)`);

fs.writeFileSync(stampFile(), buildStamp());
console.log(`post-export: ${pages} pages without framework JavaScript; ${deleted} unused files deleted; ${(removedBytes / 1024).toFixed(0)} KB removed`);

// Last of all, where a publisher sees it: what this build points at or says in place of a setting.
for (const warning of settingWarnings()) console.warn(`build warning: ${warning}`);
