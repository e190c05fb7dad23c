import type { Metadata } from 'next';
import { MedicationList, type MedicationListItem } from '@/components/MedicationList';
import { getMedications } from '@/lib/content';
import { pageAnchors } from '@/lib/page-anchors';
import { homeRoute, pageAlternates } from '@/lib/routes';
import { siteName, siteTagline } from '@/lib/site';

export const metadata: Metadata = {
  alternates: pageAlternates(homeRoute.path({})),
  openGraph: { title: siteName, description: siteTagline, url: homeRoute.path({}), type: 'website', siteName },
  twitter: { card: 'summary', title: siteName, description: siteTagline },
};

export default function HomePage() {
  const medications = getMedications();
  // The medicines whose writers name what a reader in trouble looks for ("Pump alarm or feeling unwell?").
  const urgentLinks = medications.filter((m) => m.facts.urgentCards.length && m.facts.urgentPrompt);
  const items: MedicationListItem[] = medications.flatMap((m) => [
    {
      href: m.href,
      title: m.facts.title,
      genericName: m.facts.genericName,
      summary: m.facts.summary,
      urgent: m.facts.urgentCards.length ? { href: `${m.href}#${pageAnchors.urgent}`, prompt: m.facts.urgentPrompt } : undefined,
    },
    ...m.otherNames.map((name) => ({ href: m.href, title: name.name, see: m.facts.title })),
  ]);

  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{siteName}</h1>
      <p className="mt-3 text-lg">{siteTagline}</p>
      {urgentLinks.length ? (
        <section aria-labelledby="urgent-links-heading" className="home-urgent mt-6">
          <h2 id="urgent-links-heading" className="text-xl font-bold">
            Need help now?
          </h2>
          <ul className="mt-1">
            {urgentLinks.map((m) => (
              <li key={m.slug}>
                <a href={`${m.href}#${pageAnchors.urgent}`} className="inline-block py-1 font-bold">
                  {m.facts.urgentPrompt} Urgent advice about {m.facts.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-6">
        Each page explains one medicine in plain words: what it is, how it is given, what to watch for and what to do
        if something goes wrong. Every page lists its sources and the date it was last checked.
      </p>
      <section aria-labelledby="medications-heading">
        <h2 id="medications-heading" className="mt-8 text-2xl font-bold">
          Medications
        </h2>
        <MedicationList items={items} />
      </section>
    </main>
  );
}
