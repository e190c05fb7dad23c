import { Fragment, type ReactNode } from 'react';
import { resolveCitations } from '@/lib/model/citations';
import type { Medication } from '@/lib/model/model';
import { sectionContent } from '@/lib/markdown/render';
import { pageAnchors, urgentCardId } from '@/lib/site/page-anchors';
import { monographSources } from '@/lib/pages/monograph';
import { monographOutline, type OutlinePart } from '@/lib/pages/monograph-outline';
import { cardRoute, evidenceRoute, summaryRoute } from '@/lib/site/routes';
import { absoluteUrl } from '@/lib/site/site';
import type { SourceFacts } from '@/lib/model/schema';
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
import { PageTitle } from './PageTitle';
import { OtherNames } from './OtherNames';
import { TakeHomeOffer } from './TakeHomeOffer';

/**
 * Each part of the monograph's outline (lib/pages/monograph-outline.ts), drawn: the outline says which
 * parts the page has, in what order, with which ids; this says how each looks.
 */
interface PartProps {
  part: OutlinePart;
  medication: Medication;
  outline: OutlinePart[];
  /** The sources the monograph numbers and lists: only those its own parts cite (the questions page has its own list). */
  sources: SourceFacts[];
}

function Part({ part, medication, outline, sources }: PartProps): ReactNode {
  const { facts } = medication;
  const cite = (ids: readonly string[]) => resolveCitations(ids, sources);
  const citedIds = (citations: Medication['introCitations']) => cite(citations.map((c) => c.id));
  switch (part.kind) {
    case 'urgent':
      return (
        <div id={pageAnchors.urgent}>
          {facts.urgentCards.map((card, index) => (
            <UrgentCard key={urgentCardId(index)} id={urgentCardId(index)} card={card} citations={cite(card.sources)} />
          ))}
        </div>
      );
    case 'keyFacts':
      return <SummaryList id={part.id} heading={part.title} rows={keyFactsOf(facts)} citations={cite(facts.keyFactsSources)} />;
    case 'contents':
      return (
        <>
          <Contents entries={outline.filter((entry) => entry.inContents)} />
          <TakeHomeLinks {...takeHomeHrefs(medication)} className="mt-4" />
        </>
      );
    case 'introduction':
      return (
        <div id={part.id}>
          <Markdown nodes={medication.intro} />
          <SourceCitations citations={citedIds(medication.introCitations)} />
        </div>
      );
    case 'section':
      return (
        <PageSection id={part.id} title={part.title} bodySection>
          <Markdown nodes={sectionContent(part.section!)} />
          <SourceCitations citations={citedIds(part.section!.citations)} />
        </PageSection>
      );
    case 'questions':
      return null;
    case 'prescribingInformation':
      return <PrescribingInformation id={part.id} title={part.title} link={facts.prescribingInformation} />;
    case 'glossary':
      return <Glossary id={part.id} title={part.title} entries={facts.glossary} />;
    case 'sources':
      return <SourcesList id={part.id} title={part.title} sources={sources} evidenceHref={evidenceRoute.path({ slug: medication.slug })} />;
    case 'share':
      return (
        <ShareBlock id={part.id} url={absoluteUrl(medication.href)}>
          <TakeHomeOffer card={facts.takeHome.card} />
        </ShareBlock>
      );
    case 'reviewDates':
      return <ReviewDates reviewHistory={facts.reviewHistory} nextReview={facts.nextReview} />;
  }
}

const keyFactsOf = (facts: Medication['facts']) => [
  { label: 'Brand name', value: facts.title },
  { label: 'Generic (chemical) name', value: facts.genericName },
  { label: 'Used for', value: facts.usedFor },
  { label: 'How it is given', value: facts.givenBy },
  { label: 'Generic available', value: facts.genericAvailable ? 'Yes' : 'No' },
  ...(facts.otherBrands.length ? [{ label: 'Other brands', value: facts.otherBrands.join(', ') }] : []),
];

/** Where the two take-home pages of a monograph are (the card only if it declares one). */
const takeHomeHrefs = (medication: Medication) => ({
  summaryHref: summaryRoute.path({ slug: medication.slug }),
  cardHref: medication.facts.takeHome.card ? cardRoute.path({ slug: medication.slug }) : undefined,
});

/** The take-home pages' full addresses, for the printed page's header. */
function printedTakeHome(medication: Medication) {
  const { summaryHref, cardHref } = takeHomeHrefs(medication);
  return { summary: absoluteUrl(summaryHref), card: cardHref ? absoluteUrl(cardHref) : undefined };
}

/** One monograph: its title and summary, then its outline, part by part, and its structured data (made by the route). */
export function MedicationPage({ medication, structuredData }: { medication: Medication; structuredData: object }) {
  const { facts } = medication;
  const outline = monographOutline(medication);
  const sources = monographSources(medication);
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <article>
        {medication.facts.draft ? <DraftBanner /> : null}
        <PrintHeader url={absoluteUrl(medication.href)} lastReviewed={facts.lastReviewed} takeHome={printedTakeHome(medication)} />
        <PageTitle title={facts.title} subtitle={facts.genericName} />
        <OtherNames names={[...facts.otherBrands, ...facts.otherNames]} />
        <p className="mt-3 sm:mt-4 sm:text-lg">{facts.summary}</p>
        {outline.map((part) => (
          <Fragment key={part.id}>
            <Part part={part} medication={medication} outline={outline} sources={sources} />
          </Fragment>
        ))}
      </article>
      <JsonLd data={structuredData} />
    </main>
  );
}
