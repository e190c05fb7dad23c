import type { Medication, RequirementView } from '@/lib/model/model';
import { evidenceIds as ids, evidenceOutline } from '@/lib/pages/evidence';
import { describeRequirement } from '@/lib/claims/claims';
import { headingId, pageAnchors } from '@/lib/site/page-anchors';
import { cardRoute, questionsRoute, summaryRoute } from '@/lib/site/routes';
import { absoluteUrl, formatDate } from '@/lib/site/site';
import { Contents } from './Contents';
import { PageSection } from './PageSection';
import { PrintHeader } from './PrintHeader';
import { ReviewHistory } from './ReviewHistory';
import { SourcesList } from './SourcesList';
import { DraftBanner } from './DraftBanner';
import { PageTitle } from './PageTitle';

const placeNames: Record<RequirementView['places'][number]['place'], string> = {
  monograph: 'The page',
  summary: 'The two-page summary',
  card: 'The wallet card',
  questions: 'The questions page',
};

/** One source line: its number in the Sources list, its title, and the place in it. */
function SourceLines({ from, numberOf, titleOf }: { from: Record<string, string>; numberOf: (id: string) => number; titleOf: (id: string) => string }) {
  return Object.entries(from).map(([id, where]) => (
    <p key={id} className="mt-1">
      Source {numberOf(id)}, {titleOf(id)}: {where}
    </p>
  ));
}

/**
 * "How this page was checked", for health professionals and reviewers: what the build checks and
 * what it cannot; what the sources require the reader to be told and where each stands (source to
 * page); every instruction and safety statement of the page with its sources and what the source
 * asks of the sentence (page to source); then every review.
 */
export function EvidencePage({ medication }: { medication: Medication }) {
  const { facts, claims, requirements } = medication;
  const numberOf = (id: string) => facts.sources.findIndex((source) => source.id === id) + 1;
  const titleOf = (id: string) => facts.sources.find((source) => source.id === id)?.title ?? id;
  const evidenceHref = `${medication.href}evidence/`;
  const placeHref: Record<RequirementView['places'][number]['place'], string> = {
    monograph: medication.href,
    summary: summaryRoute.path({ slug: medication.slug }),
    card: cardRoute.path({ slug: medication.slug }),
    questions: questionsRoute.path({ slug: medication.slug }),
  };
  const { contents, groups } = evidenceOutline(medication);
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <article>
        {facts.draft ? <DraftBanner /> : null}
        <PrintHeader url={absoluteUrl(evidenceHref)} lastReviewed={facts.lastReviewed} />
        <PageTitle title="How this page was checked" separator=": " subtitle={facts.title} />
        <p className="mt-4 text-lg">
          This page is for health professionals and reviewers. It shows how each safety fact on the <a href={medication.href}>{facts.title} page</a>{' '}
          links to its source, in both directions.
        </p>
        <Contents entries={contents} />
        <PageSection id={ids.checks} title="What is checked, and what is not" className="mt-10">
          <p className="mt-2">Each time the site is built, a program reads the page, its summary, its card and its questions page. It stops the build if:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>an instruction or a safety fact is not on the list of sentences below;</li>
            <li>
              a listed sentence says less than its entry asks: a less urgent place to go, a later time, no &ldquo;do not&rdquo;, &ldquo;avoid&rdquo; or
              &ldquo;always&rdquo;, a &ldquo;may&rdquo; added to a fact, or a lost condition such as &ldquo;before the scan&rdquo;;
            </li>
            <li>a fact the sources require is missing from a place it must be, or a list of signs lacks a sign.</li>
          </ul>
          <p className="mt-3">What it cannot do:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>It follows written rules about words. It does not understand a sentence the way a person does, so a sentence can pass and still mislead.</li>
            <li>People wrote both lists from the sources. The program trusts them, so a reviewer must read them against the sources.</li>
            <li>It finds instructions by how they start and by key words. A sentence put in an unusual way may be missed.</li>
          </ul>
          <p className="mt-3">
            {requirements.length ? `${requirements.length} facts the sources require and ` : ''}
            {claims.length} sentences of the page are checked.
          </p>
        </PageSection>
        {requirements.length ? (
          <PageSection id={ids.requirements} title="What the sources require, and where it stands" className="mt-10">
            <p className="mt-2">Each fact the sources say a reader must be told, and the places a reader finds it.</p>
            <ol className="evidence-requirements mt-3 space-y-5">
              {requirements.map((requirement) => (
                <li key={requirement.id} className="border-l-4 border-slate-400 pl-3">
                  <p className="font-bold">{requirement.tells}</p>
                  {requirement.signs ? <p className="mt-1">Every list of these signs must hold all {requirement.signs.length}: {requirement.signs.join(', ')}.</p> : null}
                  <SourceLines from={requirement.from} numberOf={numberOf} titleOf={titleOf} />
                  <p className="mt-1">Where a reader finds it:</p>
                  <ul className="list-disc pl-6">
                    {requirement.places.map((place) => (
                      <li key={place.place}>
                        <a href={placeHref[place.place]}>{placeNames[place.place]}</a>
                        {place.place === 'card' ? null : `: ${place.parts.map((part) => part.title).join(', ')}`}
                      </li>
                    ))}
                  </ul>
                  {requirement.note ? <p className="mt-1">Note: {requirement.note}</p> : null}
                </li>
              ))}
            </ol>
          </PageSection>
        ) : null}
        {groups.length ? (
          <section aria-labelledby={headingId(ids.sentences)} id={ids.sentences} className="mt-10">
            <h2 id={headingId(ids.sentences)} className="text-2xl font-bold">
              Each instruction and its source, part by part
            </h2>
            <p className="mt-2">Every instruction and safety fact of the page, under the part where a reader first meets it.</p>
          {groups.map((group) => (
            <section key={group.id} aria-labelledby={headingId(group.id)} id={group.id} className="mt-8">
              <h3 id={headingId(group.id)} className="text-xl font-bold">
                {group.title}
              </h3>
              <ol className="evidence-claims mt-3 space-y-5">
                {group.claims.map((claim) => {
                  const requires = describeRequirement(claim.requires);
                  const elsewhere = claim.parts.slice(1).map((part) => part.title);
                  return (
                    <li key={claim.says} className="border-l-4 border-slate-400 pl-3">
                      <p className="font-bold">&ldquo;{claim.says}&rdquo;</p>
                      <SourceLines from={claim.from} numberOf={numberOf} titleOf={titleOf} />
                      <p className="mt-1">
                        {requires.length
                          ? `The sentence must ${requires.join('; ')}.`
                          : 'No strength rule: only its exact wording is checked.'}
                      </p>
                      {elsewhere.length ? <p className="mt-1">Also in: {elsewhere.join(', ')}.</p> : null}
                      {claim.note ? <p className="mt-1">Note: {claim.note}</p> : null}
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
          </section>
        ) : null}
        <PageSection id={pageAnchors.reviewDates} title="Reviews" className="mt-10">
          <p className="mt-2">
            Page last reviewed: <time dateTime={facts.lastReviewed}>{formatDate(facts.lastReviewed)}</time>. Next review due:{' '}
            <time dateTime={facts.nextReview}>{formatDate(facts.nextReview)}</time>.
          </p>
          <ReviewHistory entries={facts.reviewHistory} all />
        </PageSection>
        {medication.codes.length ? (
          <PageSection id={ids.productCodes} title="Codes for health records" className="mt-10">
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
