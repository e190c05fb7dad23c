import fs from 'node:fs';
import path from 'node:path';

/** Every HTML page of the exported site, as the URL path a reader would open. */
export function exportedPages(root = 'out'): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const url = '/' + file.split(path.sep).join('/');
      return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
    })
    .sort();
}
