import type { Metadata } from 'next';
import { MedicationPage } from '@/components/MedicationPage';
import { medicationJsonLd } from '@/lib/reuse/structured-data';
import { OtherNamePage } from '@/components/OtherNamePage';
import { getMedication, getSiteIndex, medicationNamed } from '@/lib/content/content';
import { jsonRoute, medicationRoute, otherNameRoute } from '@/lib/site/routes';
import { pageAlternates } from '@/lib/site/page-metadata';
import { absoluteUrl, siteName } from '@/lib/site/site';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

/** Every monograph, and every other name of one (a page that leads to it). */
export function generateStaticParams() {
  const site = getSiteIndex();
  return [...medicationRoute.params(site), ...otherNameRoute.params(site)];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const named = medicationNamed(slug);
  if (named) {
    // Not a page of its own: search engines should index the monograph instead.
    return {
      title: `${named.name.name}: see ${named.medication.facts.title}`,
      alternates: pageAlternates(absoluteUrl(named.medication.href)),
      robots: { index: false, follow: true },
    };
  }
  const { facts, href } = getMedication(slug);
  const title = `${facts.title}, ${facts.genericName}`;
  return {
    title,
    description: facts.description,
    alternates: pageAlternates(href, jsonRoute.path({ slug })),
    // The preview image is added by opengraph-image.tsx beside this file.
    openGraph: { title, description: facts.description, url: href, type: 'article', siteName },
    twitter: { card: 'summary_large_image', title, description: facts.description },
  };
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const named = medicationNamed(slug);
  if (named) return <OtherNamePage name={named.name.name} medication={named.medication} />;
  const medication = getMedication(slug);
  return <MedicationPage medication={medication} structuredData={medicationJsonLd(medication)} />;
}
