import type { ResolvedCitation } from '@/lib/citations';
import { PageSection } from './PageSection';
import { SourceCitations } from './SourceCitations';

export interface SummaryRow {
  label: string;
  value: string;
}

interface SummaryListProps {
  id: string;
  heading: string;
  rows: SummaryRow[];
  citations: ResolvedCitation[];
}

/** NHS-style key facts: a description list a screen reader announces as label/value pairs. */
export function SummaryList({ id, heading, rows, citations }: SummaryListProps) {
  return (
    <PageSection id={id} title={heading} className="summary-list mt-6">
      <dl className="mt-3 divide-y divide-slate-300 border-y border-slate-300 dark:divide-slate-600 dark:border-slate-600">
        {rows.map((row) => (
          <div key={row.label} className="py-3 sm:grid sm:grid-cols-3 sm:gap-4">
            <dt className="font-bold">{row.label}</dt>
            <dd className="mt-1 sm:col-span-2 sm:mt-0">{row.value}</dd>
          </div>
        ))}
      </dl>
      <SourceCitations citations={citations} className="mt-2" />
    </PageSection>
  );
}
