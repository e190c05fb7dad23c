import { Fragment, type ReactNode } from 'react';
import { resolveCitations } from '@/lib/citations';
import type { Medication } from '@/lib/model';
import { sectionContent } from '@/lib/markdown/render';
import { pageAnchors, urgentCardId } from '@/lib/page-anchors';
import { monographSections, monographSources, questionsSectionOf } from '@/lib/monograph';
import { cardRoute, evidenceRoute, questionsRoute, summaryRoute } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { medicationJsonLd } from '@/lib/structured-data';
import { Contents } from './Contents';
import { Glossary } from './Glossary';
import { JsonLd } from './JsonLd';
import { Markdown } from './Markdown';
import { PageSection } from './PageSection';
import { PrescribingInformation } from './PrescribingInformation';
import { PrintHeader } from './PrintHeader';
import { ReviewDates } from './ReviewDates';
import { ShareBlock } from './ShareBlock';
import { SourceCitations } from './SourceCitations';
import { SourcesList } from './SourcesList';
import { SummaryList } from './SummaryList';
import { TakeHomeLinks } from './TakeHomeLinks';
import { UrgentCard } from './UrgentCard';
import { DraftBanner } from './DraftBanner';

/** One part of the page: its id and title (for "On this page" and links) and what draws it. */
export interface OutlineEntry {
  id: string;
  title: string;
  inContents: boolean;
  /** A part that is a page of its own: "On this page" links there, and this page draws nothing. */
  href?: string;
  render: () => ReactNode;
}

/**
 * The monograph, top to bottom, as one ordered list: it drives both "On this page" and the page,
 * so a part's id and title are written once.
 */
export function monographOutline(medication: Medication): OutlineEntry[] {
  const { facts } = medication;
  // The monograph numbers and lists only the sources its own parts cite (the questions page has its own list).
  const sources = monographSources(medication);
  const cite = (ids: readonly string[]) => resolveCitations(ids, sources);
  const questions = questionsSectionOf(medication);
  const citedIds = (citations: Medication['introCitations']) => cite(citations.map((c) => c.id));

  const keyFacts = [
    { label: 'Brand name', value: facts.title },
    { label: 'Generic (chemical) name', value: facts.genericName },
    { label: 'Used for', value: facts.usedFor },
    { label: 'How it is given', value: facts.givenBy },
    { label: 'Generic available', value: facts.genericAvailable ? 'Yes' : 'No' },
    ...(facts.otherBrands.length ? [{ label: 'Other brands', value: facts.otherBrands.join(', ') }] : []),
  ];

  // Urgent advice first: a reader in trouble finds it on the first screen, before the key facts.
  const outline: OutlineEntry[] = [
    ...(facts.urgentCards.length
      ? [
          {
            id: pageAnchors.urgent,
            title: 'Urgent advice',
            inContents: false,
            render: () => (
              <div id={pageAnchors.urgent}>
                {facts.urgentCards.map((card, index) => (
                  <UrgentCard key={urgentCardId(index)} id={urgentCardId(index)} card={card} citations={cite(card.sources)} />
                ))}
              </div>
            ),
          },
        ]
      : []),
    {
      id: pageAnchors.keyFacts,
      title: 'Key facts',
      inContents: false,
      render: () => <SummaryList id={pageAnchors.keyFacts} heading="Key facts" rows={keyFacts} citations={cite(facts.keyFactsSources)} />,
    },
    {
      id: pageAnchors.contents,
      title: 'On this page',
      inContents: false,
      render: () => <Contents entries={outline.filter((entry) => entry.inContents)} />,
    },
    ...(medication.intro.length
      ? [
          {
            id: pageAnchors.introduction,
            title: 'Introduction',
            inContents: false,
            render: () => (
              <div id={pageAnchors.introduction}>
                <Markdown nodes={medication.intro} />
                <SourceCitations citations={citedIds(medication.introCitations)} />
              </div>
            ),
          },
        ]
      : []),
    ...monographSections(medication).map((section) => ({
      id: section.id,
      title: section.title,
      inContents: true,
      render: () => (
        <PageSection id={section.id} title={section.title} bodySection>
          <Markdown nodes={sectionContent(section)} />
          <SourceCitations citations={citedIds(section.citations)} />
        </PageSection>
      ),
    })),
    ...(questions
      ? [{ id: questions.id, title: questions.title, inContents: true, href: questionsRoute.path({ slug: medication.slug }), render: () => null }]
      : []),
    {
      id: pageAnchors.prescribingInformation,
      title: 'Prescribing Information',
      inContents: true,
      render: () => <PrescribingInformation id={pageAnchors.prescribingInformation} title="Prescribing Information" link={facts.prescribingInformation} />,
    },
    ...(facts.glossary.length
      ? [
          {
            id: pageAnchors.glossary,
            title: 'Words used on this page',
            inContents: true,
            render: () => <Glossary id={pageAnchors.glossary} title="Words used on this page" entries={facts.glossary} />,
          },
        ]
      : []),
    {
      id: pageAnchors.sources,
      title: 'Sources',
      inContents: true,
      render: () => <SourcesList id={pageAnchors.sources} title="Sources" sources={sources} evidenceHref={evidenceRoute.path({ slug: medication.slug })} />,
    },
    {
      id: pageAnchors.share,
      title: 'Share this page',
      inContents: false,
      render: () => (
        <ShareBlock id={pageAnchors.share} url={absoluteUrl(medication.href)}>
          {/*
            On paper a link to print something else is no use. The links themselves are at the top of
            the page only: a second pair cost two of the 45 tab stops a keyboard user has (issue 17).
          */}
          <div className="take-home-offer">
            <h3 className="mt-6 text-xl font-bold">Print and take home</h3>
            <p className="mt-2">
              {facts.takeHome.card
                ? 'To print a two-page summary or an emergency card, use the links at the top of this page.'
                : 'To print a two-page summary, use the link at the top of this page.'}
            </p>
            {facts.takeHome.card ? (
              <p className="mt-2">
                The emergency card says: <q>{facts.takeHome.card.statement}</q> It lists the signs to watch for and what to do.
              </p>
            ) : null}
          </div>
        </ShareBlock>
      ),
    },
    {
      id: pageAnchors.reviewDates,
      title: 'Review dates',
      inContents: false,
      render: () => <ReviewDates reviewHistory={facts.reviewHistory} nextReview={facts.nextReview} />,
    },
  ];
  return outline;
}

/** Where the two take-home pages of a monograph are (the card only if it declares one). */
const takeHomeHrefs = (medication: Medication) => ({
  summaryHref: summaryRoute.path({ slug: medication.slug }),
  cardHref: medication.facts.takeHome.card ? cardRoute.path({ slug: medication.slug }) : undefined,
});

/** One monograph: its title and summary, then its outline, part by part. */
export function MedicationPage({ medication }: { medication: Medication }) {
  const { facts } = medication;
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <article>
        {medication.facts.draft ? <DraftBanner /> : null}
        <PrintHeader url={absoluteUrl(medication.href)} lastReviewed={facts.lastReviewed} />
        <h1 className="text-3xl font-bold sm:text-4xl">
          {facts.title}
          <span className="sr-only">, </span>
          <span className="mt-1 block text-xl font-normal text-slate-700 sm:text-2xl dark:text-slate-300">
            {facts.genericName}
          </span>
        </h1>
        <p className="mt-4 text-lg">{facts.summary}</p>
        <TakeHomeLinks {...takeHomeHrefs(medication)} className="mt-3" />
        {monographOutline(medication).map((entry) => (
          <Fragment key={entry.id}>{entry.render()}</Fragment>
        ))}
      </article>
      <JsonLd data={medicationJsonLd(medication)} />
    </main>
  );
}
