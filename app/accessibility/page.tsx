import type { Metadata } from 'next';
import { AccessibilityStatement } from '@/components/AccessibilityStatement';
import { pageMetadata } from '@/lib/site/page-metadata';
import { accessibilityRoute } from '@/lib/site/routes';
import { publisher, siteName } from '@/lib/site/site';

export const metadata: Metadata = pageMetadata({
  title: 'Accessibility statement',
  description: `How ${siteName} works for people with disabilities, what is known not to work, and how to report a problem.`,
  short: `How ${siteName} works for people with disabilities.`,
  href: accessibilityRoute.path({}),
});

export default function Page() {
  return <AccessibilityStatement publisher={publisher()} />;
}
