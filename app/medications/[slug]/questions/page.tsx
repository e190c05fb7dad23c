import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionsPage } from '@/components/QuestionsPage';
import { getMedication, getMedications, siteIndex } from '@/lib/content';
import { questionsSectionOf } from '@/lib/monograph';
import { exportParams, pageAlternates, placeholderSlug, questionsRoute } from '@/lib/routes';
import { siteName } from '@/lib/site';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return exportParams(questionsRoute, siteIndex(getMedications()));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (slug === placeholderSlug) return {};
  const { facts } = getMedication(slug);
  const title = `${facts.title}: ${questionsSectionOf(getMedication(slug))?.title ?? 'questions'}`;
  const description = `The questions people ask about ${facts.title}, answered in plain words from the page's sources.`;
  const href = questionsRoute.path({ slug });
  return {
    title,
    description: description.length <= 160 ? description : `Questions people ask about ${facts.title}, answered with sources.`,
    alternates: pageAlternates(href),
    openGraph: { title, description, url: href, type: 'article', siteName },
    twitter: { card: 'summary', title, description },
  };
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  if (slug === placeholderSlug) notFound();
  return <QuestionsPage medication={getMedication(slug)} />;
}
