/**
 * The other-name redirects, written by the post-export step from the content and the route
 * registry: `out/_redirects` (Netlify and Cloudflare Pages read it; `npm start` too) and
 * `out/_nginx.conf` (with the CSS hashes; the nginx server block includes it). A 301 tells browsers
 * and search engines that the monograph is the page; the static page at the same address covers
 * other hosts. The Infobutton rules are in scripts/hosts/infobutton-rules.ts.
 */
import type { SiteIndex } from '../../lib/site/routes';
import { medicationRoute, otherNameRoute } from '../../lib/site/routes';

export interface Redirect {
  from: string;
  to: string;
  /** 3xx: a redirect; 200 or 404: the file at `to`, sent with that status (a rewrite). */
  status: number;
  /** Query parameters the request must carry, each with this value (Netlify's query matching). */
  query?: Record<string, string>;
}

/** Both spellings of each other name's address, with and without the trailing slash. */
export function otherNameRedirects(site: SiteIndex): Redirect[] {
  return otherNameRoute.params(site).flatMap(({ slug }) => {
    const from = otherNameRoute.path({ slug });
    const to = medicationRoute.path({ slug: site.otherNames?.get(slug) ?? '' });
    return [
      { from, to, status: 301 },
      { from: from.slice(0, -1), to, status: 301 },
    ];
  });
}

/** `_redirects`: `!` makes the rule win over a file at the same address (Netlify's "force"). */
export const redirectsFile = (redirects: Redirect[]) =>
  `# Other names of a medicine (generated from content/ by scripts/build/post-export.ts)\n${redirects
    .map((r) => `${r.from} ${r.to} ${r.status}!`)
    .join('\n')}\n`;

/** The line that gives an nginx location the security headers (deploy/nginx-security.conf, installed as a snippet). */
export const nginxSecurityInclude = 'include /etc/nginx/snippets/medicines-explained-security.conf;';

/** nginx: one exact location each, sending the security headers too (nginx drops outer ones here). */
export const nginxRedirectsFile = (redirects: Redirect[]) =>
  `# Other names of a medicine (generated from content/ by scripts/build/post-export.ts)\n${redirects
    .map((r) => `location = ${r.from} { ${nginxSecurityInclude} return ${r.status} ${r.to}; }`)
    .join('\n')}\n`;

