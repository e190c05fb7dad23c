import type { Metadata } from 'next';
import { EnglishOnlyNotice } from '@/components/EnglishOnlyNotice';
import { getMedication, getSiteIndex } from '@/lib/content/content';
import { englishOnlyRoute } from '@/lib/site/routes';
import { pageAlternates } from '@/lib/site/page-metadata';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return englishOnlyRoute.params(getSiteIndex());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { title } = getMedication(slug).facts;
  return {
    title: `${title}: solo en inglés / English only`,
    description: `The page about ${title} is in English only.`,
    alternates: pageAlternates(englishOnlyRoute.path({ slug })),
    // Reached from health records only; the monograph is the page to find.
    robots: { index: false, follow: true },
  };
}

export default async function Page({ params }: Props) {
  return <EnglishOnlyNotice medication={getMedication((await params).slug)} />;
}
