import type { Metadata } from 'next';
import { MedicationList, type MedicationListItem } from '@/components/MedicationList';
import { getMedications } from '@/lib/content/content';
import { pageAnchors } from '@/lib/site/page-anchors';
import { aboutRoute, homeRoute } from '@/lib/site/routes';
import { pageAlternates } from '@/lib/site/page-metadata';
import { siteName, siteTagline } from '@/lib/site/site';

export const metadata: Metadata = {
  alternates: pageAlternates(homeRoute.path({})),
  openGraph: { title: siteName, description: siteTagline, url: homeRoute.path({}), type: 'website', siteName },
  twitter: { card: 'summary', title: siteName, description: siteTagline },
};

export default function HomePage() {
  const items: MedicationListItem[] = getMedications().map((m) => ({
    href: m.href,
    title: m.facts.title,
    genericName: m.facts.genericName,
    summary: m.facts.summary,
    alsoCalled: m.facts.otherNames,
    otherBrands: m.facts.otherBrands,
    urgent: m.facts.urgentCards.length ? { href: `${m.href}#${pageAnchors.urgent}`, prompt: m.facts.urgentPrompt } : undefined,
  }));

  // The header names the site; the page itself starts with the medicines.
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <section aria-labelledby="medications-heading">
        <h1 id="medications-heading" className="text-3xl font-bold sm:text-4xl">
          Medicines A to Z
        </h1>
        <MedicationList items={items} />
      </section>
      <p className="mt-8">
        Each page explains one medicine in plain words: what it is, how it is given, what to watch for and what to do if something goes wrong.
        Each medicine page lists its sources and the date it was last reviewed. <a href={aboutRoute.path({})}>How pages are written and checked</a>
      </p>
    </main>
  );
}
