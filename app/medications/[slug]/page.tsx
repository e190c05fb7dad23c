import type { Metadata } from 'next';
import { MedicationPage } from '@/components/MedicationPage';
import { getMedication, getMedications } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getMedications().map((m) => ({ slug: m.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { facts, href } = getMedication((await params).slug);
  return {
    title: `${facts.title} (${facts.genericName})`,
    description: facts.description,
    alternates: { canonical: href },
  };
}

export default async function Page({ params }: Props) {
  return <MedicationPage medication={getMedication((await params).slug)} />;
}
