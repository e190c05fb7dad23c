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
