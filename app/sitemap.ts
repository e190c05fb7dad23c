import type { MetadataRoute } from 'next';
import { getSiteIndex } from '@/lib/content/content';
import { sitemapPages } from '@/lib/site/route-match';
import { absoluteUrl } from '@/lib/site/site';

export const dynamic = 'force-static';

/** Every page of every route the registry puts in the sitemap. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPages(getSiteIndex()).map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}
