/** Facts about the site itself, read once at build time. */

export const siteName = 'Medicines Explained';
export const siteTagline = 'Clear, checked information about medicines, for patients and families.';

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
  // Every page links from the root of the site (lib/routes.ts), so the site cannot live under a sub-path.
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL: "${raw}" must be an origin only, like https://example.org`);
  return url.origin;
}

export const absoluteUrl = (path: string) => siteUrl() + path;

/** "25 November 2026": the date format readers in any English-speaking country read unambiguously. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
