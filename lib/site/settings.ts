import path from 'node:path';

/**
 * The settings, one function each, as the Settings table of docs/deployment.md lists them: read from the
 * environment at build time, checked, and said plainly when unset (settingWarnings). Nothing else
 * reads process.env for them.
 */

/** `CONTENT_DIR` points the build at another content tree (fixtures, a large library). */
export const contentDir = () => path.resolve(process.env.CONTENT_DIR ?? 'content');

/**
 * Where the export goes: out/, or OUT_DIR for a second site (fixture, benchmark), always as a path
 * inside the project relative to it: Next resolves its distDir from the project, so an absolute
 * OUT_DIR must not reach it as typed.
 */
export function outDir(): string {
  const raw = process.env.OUT_DIR?.trim() || 'out';
  const relative = path.relative(process.cwd(), path.resolve(raw));
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`OUT_DIR: "${raw}" must be a folder inside the project, such as .e2e/site`);
  }
  return relative;
}

/** `READABILITY_MAX_GRADE`: the reading-grade ceiling of check:content. */
export const readabilityMaxGrade = () => Number(process.env.READABILITY_MAX_GRADE ?? 8);

export const defaultSiteUrl = 'https://medicines-explained.example.org';

/** The public https origin every absolute URL is built from (`SITE_URL`, no trailing slash). */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || defaultSiteUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not a valid URL`);
  }
  if (url.protocol !== 'https:') throw new Error(`SITE_URL: "${raw}" must start with https://`);
  // Every page links from the root of the site (lib/site/routes.ts), so the site cannot live under a sub-path.
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL: "${raw}" must be an origin only, like https://example.org`);
  return url.origin;
}


/**
 * Who stands behind this copy of the site, as its publisher sets it (`PUBLISHER_NAME`,
 * `PUBLISHER_CONTACT`, `FUNDING_STATEMENT`). Never invented: where a setting is unset, the About
 * and accessibility pages say so, and the build warns (settingWarnings).
 */
export interface Publisher {
  name?: string;
  /** An email address or an https:// page, with the link a reader follows. */
  contact?: { text: string; href: string };
  funding?: string;
}

export function publisher(): Publisher {
  const read = (name: string) => process.env[name]?.trim() || undefined;
  const contact = read('PUBLISHER_CONTACT');
  return { name: read('PUBLISHER_NAME'), contact: contact === undefined ? undefined : contactLink(contact), funding: read('FUNDING_STATEMENT') };
}

function contactLink(raw: string): { text: string; href: string } {
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(raw)) return { text: raw, href: `mailto:${raw}` };
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') throw new Error(`PUBLISHER_CONTACT: "${raw}" must be an email address or an https:// address`);
  return { text: raw, href: url.href };
}

/** The settings that change what the pages say: a change to one makes a built site stale. */
export const pageSettings = ['SITE_URL', 'PUBLISHER_NAME', 'PUBLISHER_CONTACT', 'FUNDING_STATEMENT'] as const;

/** The settings a public build should have and this one lacks, each with what a reader would see. */
export function settingWarnings(): string[] {
  const set = publisher();
  return [
    process.env.SITE_URL?.trim() ? '' : `SITE_URL is not set: every absolute address, printed address and QR code points at the placeholder ${defaultSiteUrl}`,
    set.name ? '' : 'PUBLISHER_NAME is not set: the About page says the publisher has not been named',
    set.contact ? '' : 'PUBLISHER_CONTACT is not set: the About and accessibility pages say there is no contact address yet',
    set.funding ? '' : 'FUNDING_STATEMENT is not set: the About page says the funding has not been stated',
  ].filter(Boolean);
}

