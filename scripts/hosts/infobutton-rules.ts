/**
 * The Infobutton rules every host follows, made once from lib/site/infobutton.ts and written two
 * ways: `netlify.toml` (Netlify; `npm start` reads the same file with Netlify's own parser and
 * matcher), and an nginx location. Netlify's matcher sets the meaning and the others follow it:
 * - rules are tried in order and the first whose every parameter the request carries wins;
 * - a parameter's name is compared as sent (`mainSearchCriteria%2Ev%2Ec` is another name), its value
 *   after percent-decoding, `+` as a space, case and all;
 * - a parameter sent twice counts with its last value;
 * - a value `:any` asks only that the parameter is there;
 * - `/infobutton/` is `/infobutton`.
 * Why netlify.toml and not `_redirects`: a `_redirects` line cannot hold a value with a space in it
 * ("Lioresal Intrathecal"), and Netlify compares the decoded request value with the line as written.
 */
import { englishCodes, fromRecord, infobuttonParams, infobuttonPath, infobuttonSubjects, noAnswer, responseTypes } from '../../lib/site/infobutton';
import { englishOnlyRoute, infobuttonAnswerRoute, infobuttonRoute, medicationRoute, type SiteIndex } from '../../lib/site/routes';
import { nginxSecurityInclude, type Redirect } from './redirects-file';

/**
 * Netlify may refuse a deploy past about 10,000 rules (docs.netlify.com/routing/redirects, which
 * suggests placeholders or an Edge Function instead); the build warns before that.
 */
export const maxInfobuttonRules = 9000;

/** A value that matches whatever the request sends, as long as it sends the parameter (Netlify's placeholder). */
export const anyValue = ':any';

const answer = (name: string, extension: 'json' | 'atom') => infobuttonAnswerRoute.path({ file: `${name}.${extension}` });

/**
 * For each code and name, in order: a machine answer when one is asked for, the page in English,
 * the language notice for any other language, then the page; after them all, the empty machine
 * answers and the "no page" page with a 404 status.
 */
export function infobuttonRules(site: SiteIndex): Redirect[] {
  const rule = (query: Record<string, string>, to: string, status: number): Redirect => ({ from: infobuttonPath, to, status, query });
  const machine = (query: Record<string, string>, name: string) => [
    ...responseTypes.json.map((type) => rule({ ...query, [infobuttonParams.responseType]: type }, answer(name, 'json'), 200)),
    ...responseTypes.atom.map((type) => rule({ ...query, [infobuttonParams.responseType]: type }, answer(name, 'atom'), 200)),
  ];
  const known = infobuttonSubjects(site).flatMap(({ query, slug, answer: name }) => {
    const page = medicationRoute.path({ slug }) + fromRecord;
    return [
      ...machine(query, name),
      ...englishCodes.map((code) => rule({ ...query, [infobuttonParams.language]: code }, page, 302)),
      rule({ ...query, [infobuttonParams.language]: anyValue }, englishOnlyRoute.path({ slug }) + fromRecord, 302),
      rule(query, page, 302),
    ];
  });
  return [...known, ...machine({}, noAnswer), rule({}, infobuttonRoute.path({}), 404)];
}

/** Where Netlify reads it: the repository's root (the build also writes a copy to out/ for `npm start`). */
export const netlifyTomlPath = 'netlify.toml';

const tomlString = (text: string) => JSON.stringify(text);

/** netlify.toml: the rules, one a line, each forced (it wins over any file at /infobutton). */
export function netlifyToml(rules: readonly Redirect[]): string {
  const lines = rules.map((r) => {
    const query = Object.entries(r.query ?? {}).map(([name, value]) => `${tomlString(name)} = ${tomlString(value)}`);
    return `  { from = ${tomlString(r.from)}, to = ${tomlString(r.to)}, status = ${r.status}, force = true${query.length ? `, query = { ${query.join(', ')} }` : ''} },`;
  });
  return `# Infobutton links from health records, for Netlify: written by \`npm run gen:hosts\` from content/ (the build
# writes the same to out/netlify.toml for \`npm start\`; a unit test fails when this one differs). Do not edit.
redirects = [
${lines.join('\n')}
]
`;
}

const regexQuote = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A value as nginx sees it, undecoded: each character as itself or percent-encoded (either case of hex), a space also as `+`. */
function encodedValue(value: string): string {
  return [...new TextEncoder().encode(value)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      const hex = byte.toString(16).toUpperCase().padStart(2, '0');
      const encoded = `%${[...hex].map((h) => (/[A-F]/.test(h) ? `[${h}${h.toLowerCase()}]` : h)).join('')}`;
      const plain = byte === 0x20 ? '\\+' : byte < 0x80 && /[A-Za-z0-9._~:!$'()*,;@/-]/.test(char) ? regexQuote(char) : undefined;
      return plain ? `(?:${plain}|${encoded})` : encoded;
    })
    .join('');
}

/**
 * One parameter's test on nginx's raw `$args`: its last occurrence has this value (or, for
 * `:any`, it occurs). The lookahead after the value refuses a later occurrence of the name. As in
 * Netlify's matcher, a query that ends in a single `&` loses the parameter before it (`&&` does not).
 */
function parameterTest(name: string, value: string): string {
  const key = regexQuote(name);
  const matched = value === anyValue ? '[^&]*' : encodedValue(value);
  return `(?=(?:.*&)?${key}=${matched}(?:&(?!(?:.*&)?${key}=).+)?$)`;
}

/**
 * nginx: the Infobutton address, one `if` per rule in the same order, each a test of the whole
 * query string (nginx names no variable after a parameter with dots in it). A redirect returns;
 * a machine answer is the file, sent from here; no match is the "no page" page with a 404.
 */
export function nginxInfobuttonFile(rules: readonly Redirect[]): string {
  const tests = rules
    .filter((r) => Object.keys(r.query ?? {}).length)
    .map((r) => {
      const test = `^${Object.entries(r.query!)
        .map(([name, value]) => parameterTest(name, value))
        .join('')}`;
      const action = r.status >= 300 && r.status < 400 ? `return ${r.status} ${r.to};` : `rewrite ^ ${r.to}? last;`;
      return `  if ($args ~ "${test}") { ${action} }`;
    });
  const notFound = rules.find((r) => !Object.keys(r.query ?? {}).length && r.status === 404);
  return `# Infobutton links from health records (generated from content/ by scripts/build/post-export.ts)
location ~ ^${infobuttonPath}/?$ {
  ${nginxSecurityInclude}
  add_header Cache-Control "no-cache" always;
  add_header Access-Control-Allow-Origin "*" always;
${tests.join('\n')}
  error_page 404 ${notFound?.to ?? infobuttonRoute.path({})};
  return 404;
}
`;
}
