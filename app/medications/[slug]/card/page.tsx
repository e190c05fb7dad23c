import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import { notFound } from 'next/navigation';
import { WalletCardPage } from '@/components/WalletCardPage';
import { getMedication, getSiteIndex } from '@/lib/content/content';
import { cardRoute, exportParams, placeholderSlug } from '@/lib/site/routes';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return exportParams(cardRoute, getSiteIndex());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (slug === placeholderSlug) return {};
  const { facts } = getMedication(slug);
  const title = `${facts.title}: emergency card`;
  const description = `A wallet card to print for ${facts.title}: the warning signs to watch for, what to do, and space for your details.`;
  return pageMetadata({ title, description, short: `A wallet emergency card to print for ${facts.title}.`, href: cardRoute.path({ slug }) });
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  if (slug === placeholderSlug) notFound();
  const medication = getMedication(slug);
  const card = medication.facts.takeHome.card;
  if (!card) notFound();
  return <WalletCardPage medication={medication} card={card} />;
}
