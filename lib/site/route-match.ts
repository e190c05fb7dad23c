import { routes, type Route, type SiteIndex } from './routes';

/**
 * The route registry read the other way: which route a path belongs to (the link check, post-export),
 * each route's pattern for a host's config (`_headers`, nginx), and the sitemap's pages.
 */

type Params = Record<string, string>;

const patternSource = (pattern: string, param: string) =>
  pattern
    .split(/(\[[^\]]+\])/)
    .map((part) => (part.startsWith('[') ? param : part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');

// Each route's pattern as a regular expression, made once: the link check asks for every link.
const compiled = routes.map((route) => ({
  route,
  names: [...route.pattern.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]),
  pattern: new RegExp(`^${patternSource(route.pattern, '([^/]+)')}$`),
}));

/**
 * The route and parameters of a site path. With the site's content, only a page the site has
 * matches (`/medications/gablofen/` is an other name, not a monograph); without it, the first
 * route whose pattern fits.
 */
export function matchRoute(pathname: string, site?: SiteIndex): { route: Route; params: Params } | undefined {
  for (const { route, names, pattern } of compiled) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
    if (!site || route.params(site).some((p) => route.path(p) === pathname)) return { route, params };
  }
  return undefined;
}

/** The route's pattern as a `_headers` path (Netlify, Cloudflare Pages): each parameter is `*`. */
export const headersPattern = (r: Route) => r.pattern.replace(/\[[^\]]+\]/g, '*');

/** The route's pattern as an nginx location regex. */
export const nginxPattern = (r: Route) => `^${patternSource(r.pattern, '[^/]+').replace(/\\\//g, '/')}$`;

/** Every page the sitemap lists, with its path and last change. */
export function sitemapPages(site: SiteIndex): { path: string; lastModified?: string }[] {
  return routes
    .filter((r) => r.inSitemap)
    .flatMap((r) => r.params(site).map((p) => ({ path: r.path(p), lastModified: r.lastModified?.(p, site) })));
}
