import type { Metadata } from 'next';
import { EvidencePage } from '@/components/EvidencePage';
import { getMedication, getMedications, siteIndex } from '@/lib/content';
import { evidenceRoute, pageAlternates } from '@/lib/routes';
import { siteName } from '@/lib/site';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return evidenceRoute.params(siteIndex(getMedications()));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { facts } = getMedication(slug);
  const title = `${facts.title}: how this page was checked`;
  const description = `Every instruction on the ${facts.title} page, with the source it comes from and how strongly the source says it.`;
  const href = evidenceRoute.path({ slug });
  return {
    title,
    description: description.length <= 160 ? description : `Every instruction on the ${facts.title} page, with its source.`,
    alternates: pageAlternates(href),
    openGraph: { title, description, url: href, type: 'article', siteName },
    twitter: { card: 'summary', title, description },
  };
}

export default async function Page({ params }: Props) {
  return <EvidencePage medication={getMedication((await params).slug)} />;
}
