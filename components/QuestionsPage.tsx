import { resolveCitations } from '@/lib/model/citations';
import type { Medication } from '@/lib/model/model';
import { questionsPageContent, questionsSectionOf, questionsSources } from '@/lib/pages/monograph';
import { pageAnchors } from '@/lib/site/page-anchors';
import { evidenceRoute, questionsRoute } from '@/lib/site/routes';
import { absoluteUrl } from '@/lib/site/site';
import { Contents } from './Contents';
import { DraftBanner } from './DraftBanner';
import { PageTitle } from './PageTitle';
import { Markdown } from './Markdown';
import { PrintHeader } from './PrintHeader';
import { SourceCitations } from './SourceCitations';
import { SourcesList } from './SourcesList';

/**
 * The questions people ask about a medicine: one `##` section of its monograph, on a page of its
 * own (as the NHS keeps "common questions" apart). What a reader needs to stay safe stays on the
 * monograph, and this page sends them there first. Its sources are its own, numbered here.
 */
export function QuestionsPage({ medication }: { medication: Medication }) {
  const { facts } = medication;
  const section = questionsSectionOf(medication)!;
  const { nodes, questions } = questionsPageContent(section, medication.href);
  const sources = questionsSources(medication);
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <article>
        {facts.draft ? <DraftBanner /> : null}
        <PrintHeader url={absoluteUrl(questionsRoute.path({ slug: medication.slug }))} lastReviewed={facts.lastReviewed} />
        <PageTitle title={section.title} separator=": " subtitle={facts.title} />
        {facts.urgentCards.length ? (
          <p className="mt-4 text-lg">
            {facts.urgentPrompt ?? 'Need help now?'} See the <a href={`${medication.href}#${pageAnchors.urgent}`}>urgent advice on the {facts.title} page</a> first.
          </p>
        ) : null}
        <Contents entries={questions} />
        <div className="questions">
          <Markdown nodes={nodes} />
        </div>
        <SourceCitations citations={resolveCitations(section.citations.map((c) => c.id), sources)} />
        <SourcesList id={pageAnchors.sources} title="Sources" sources={sources} evidenceHref={evidenceRoute.path({ slug: medication.slug })} />
        <p className="mt-8">
          <a href={medication.href}>Back to the {facts.title} page</a>
        </p>
      </article>
    </main>
  );
}
