import type { Metadata } from 'next';
import { TakeHomeSummary } from '@/components/TakeHomeSummary';
import { getMedication, getMedications, siteIndex } from '@/lib/content';
import { pageAlternates, summaryRoute } from '@/lib/routes';
import { siteName } from '@/lib/site';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return summaryRoute.params(siteIndex(getMedications()));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { facts } = getMedication(slug);
  const title = `${facts.title}: two-page summary`;
  const description = `What to know at home about ${facts.title} (${facts.genericName}), on one printed sheet, with space for your care team's numbers.`;
  const href = summaryRoute.path({ slug });
  return {
    title,
    description: description.length <= 160 ? description : `What to know at home about ${facts.title}, on one printed sheet.`,
    alternates: pageAlternates(href),
    openGraph: { title, description, url: href, type: 'article', siteName },
    twitter: { card: 'summary', title, description },
  };
}

export default async function Page({ params }: Props) {
  return <TakeHomeSummary medication={getMedication((await params).slug)} />;
}
