import type { Medication } from '@/lib/model/model';
import { headingId, pageAnchors, urgentCardId } from '@/lib/site/page-anchors';
import { medicationRoute } from '@/lib/site/routes';
import { absoluteUrl, formatDate, siteName } from '@/lib/site/site';
import { summaryParts } from '@/lib/pages/take-home';
import { CareTeamBlanks } from './CareTeamBlanks';
import { Markdown } from './Markdown';
import { PageSection } from './PageSection';
import { QrCode } from './QrCode';
import { UrgentCard } from './UrgentCard';
import { DraftBanner } from './DraftBanner';
import { PageTitle } from './PageTitle';
import { WebAddress } from './WebAddress';

/**
 * The two-page summary a clinician hands over: what the medicine is, the urgent boxes, the parts
 * of the page its Markdown file picks (`takeHome.summary`), blanks for the care team, and the way
 * back to the full page. Every sentence is the monograph's own.
 */
export function TakeHomeSummary({ medication }: { medication: Medication }) {
  const { facts } = medication;
  const fullUrl = absoluteUrl(medicationRoute.path({ slug: medication.slug }));
  const parts = summaryParts(facts, medication.sections, medication.href);
  return (
    <main id={pageAnchors.main} className="take-home-summary mx-auto max-w-3xl px-4 py-8">
      <article>
        {facts.draft ? <DraftBanner /> : null}
        <PageTitle title={facts.title} subtitle="Two-page summary to keep at home" grows={false} />
        <p className="mt-3 text-lg">{facts.summary}</p>
        <p className="take-home-meta mt-2" data-ui>
          From {siteName}: the full page, last reviewed <time dateTime={facts.lastReviewed}>{formatDate(facts.lastReviewed)}</time>:{' '}
          <a href={medication.href}>
            <WebAddress url={fullUrl} />
          </a>
        </p>
        {/* Page 1 is what a reader needs in trouble: the urgent boxes and, beside them, their own numbers. */}
        <div className="take-home-urgent mt-6">
          {facts.urgentCards.map((card, index) => (
            <UrgentCard key={urgentCardId(index)} id={urgentCardId(index)} card={card} citations={[]} />
          ))}
          <CareTeamBlanks id={pageAnchors.careTeam} title="My details and my care team" fields={facts.takeHome.careTeam} />
        </div>
        <div className="take-home-parts mt-6">
          {parts.map((part) => (
            <PageSection key={part.id} id={part.id} title={part.title} className="take-home-part mt-6" headingClassName="text-2xl font-bold">
              <Markdown nodes={part.nodes} />
            </PageSection>
          ))}
        </div>
        <section aria-labelledby={headingId(pageAnchors.fullPage)} id={pageAnchors.fullPage} className="take-home-back mt-8" data-ui>
          <h2 id={headingId(pageAnchors.fullPage)} className="text-xl font-bold">
            The full page, with its sources
          </h2>
          <p className="mt-1">
            Scan the code with a phone camera, or type this address:
            <span className="mt-1 block font-mono text-base">
              <WebAddress url={fullUrl} />
            </span>
          </p>
          <QrCode url={fullUrl} size={112} label={`QR code for the full page: ${fullUrl}`} />
        </section>
      </article>
    </main>
  );
}
