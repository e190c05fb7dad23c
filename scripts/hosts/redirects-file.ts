/**
 * The redirects, written by the post-export step from the content and the route registry:
 * `out/_redirects` (Netlify and Cloudflare Pages read it; `npm start` too) and `out/_nginx.conf`
 * (with the CSS hashes; the nginx server block includes it).
 * - Other names: a 301 tells browsers and search engines that the monograph is the page; the
 *   static page at the same address covers other hosts.
 * - Infobutton: a health record's link names a medicine by product code
 *   (`/infobutton?mainSearchCriteria.v.c=<code>&mainSearchCriteria.v.cs=<code system OID>`, HL7's
 *   URL-based implementation); a known code is sent on (302) to its monograph, any other request
 *   gets the "no page for that code" page with a 404 status.
 */
import type { SiteIndex } from '../../lib/site/routes';
import { infobuttonPath, infobuttonRoute, medicationRoute, otherNameRoute } from '../../lib/site/routes';

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

/** The Infobutton parameters a record system sends (HL7 URL-based implementation). */
export const infobuttonParams = { code: 'mainSearchCriteria.v.c', system: 'mainSearchCriteria.v.cs' } as const;

/**
 * Each product code, at `/infobutton` and `/infobutton/`, to its monograph; an NDC also without
 * its hyphens (some records send the 11 digits alone); then everything else to the not-found page.
 */
export function infobuttonRedirects(site: SiteIndex): Redirect[] {
  const froms = [infobuttonPath, `${infobuttonPath}/`];
  const known = (site.productCodes ?? []).flatMap(({ code, oid, slug }) => {
    const spellings = [...new Set([code, code.replaceAll('-', '')])];
    return spellings.flatMap((spelling) =>
      froms.map((from) => ({ from, to: medicationRoute.path({ slug }), status: 302, query: { [infobuttonParams.code]: spelling, [infobuttonParams.system]: oid } })),
    );
  });
  return [...known, ...froms.map((from) => ({ from, to: infobuttonRoute.path({}), status: 404 }))];
}

const queryTokens = (r: Redirect) => Object.entries(r.query ?? {}).map(([name, value]) => ` ${name}=${value}`).join('');

/** `_redirects`: `!` makes the rule win over a file at the same address (Netlify's "force"). */
export const redirectsFile = (redirects: Redirect[]) =>
  `# Other names of a medicine and Infobutton links (generated from content/ by scripts/build/post-export.ts)\n${redirects
    .map((r) => `${r.from}${queryTokens(r)} ${r.to} ${r.status}!`)
    .join('\n')}\n`;

/** The line that gives an nginx location the security headers (deploy/nginx-security.conf, installed as a snippet). */
export const nginxSecurityInclude = 'include /etc/nginx/snippets/medicines-explained-security.conf;';

/** nginx: one exact location each, sending the security headers too (nginx drops outer ones here). */
export const nginxRedirectsFile = (redirects: Redirect[]) =>
  `# Other names of a medicine (generated from content/ by scripts/build/post-export.ts)\n${redirects
    .map((r) => `location = ${r.from} { ${nginxSecurityInclude} return ${r.status} ${r.to}; }`)
    .join('\n')}\n`;

const regexQuote = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * nginx: the Infobutton address. nginx names no variable after a parameter with dots in it, so
 * each code is one test of the whole query string, a lookahead for each parameter (any order,
 * other parameters allowed); no match is the not-found page with a 404 status.
 */
export function nginxInfobuttonFile(redirects: Redirect[]): string {
  const tests = redirects
    .filter((r) => r.query && r.from === infobuttonPath)
    .map((r) => {
      const lookaheads = Object.entries(r.query!).map(([name, value]) => `(?=(?:.*&)?${regexQuote(name)}=${regexQuote(value)}(?:&|$))`).join('');
      return `  if ($args ~ "^${lookaheads}") { return ${r.status} ${r.to}; }`;
    });
  return `# Infobutton links from health records (generated from content/ by scripts/build/post-export.ts)
location ~ ^${infobuttonPath}/?$ {
  ${nginxSecurityInclude}
  add_header Cache-Control "no-cache" always;
${tests.join('\n')}
  error_page 404 ${infobuttonRoute.path({})};
  return 404;
}
`;
}

/** Reads `_redirects` lines (`from [name=value …] to status[!]`), in order, as a static host does. */
export function parseRedirectsFile(text: string): Redirect[] {
  const rules: Redirect[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [from, ...rest] = trimmed.split(/\s+/);
    const conditions = rest.filter((token) => /^[^/][^=]*=/.test(token));
    const [to, status = '301'] = rest.filter((token) => !conditions.includes(token));
    if (!from || !to) throw new Error(`_redirects: cannot read line "${trimmed}"`);
    const query = conditions.length ? Object.fromEntries(conditions.map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)])) : undefined;
    rules.push({ from, to, status: Number.parseInt(status, 10), ...(query ? { query } : {}) });
  }
  return rules;
}

/** The first rule for this path whose query parameters the request carries, as Netlify picks it. */
export const findRedirect = (rules: readonly Redirect[], pathname: string, search: URLSearchParams) =>
  rules.find((r) => r.from === pathname && Object.entries(r.query ?? {}).every(([name, value]) => search.get(name) === value));
