import type { Medication } from '../model/model';
import type { Problem } from '../text/problems';
import { homeRoute, otherNameRoute, type Route } from '../site/routes';
import { matchRoute } from '../site/route-match';
import { idsOnPage } from '../pages/page-ids';
import { siteIndex } from '../pages/site-index';

// Any origin works: links are resolved against the page's own address, only the path matters.
const base = 'https://site.invalid';

// A tab, a newline or another character a reader cannot see: the URL parser drops some of them
// (`/&#x09;/x/` would read as `//x/`, another site) while the page writes them as `%09`.
const invisible = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060\ufeff]/u;

/**
 * Finds body links to pages or anchors that do not exist. A path is a page when a route of the
 * registry makes it from the content: `slugs` holds every medication file, including ones with
 * problems of their own, so a link to a file that fails validation is not also reported as a
 * missing page. A path is read as a browser and a host read it: %-escapes decoded, so an escaped
 * character cannot hide a page that does not exist. Anchors are checked on every page a medication
 * gets (monograph, summary, questions, card, evidence), against the ids that page draws.
 */
export function findBrokenLinks(medications: Medication[], slugs: Set<string>, drafts: ReadonlySet<string> = new Set()): Problem[] {
  const bySlug = new Map(medications.map((m) => [m.slug, m]));
  // A page's ids are worked out from its trees once, however many links point into it.
  const idsByPage = new Map<string, ReadonlySet<string> | undefined>();
  const idsOf = (route: Route, target: Medication, pathname: string) => {
    if (!idsByPage.has(pathname)) idsByPage.set(pathname, idsOnPage(route, target));
    return idsByPage.get(pathname);
  };
  const site = { ...siteIndex(medications), slugs: [...slugs] };
  const problems: Problem[] = [];

  for (const from of medications) {
    for (const link of from.internalLinks) {
      const field = link.line ? `body line ${link.line}` : 'body';
      let decoded: string;
      try {
        decoded = decodeURIComponent(link.href);
      } catch {
        problems.push({ file: from.file, field, message: `link "${link.href}" has a broken %-escape` });
        continue;
      }
      if (invisible.test(decoded)) {
        problems.push({ file: from.file, field, message: `link "${encodeURI(decoded)}" has a space, tab, line break or invisible character in it, so it leads to no page: type the address without it` });
        continue;
      }
      const url = new URL(link.href, base + from.href);
      const anchor = decodeURIComponent(url.hash.slice(1));
      const pathname = decodeURIComponent(url.pathname);
      const match = url.origin === base ? matchRoute(pathname, site) : undefined;
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
      const target = bySlug.get(targetSlug ?? '');
      // A medication whose file has problems of its own is reported there; its ids are unknown.
      if (targetSlug && !target) continue;
      const ids = target ? idsOf(match.route, target, pathname) : undefined;
      if (!ids) {
        problems.push({ file: from.file, field, message: `link "${link.href}" points to an anchor on ${match.route === homeRoute ? 'the home page' : pathname}; link to the page instead` });
      } else if (!ids.has(anchor)) {
        problems.push({ file: from.file, field, message: `link "${link.href}" points to "#${anchor}", which is not a heading or section on ${pathname}` });
      }
    }
  }
  return problems;
}
