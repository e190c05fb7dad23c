import type { Metadata } from 'next';
import { InfobuttonNotFound } from '@/components/InfobuttonNotFound';
import { getMedications } from '@/lib/content/content';
import { infobuttonRoute } from '@/lib/site/routes';
import { pageAlternates } from '@/lib/site/page-metadata';

export const metadata: Metadata = {
  title: 'No page for that medicine',
  description: 'A link from a health record named a code or a name that no page of this site has.',
  alternates: pageAlternates(infobuttonRoute.path({})),
  robots: { index: false, follow: true },
};

export default function Page() {
  return <InfobuttonNotFound medications={getMedications()} />;
}
