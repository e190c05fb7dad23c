import type { ResolvedCitation } from '@/lib/citations';

/**
 * "Sources: 2 7" under a part of the page: each number is a link to its entry in the Sources list
 * and names that entry for a screen reader. The numbers match the printed, numbered list, so they
 * work on paper too. Each is a 32 px box, easy to hit with a shaky hand.
 */
export function SourceCitations({ citations, className = 'mt-4' }: { citations: ResolvedCitation[]; className?: string }) {
  if (citations.length === 0) return null;
  return (
    <p className={`source-citations flex flex-wrap items-center gap-2 text-base text-slate-700 dark:text-slate-300 ${className}`}>
      <span>{citations.length === 1 ? 'Source:' : 'Sources:'}</span>
      {citations.map((citation) => (
        <a
          key={citation.anchor}
          href={`#${citation.anchor}`}
          className="inline-flex min-h-8 min-w-8 items-center justify-center rounded border border-slate-400 px-1.5 text-blue-800 underline dark:border-slate-500 dark:text-blue-300"
        >
          {citation.number}
          <span className="sr-only"> ({citation.publisher}: {citation.title})</span>
        </a>
      ))}
    </p>
  );
}
