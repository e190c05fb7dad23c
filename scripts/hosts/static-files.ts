import fs from 'node:fs';
import path from 'node:path';

/**
 * The file a static host serves for a URL path: `dir/` → `dir/index.html`. Null when there is
 * none, when the path is malformed, or when it would leave `root` (`/../x`, `/..%2fx`).
 */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(root, decoded);
  const inside = path.relative(root, candidate);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return null;
  const file = decoded.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** What the build writes for nginx in out/: the other-name redirects and the inline CSS hashes. */
export const nginxBuildFile = '_nginx.conf';

/**
 * Files in out/ that are for the host, never for readers: `npm start` and nginx refuse them all;
 * Netlify and Cloudflare consume `_headers` and `_redirects`, and serve out/netlify.toml as a plain
 * file (Netlify reads the copy at the repository's root; this one only holds the public rules).
 */
export const hostFiles = ['/_headers', '/_redirects', '/netlify.toml', `/${nginxBuildFile}`];

/**
 * The encoding to send, from the reader's Accept-Encoding and the precompressed copies there are:
 * brotli, then gzip, else none. `q=0` refuses an encoding.
 */
export function pickEncoding(acceptEncoding: string | undefined, available: { br: boolean; gzip: boolean }): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (available.br && accepted.has('br')) return 'br';
  if (available.gzip && (accepted.has('gzip') || accepted.has('*'))) return 'gzip';
  return undefined;
}
