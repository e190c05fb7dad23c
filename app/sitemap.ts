import type { MetadataRoute } from 'next';
import { getMedications, siteIndex } from '@/lib/content';
import { sitemapPages } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page of every route the registry puts in the sitemap. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPages(siteIndex(getMedications())).map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}
