import { resolveCitations } from '@/lib/citations';
import type { Medication } from '@/lib/content';
import { pageAnchors, urgentCardId } from '@/lib/page-anchors';
import { absoluteUrl } from '@/lib/site';
import { medicationJsonLd } from '@/lib/structured-data';
import { Contents } from './Contents';
import { Glossary } from './Glossary';
import { JsonLd } from './JsonLd';
import { PrescribingInformation } from './PrescribingInformation';
import { PrintHeader } from './PrintHeader';
import { Prose } from './Prose';
import { ReviewDates } from './ReviewDates';
import { SectionHeading } from './SectionHeading';
import { ShareBlock } from './ShareBlock';
import { SourceCitations } from './SourceCitations';
import { SourcesList } from './SourcesList';
import { SummaryList } from './SummaryList';
import { UrgentCard } from './UrgentCard';

/** One monograph, top to bottom: title, key facts, the urgent boxes, contents, body, PI, glossary, sources, dates. */
export function MedicationPage({ medication }: { medication: Medication }) {
  const { facts, sections } = medication;
  const url = absoluteUrl(medication.href);
  const cite = (ids: readonly string[]) => resolveCitations(ids, facts.sources);
  const idsOf = (citations: Medication['introCitations']) => citations.map((c) => c.id);

  const keyFacts = [
    { label: 'Brand name', value: facts.title },
    { label: 'Generic (chemical) name', value: facts.genericName },
    { label: 'Used for', value: facts.usedFor },
    { label: 'How it is given', value: facts.givenBy },
    { label: 'Generic available', value: facts.genericAvailable ? 'Yes' : 'No' },
    ...(facts.otherBrands.length ? [{ label: 'Other brands', value: facts.otherBrands.join(', ') }] : []),
  ];

  const contents = [
    ...sections.map(({ id, title }) => ({ id, title })),
    { id: pageAnchors.prescribingInformation, title: 'Prescribing Information' },
    ...(facts.glossary.length ? [{ id: pageAnchors.glossary, title: 'Words used on this page' }] : []),
    { id: pageAnchors.sources, title: 'Sources' },
  ];

  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <article>
        <PrintHeader url={url} lastReviewed={facts.lastReviewed} />
        <h1 className="text-3xl font-bold sm:text-4xl">
          {facts.title}
          <span className="sr-only">, </span>
          <span className="mt-1 block text-xl font-normal text-slate-700 sm:text-2xl dark:text-slate-300">
            {facts.genericName}
          </span>
        </h1>
        <p className="mt-4 text-lg">{facts.summary}</p>

        <SummaryList id={pageAnchors.keyFacts} heading="Key facts" rows={keyFacts} citations={cite(facts.keyFactsSources)} />

        {facts.urgentCards.length ? (
          <div id={pageAnchors.urgent}>
            {facts.urgentCards.map((card, index) => (
              <UrgentCard key={urgentCardId(index)} id={urgentCardId(index)} card={card} citations={cite(card.sources)} />
            ))}
          </div>
        ) : null}

        <Contents entries={contents} />

        <Prose html={medication.introHtml} />
        <SourceCitations citations={cite(idsOf(medication.introCitations))} />
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <SectionHeading id={section.id} title={section.title} />
            <Prose html={section.html} />
            <SourceCitations citations={cite(idsOf(section.citations))} />
          </section>
        ))}

        <PrescribingInformation title={facts.prescribingInformation.title} url={facts.prescribingInformation.url} />
        <Glossary entries={facts.glossary} />
        <SourcesList sources={facts.sources} />
        <ShareBlock id={pageAnchors.share} url={url} />
        <ReviewDates reviewHistory={facts.reviewHistory} nextReview={facts.nextReview} />
      </article>
      <JsonLd data={medicationJsonLd(medication)} />
    </main>
  );
}
