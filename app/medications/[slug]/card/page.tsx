import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WalletCardPage } from '@/components/WalletCardPage';
import { getMedication, getMedications, siteIndex } from '@/lib/content';
import { cardRoute, exportParams, pageAlternates, placeholderSlug } from '@/lib/routes';
import { siteName } from '@/lib/site';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return exportParams(cardRoute, siteIndex(getMedications()));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (slug === placeholderSlug) return {};
  const { facts } = getMedication(slug);
  const title = `${facts.title}: emergency card`;
  const description = `A wallet card to print for ${facts.title}: the warning signs to watch for, what to do, and space for your details.`;
  const href = cardRoute.path({ slug });
  return {
    title,
    description: description.length <= 160 ? description : `A wallet emergency card to print for ${facts.title}.`,
    alternates: pageAlternates(href),
    openGraph: { title, description, url: href, type: 'article', siteName },
    twitter: { card: 'summary', title, description },
  };
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  if (slug === placeholderSlug) notFound();
  const medication = getMedication(slug);
  const card = medication.facts.takeHome.card;
  if (!card) notFound();
  return <WalletCardPage medication={medication} card={card} />;
}
