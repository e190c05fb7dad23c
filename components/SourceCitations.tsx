import type { ResolvedCitation } from '@/lib/model/citations';
import { pageAnchors } from '@/lib/site/page-anchors';

/** The publisher as a screen reader hears it: "DailyMed, US National Library of Medicine" → DailyMed. */
const shortName = (publisher: string) => publisher.split(/ \(|, /)[0];

/**
 * "Sources: 2, 7" under a part of the page: one link, so one tab stop, to the numbered Sources
 * list, which a screen reader hears with the publishers' short names. The numbers match the
 * printed list, so they work on paper too.
 */
export function SourceCitations({ citations, className = 'mt-4' }: { citations: ResolvedCitation[]; className?: string }) {
  if (citations.length === 0) return null;
  const names = [...new Set(citations.map((c) => shortName(c.publisher)))];
  return (
    <p className={`cite ${className}`}>
      <a href={`#${pageAnchors.sources}`}>
        {citations.length === 1 ? 'Source' : 'Sources'}: {citations.map((c) => c.number).join(', ')}
        <span className="sr-only"> ({names.join(', ')})</span>
      </a>
    </p>
  );
}
