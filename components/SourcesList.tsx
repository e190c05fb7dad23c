import type { SourceFacts } from '@/lib/schema';
import { pageAnchors } from '@/lib/page-anchors';
import { ExternalLink } from './ExternalLink';

/** Where every statement on the page comes from. */
export function SourcesList({ sources }: { sources: SourceFacts[] }) {
  return (
    <section aria-labelledby={`${pageAnchors.sources}-heading`} id={pageAnchors.sources} className="sources mt-10">
      <h2 id={`${pageAnchors.sources}-heading`} className="text-2xl font-bold">
        Sources
      </h2>
      <p className="mt-2">Everything on this page comes from these sources:</p>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {sources.map((source) => (
          <li key={source.title}>
            {source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : source.title}
            <span className="block text-sm text-slate-700 dark:text-slate-300">{source.publisher}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
