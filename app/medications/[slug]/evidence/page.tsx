import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import { EvidencePage } from '@/components/EvidencePage';
import { getMedication, getSiteIndex } from '@/lib/content/content';
import { evidenceRoute } from '@/lib/site/routes';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return evidenceRoute.params(getSiteIndex());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { facts } = getMedication(slug);
  const title = `${facts.title}: how this page was checked`;
  const description = `Every instruction on the ${facts.title} page, with the source it comes from and how strongly the source says it.`;
  return pageMetadata({ title, description, short: `Every instruction on the ${facts.title} page, with its source.`, href: evidenceRoute.path({ slug }) });
}

export default async function Page({ params }: Props) {
  return <EvidencePage medication={getMedication((await params).slug)} />;
}
