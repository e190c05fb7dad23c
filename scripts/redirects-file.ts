/**
 * The other-name redirects, written by the post-export step from the content and the route
 * registry: `out/_redirects` (Netlify and Cloudflare Pages read it; `npm start` too) and
 * `out/_nginx.conf` (with the CSS hashes; the nginx server block includes it). A 301 tells browsers and search
 * engines that the monograph is the page; the static page at the same address covers other hosts.
 */
import type { SiteIndex } from '../lib/routes';
import { medicationRoute, otherNameRoute } from '../lib/routes';

export interface Redirect {
  from: string;
  to: string;
  status: number;
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

/** `_redirects`: `!` makes the rule win over the static page at the same address (Netlify's "force"). */
export const redirectsFile = (redirects: Redirect[]) =>
  `# Other names of a medicine (generated from content/ by scripts/post-export.ts)\n${redirects.map((r) => `${r.from} ${r.to} ${r.status}!`).join('\n')}\n`;

/** nginx: one exact location each, sending the security headers too (nginx drops outer ones here). */
export const nginxRedirectsFile = (redirects: Redirect[]) =>
  `# Other names of a medicine (generated from content/ by scripts/post-export.ts)\n${redirects
    .map((r) => `location = ${r.from} { include /etc/nginx/snippets/medicines-explained-security.conf; return ${r.status} ${r.to}; }`)
    .join('\n')}\n`;

/** Reads `_redirects` lines (`from to status[!]`) into a lookup by path, as a static host does. */
export function parseRedirectsFile(text: string): Map<string, Redirect> {
  const rules = new Map<string, Redirect>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [from, to, status = '301'] = trimmed.split(/\s+/);
    if (!from || !to) throw new Error(`_redirects: cannot read line "${trimmed}"`);
    if (!rules.has(from)) rules.set(from, { from, to, status: Number.parseInt(status, 10) });
  }
  return rules;
}
