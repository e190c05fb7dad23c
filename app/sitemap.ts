import type { MetadataRoute } from 'next';
import { getMedications } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const medications = getMedications();
  const newest = medications.map((m) => m.facts.lastReviewed).sort().at(-1);
  return [
    { url: absoluteUrl('/'), lastModified: newest },
    ...medications.map((m) => ({ url: absoluteUrl(m.href), lastModified: m.facts.lastReviewed })),
  ];
}
