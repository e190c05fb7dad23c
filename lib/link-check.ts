import type { Medication } from './model';
import type { Problem } from './problems';
import { homeRoute, medicationRoute, otherNameRoute } from './routes';
import { matchRoute } from './route-match';
import { siteIndex } from './site-index';

// Any origin works: links are resolved against the page's own address, only the path matters.
const base = 'https://site.invalid';

/**
 * Finds body links to pages or anchors that do not exist. A path is a page when a route of the
 * registry makes it from the content: `slugs` holds every medication file, including ones with
 * problems of their own, so a link to a file that fails validation is not also reported as a
 * missing page. Anchors are checked on monographs, whose ids are known here.
 */
export function findBrokenLinks(medications: Medication[], slugs: Set<string>, drafts: ReadonlySet<string> = new Set()): Problem[] {
  const bySlug = new Map(medications.map((m) => [m.slug, m]));
  const site = { ...siteIndex(medications), slugs: [...slugs] };
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
      const match = matchRoute(url.pathname, site);
      if (!match) {
        problems.push({ file: from.file, field, message: `link "${link.href}" points to a page that does not exist` });
        continue;
      }
      const targetSlug = match.params.slug;
      if (match.route === otherNameRoute) {
        const owner = bySlug.get(site.otherNames?.get(targetSlug) ?? '');
        problems.push({ file: from.file, field, message: `link "${link.href}" uses another name of ${owner?.facts.title}; link to ${owner?.href} instead` });
        continue;
      }
      if (targetSlug && drafts.has(targetSlug) && !from.facts.draft) {
        problems.push({ file: from.file, field, message: `link "${link.href}" points to a draft, which is not published` });
        continue;
      }
      if (!anchor) continue;
      if (match.route === homeRoute) {
        problems.push({ file: from.file, field, message: `link "${link.href}" points to an anchor on the home page; link to the page instead` });
      } else if (match.route === medicationRoute) {
        const target = bySlug.get(match.params.slug);
        if (target && !target.anchors.has(anchor)) {
          problems.push({ file: from.file, field, message: `link "${link.href}" points to "#${anchor}", which is not a heading or section on ${target.href}` });
        }
      }
    }
  }
  return problems;
}
