/**
 * Serves out/ on 127.0.0.1 exactly as a static host would: the same files, compressed as the
 * reader accepts (the build's .br and .gz copies), the headers from out/_headers (the Netlify /
 * Cloudflare Pages file, so the tests see what production sends), the rules of out/_redirects and
 * out/netlify.toml as Netlify's own matcher reads them (other names, Infobutton links), the 404 page
 * with a 404 status, and never the host's own files. No application logic: any CDN can do the same.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../hosts/headers-file';
import { netlifyRules } from '../hosts/netlify-rules';
import { compressible } from '../build/post-export/precompress';
import { hostFiles, pickEncoding, resolveFile } from '../hosts/static-files';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('Usage: tsx scripts/cli/serve.ts [--port 3000] [--dir out]');
  process.exit(0);
}
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '3000'));
const root = path.resolve(option('dir', process.env.OUT_DIR ?? 'out'));
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

const headersPath = path.join(root, '_headers');
const rules = fs.existsSync(headersPath) ? parseHeadersFile(fs.readFileSync(headersPath, 'utf8')) : [];
const matchRule = await netlifyRules(root);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

// A page written without an extension gets its type from out/_headers (lib/site/routes.ts adds it there).
const contentType = (file: string) => types[path.extname(file)] ?? 'application/octet-stream';

const server = http.createServer((req, res) => {
  // Joined, not resolved: `//infobutton` is a path here, not an address on another host.
  const url = new URL(`http://127.0.0.1${req.url ?? '/'}`);
  // As Netlify does: a forced rule wins over a file at the same address.
  const redirect = matchRule(url.pathname, url.search);
  if (redirect?.location) {
    res.writeHead(redirect.status, { Location: redirect.location, 'Cache-Control': 'no-cache', ...headersFor(rules, url.pathname) });
    res.end();
    return;
  }
  // A rewrite (200, or 404 with a page of its own): the file at the rule's target, with its status.
  const rewritten = redirect ? resolveFile(root, redirect.to) : null;
  const file = rewritten ?? (hostFiles.includes(url.pathname) ? null : resolveFile(root, url.pathname));
  // A directory without its trailing slash: redirect, as static hosts do with trailingSlash.
  if (!file && !url.pathname.endsWith('/') && resolveFile(root, `${url.pathname}/`)) {
    res.writeHead(308, { Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  const status = rewritten ? redirect!.status : file ? 200 : 404;
  const served = file ?? path.join(root, '404.html');
  // Static hosts revalidate HTML by default; only the rules in _headers make a file long-lived.
  // A rewrite gets the headers of its own address and of its file (the Infobutton answers: CORS and type).
  const headers: Record<string, string> = {
    'Content-Type': contentType(served),
    'Cache-Control': 'no-cache',
    ...(rewritten ? headersFor(rules, url.pathname) : {}),
    ...headersFor(rules, rewritten ? redirect!.to : file ? url.pathname : '/404.html'),
  };
  // The build wrote brotli and gzip copies beside each text file: send the best one the reader takes.
  let body = served;
  if (compressible.includes(path.extname(served))) {
    headers.Vary = 'Accept-Encoding';
    const encoding = pickEncoding(req.headers['accept-encoding'], { br: fs.existsSync(`${served}.br`), gzip: fs.existsSync(`${served}.gz`) });
    if (encoding) {
      headers['Content-Encoding'] = encoding;
      body = `${served}.${encoding === 'br' ? 'br' : 'gz'}`;
    }
  }
  headers['Content-Length'] = String(fs.statSync(body).size);
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(body).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serve: ${root} on http://localhost:${port}/ (127.0.0.1 only; Ctrl+C to stop)`);
});
