import { routes } from '../../lib/site/routes';
import { headersPattern } from '../../lib/site/route-match';
import { infobuttonPath } from '../../lib/site/infobutton';

/**
 * Reads the `_headers` file format of Netlify and Cloudflare Pages: a path pattern on its own
 * line, then indented `Name: value` lines. Every matching block applies, in order.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const toRegExp = (pattern: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (toRegExp(rule.pattern).test(urlPath)) {
      for (const [name, value] of rule.headers) result[name] = value;
    }
  }
  return result;
}

/**
 * The `_headers` lines the route registry implies: the Content-Type of each kind of page written
 * without a file extension (the link-preview image), and `Access-Control-Allow-Origin: *` on the
 * data other sites' apps fetch (the JSON copies, the feeds, the Infobutton answers, and the
 * Infobutton address itself, whose answers are those files). Added to out/_headers by the post-export step.
 */
export function routeHeaderRules(): string {
  const typed = routes
    .filter((route) => route.contentType)
    .map((route) => `# ${route.pattern}: its type, from lib/site/routes.ts\n${headersPattern(route)}\n  Content-Type: ${route.contentType}\n`);
  const shared = [...routes.filter((route) => route.crossOrigin).map(headersPattern), infobuttonPath, `${infobuttonPath}/`].map(
    (pattern) => `# ${pattern}: data for other sites' apps (lib/site/routes.ts)\n${pattern}\n  ${crossOriginHeader[0]}: ${crossOriginHeader[1]}\n`,
  );
  return [...typed, ...shared].join('\n');
}

/** The header that lets a browser app on another site read a response. */
export const crossOriginHeader = ['Access-Control-Allow-Origin', '*'] as const;

/**
 * Where public/_headers (and deploy/nginx-security.conf, where nginx fills it in from out/_nginx.conf)
 * lets the build name the inline CSS it allows: `style-src $inline_style_hashes`.
 */
export const styleHashesPlaceholder = '$inline_style_hashes';

/** The `_headers` text with the hashes of the pages' inline CSS in each policy line (post-export). */
export function withStyleHashes(text: string, hashes: string): string {
  const isPolicy = (line: string) => /^\s+Content-Security-Policy:/.test(line);
  const lines = text.split('\n');
  if (!lines.some(isPolicy) || !lines.filter(isPolicy).every((line) => line.includes(styleHashesPlaceholder))) {
    throw new Error(`public/_headers: Content-Security-Policy: style-src must list ${styleHashesPlaceholder}, or every page's inline CSS is refused`);
  }
  return lines.map((line) => (isPolicy(line) ? line.replaceAll(styleHashesPlaceholder, hashes) : line)).join('\n');
}
