/** Facts about the site itself, read once at build time. */
import { siteUrl } from './settings';


export const siteName = 'Medicines Explained';
export const siteTagline = 'Clear, checked information about medicines, for patients and families.';

export { defaultSiteUrl, publisher, siteUrl, type Publisher } from './settings';

export const absoluteUrl = (path: string) => siteUrl() + path;

/** "25 November 2026": the date format readers in any English-speaking country read unambiguously. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The about page's part on reusing the pages elsewhere (the JSON copies' usageInfo points there). */
export const aboutReuseId = 'reusing-these-pages';

/** The words that tell a reader, before tapping, that a link leaves the site. */
export const externalCueText = '(opens another site)';
