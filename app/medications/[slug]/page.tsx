import type { Metadata } from 'next';
import { MedicationPage } from '@/components/MedicationPage';
import { getMedication, getMedications } from '@/lib/content';
import { medicationRoute } from '@/lib/routes';
import { siteName } from '@/lib/site';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return medicationRoute.params({ slugs: getMedications().map((m) => m.slug) });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { facts, href } = getMedication((await params).slug);
  const title = `${facts.title}, ${facts.genericName}`;
  return {
    title,
    description: facts.description,
    alternates: { canonical: href },
    // The preview image is added by opengraph-image.tsx beside this file.
    openGraph: { title, description: facts.description, url: href, type: 'article', siteName },
    twitter: { card: 'summary_large_image', title, description: facts.description },
  };
}

export default async function Page({ params }: Props) {
  return <MedicationPage medication={getMedication((await params).slug)} />;
}
