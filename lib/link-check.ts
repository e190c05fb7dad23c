import type { Medication } from './content';
import type { Problem } from './problems';

// Any origin works: links are resolved against the page's own address, only the path matters.
const base = 'https://site.invalid';

/**
 * Finds body links to pages or anchors that do not exist. `slugs` holds every medication file,
 * including ones with problems of their own, so a link to a file that fails validation is not
 * also reported as a missing page.
 */
export function findBrokenLinks(medications: Medication[], slugs: Set<string>): Problem[] {
  const bySlug = new Map(medications.map((m) => [m.slug, m]));
  const problems: Problem[] = [];

  for (const from of medications) {
    for (const link of from.internalLinks) {
      const field = link.line ? `body line ${link.line}` : 'body';
      const url = new URL(link.href, base + from.href);
      let anchor: string;
      try {
        anchor = decodeURIComponent(url.hash.slice(1));
      } catch {
        problems.push({ file: from.file, field, message: `link "${link.href}" has a broken %-escape` });
        continue;
      }
      let target: Medication | undefined;

      if (url.pathname === '/') {
        if (anchor) problems.push({ file: from.file, field, message: `link "${link.href}" points to an anchor on the home page; link to the page instead` });
        continue;
      }
      const match = /^\/medications\/([^/]+)\/$/.exec(url.pathname);
      if (!match || !slugs.has(match[1])) {
        problems.push({ file: from.file, field, message: `link "${link.href}" points to a page that does not exist` });
        continue;
      }
      target = bySlug.get(match[1]);
      if (anchor && target && !target.anchors.has(anchor)) {
        problems.push({
          file: from.file,
          field,
          message: `link "${link.href}" points to "#${anchor}", which is not a heading or section on ${target.href}`,
        });
      }
    }
  }
  return problems;
}
