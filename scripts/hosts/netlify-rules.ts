/**
 * The redirect rules of out/ (`_redirects` and `netlify.toml`) read and matched by Netlify's own
 * parser (@netlify/redirect-parser) and matcher (netlify-redirector, the one `netlify dev` runs), so
 * `npm start` and the tests answer a request as Netlify does, not as this project thinks it does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllRedirects } from '@netlify/redirect-parser';
import redirector from 'netlify-redirector';

/** What a host does with a request a rule matches: a redirect with its Location, or the file at `to` with `status`. */
export interface RuleAnswer {
  status: number;
  to: string;
  /** For a 3xx: the Location header. Netlify passes the request's query on to a target that has none. */
  location?: string;
}

export type RuleMatcher = (pathname: string, search: string) => RuleAnswer | undefined;

/** Reads the rule files in `dir` (either may be missing); throws on a line Netlify would refuse. */
export async function netlifyRules(dir: string): Promise<RuleMatcher> {
  const redirectsFile = path.join(dir, '_redirects');
  const tomlPath = path.join(dir, 'netlify.toml');
  const { redirects, errors } = await parseAllRedirects({
    redirectsFiles: fs.existsSync(redirectsFile) ? [redirectsFile] : [],
    ...(fs.existsSync(tomlPath) ? { netlifyConfigPath: tomlPath } : {}),
    configRedirects: [],
    minimal: false,
  });
  if (errors.length) throw new Error(`Netlify would refuse these redirect rules: ${errors.map((e) => e.message).join('; ')}`);
  // netlify-redirector reads another shape than the parser writes: `origin` for `from`, `params` for `query` (as netlify-cli maps it).
  const rules = (redirects as { from: string; query: Record<string, string> }[]).map(({ from, query, ...rest }) => ({ ...rest, origin: from, params: query, conditions: {} }));
  const matcher = rules.length ? await redirector.parseJSON(JSON.stringify(rules), {}) : undefined;
  return (pathname, search) => {
    let decodedPath: string;
    try {
      decodedPath = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    const hit = matcher?.match({ scheme: 'https', host: 'localhost', path: decodedPath, query: search.replace(/^\?/, ''), getHeader: () => '', getCookie: () => '' });
    if (!hit) return undefined;
    const redirect = hit.status >= 300 && hit.status < 400;
    return { status: hit.status, to: hit.to, ...(redirect ? { location: hit.to.includes('?') ? hit.to : hit.to + search } : {}) };
  };
}
