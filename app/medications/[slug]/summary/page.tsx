import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import { TakeHomeSummary } from '@/components/TakeHomeSummary';
import { getMedication, getSiteIndex } from '@/lib/content/content';
import { summaryRoute } from '@/lib/site/routes';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return summaryRoute.params(getSiteIndex());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { facts } = getMedication(slug);
  const title = `${facts.title}: two-page summary`;
  const description = `What to know at home about ${facts.title} (${facts.genericName}), on one printed sheet, with space for your care team's numbers.`;
  return pageMetadata({ title, description, short: `What to know at home about ${facts.title}, on one printed sheet.`, href: summaryRoute.path({ slug }) });
}

export default async function Page({ params }: Props) {
  return <TakeHomeSummary medication={getMedication((await params).slug)} />;
}
