import { sourceAnchor } from '@/lib/model/citations';
import type { SourceFacts } from '@/lib/model/schema';
import { ExternalLink } from './ExternalLink';
import { PageSection } from './PageSection';

interface SourcesListProps {
  id: string;
  title: string;
  sources: SourceFacts[];
  /** The monograph's evidence page, where each instruction is shown with its source. */
  evidenceHref?: string;
}

/** Where every statement on the page comes from; each part of the page links here by number. */
export function SourcesList({ id, title, sources, evidenceHref }: SourcesListProps) {
  return (
    <PageSection id={id} title={title} className="sources mt-10">
      <p className="mt-2">Everything on this page comes from these sources. Each part of the page gives the numbers of its sources.</p>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)}>
            {source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : source.title}
            <span className="publisher">{source.publisher}</span>
          </li>
        ))}
      </ol>
      {evidenceHref ? (
        <p className="mt-4">
          <a href={evidenceHref}>How this page was checked</a>: every instruction, its source, and how strongly the source says it.
        </p>
      ) : null}
    </PageSection>
  );
}
