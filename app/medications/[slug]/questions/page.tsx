import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import { notFound } from 'next/navigation';
import { QuestionsPage } from '@/components/QuestionsPage';
import { getMedication, getSiteIndex } from '@/lib/content/content';
import { questionsSectionOf } from '@/lib/pages/monograph';
import { exportParams, placeholderSlug, questionsRoute } from '@/lib/site/routes';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return exportParams(questionsRoute, getSiteIndex());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (slug === placeholderSlug) return {};
  const { facts } = getMedication(slug);
  const title = `${facts.title}: ${questionsSectionOf(getMedication(slug))?.title ?? 'questions'}`;
  const description = `The questions people ask about ${facts.title}, answered in plain words from the page's sources.`;
  return pageMetadata({ title, description, short: `Questions people ask about ${facts.title}, answered with sources.`, href: questionsRoute.path({ slug }) });
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  if (slug === placeholderSlug) notFound();
  return <QuestionsPage medication={getMedication(slug)} />;
}
