import type { Claim } from '@/lib/model';
import { describeRequirement } from '@/lib/claims';
import type { Medication } from '@/lib/model';
import { pageAnchors } from '@/lib/page-anchors';
import { cardRoute } from '@/lib/routes';
import { absoluteUrl, formatDate } from '@/lib/site';
import { PageSection } from './PageSection';
import { PrintHeader } from './PrintHeader';
import { ReviewHistory } from './ReviewHistory';
import { SourcesList } from './SourcesList';
import { DraftBanner } from './DraftBanner';
import { PageTitle } from './PageTitle';

/** The claims of one part of the page, under the part where a reader meets each first. */
function byPart(claims: Claim[]): { title: string; claims: Claim[] }[] {
  const groups: { title: string; claims: Claim[] }[] = [];
  for (const claim of claims) {
    const title = claim.parts[0].title;
    const group = groups.find((g) => g.title === title);
    if (group) group.claims.push(claim);
    else groups.push({ title, claims: [claim] });
  }
  return groups;
}

/**
 * "How this page was checked": every instruction and safety statement of a monograph, as the
 * build checked it against the claims register, with its sources (numbered as on the page and
 * listed below), the place in each, and what each requires; then every review.
 */
export function EvidencePage({ medication }: { medication: Medication }) {
  const { facts, claims } = medication;
  const numberOf = (id: string) => facts.sources.findIndex((source) => source.id === id) + 1;
  const titleOf = (id: string) => facts.sources.find((source) => source.id === id)?.title ?? id;
  const evidenceHref = `${medication.href}evidence/`;
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <article>
        {facts.draft ? <DraftBanner /> : null}
        <PrintHeader url={absoluteUrl(evidenceHref)} lastReviewed={facts.lastReviewed} />
        <PageTitle title="How this page was checked" separator=": " subtitle={facts.title} />
        <p className="mt-4 text-lg">
          Here is every instruction and safety fact on the <a href={medication.href}>{facts.title} page</a>. For each one you can see its source, the
          place in the source, and how strongly the source says it.
        </p>
        <p className="mt-3">
          Each time the site is built, a check reads every sentence of the page and compares it with this list. The page is not published if a
          sentence says less than its source. It looks at:
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>where to go: a hospital, emergency care, the doctor, or the care team</li>
          <li>how soon: immediately, right away, or soon</li>
          <li>how strong: &ldquo;do not&rdquo;, &ldquo;avoid&rdquo; or &ldquo;take care&rdquo;; &ldquo;always&rdquo; or &ldquo;must&rdquo;</li>
          <li>whether a fact is said as certain, or as &ldquo;may&rdquo;</li>
          <li>the conditions that must stay in the sentence, such as &ldquo;before the scan&rdquo;</li>
        </ul>
        <p className="mt-3">
          It also finds any new instruction that is not on this list. {claims.length} sentences are checked.
        </p>
        {byPart(claims).map((group, index) => (
          <PageSection key={group.title} id={`part-${index + 1}`} title={group.title} className="mt-10" headingClassName="text-2xl font-bold">
            <ol className="evidence-claims mt-3 space-y-5">
              {group.claims.map((claim) => {
                const requires = describeRequirement(claim.requires);
                const elsewhere = claim.parts.slice(1).map((part) => part.title);
                return (
                  <li key={claim.says} className="border-l-4 border-slate-400 pl-3">
                    <p className="font-bold">&ldquo;{claim.says}&rdquo;</p>
                    {Object.entries(claim.from).map(([id, where]) => (
                      <p key={id} className="mt-1">
                        Source {numberOf(id)}, {titleOf(id)}: {where}
                      </p>
                    ))}
                    <p className="mt-1">{requires.length ? `The source asks for: ${requires.join('. ')}.` : 'Checked word for word.'}</p>
                    {elsewhere.length ? <p className="mt-1">Also in: {elsewhere.join(', ')}.</p> : null}
                    {claim.note ? <p className="mt-1">Note: {claim.note}</p> : null}
                  </li>
                );
              })}
            </ol>
          </PageSection>
        ))}
        <PageSection id={pageAnchors.reviewDates} title="Reviews" className="mt-10">
          <p className="mt-2">
            Page last reviewed: <time dateTime={facts.lastReviewed}>{formatDate(facts.lastReviewed)}</time>. Next review due:{' '}
            <time dateTime={facts.nextReview}>{formatDate(facts.nextReview)}</time>.
          </p>
          <ReviewHistory entries={facts.reviewHistory} all />
        </PageSection>
        {medication.codes.length ? (
          <PageSection id="product-codes" title="Codes for health records" className="mt-10">
            <p className="mt-2">
              A health record can link to the page by these product codes (the HL7 Infobutton standard). They are for record systems, not for patients.
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {medication.codes.map((code, index) => (
                <li key={`${code.system} ${code.code}`}>
                  {code.system} {code.code}: source {numberOf(facts.productCodes[index].source)}
                </li>
              ))}
            </ul>
          </PageSection>
        ) : null}
        <SourcesList id={pageAnchors.sources} title="Sources" sources={facts.sources} />
        <p className="mt-8">
          <a href={medication.href}>Back to the {facts.title} page</a>
          {facts.takeHome.card ? (
            <>
              {' '}
              or <a href={cardRoute.path({ slug: medication.slug })}>its wallet card</a>
            </>
          ) : null}
        </p>
      </article>
    </main>
  );
}
