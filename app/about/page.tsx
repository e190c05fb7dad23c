import type { Metadata } from 'next';
import { attributionRule } from '@/lib/reuse/reuse';
import { AboutPage } from '@/components/AboutPage';
import { getMedications } from '@/lib/content/content';
import { pageMetadata } from '@/lib/site/page-metadata';
import { aboutRoute } from '@/lib/site/routes';
import { publisher, siteName } from '@/lib/site/site';

export const metadata: Metadata = pageMetadata({
  title: `About ${siteName}`,
  description: `Who publishes ${siteName}, how its pages are written, sourced, checked and reviewed, and who pays for it.`,
  short: `Who publishes ${siteName} and how its pages are checked.`,
  href: aboutRoute.path({}),
});

export default function Page() {
  return <AboutPage medications={getMedications()} publisher={publisher()} reuseRule={attributionRule} />;
}
