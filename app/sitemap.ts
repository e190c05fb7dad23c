import type { MetadataRoute } from 'next';
import { getMedications } from '@/lib/content';
import { sitemapPages } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page of every route the registry puts in the sitemap. */
export default function sitemap(): MetadataRoute.Sitemap {
  const medications = getMedications();
  const site = { slugs: medications.map((m) => m.slug), lastReviewed: new Map(medications.map((m) => [m.slug, m.facts.lastReviewed])) };
  return sitemapPages(site).map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}
