import type { ResolvedCitation } from '@/lib/model/citations';
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
      {/* Rows are drawn by .summary-list in globals.css: one rule, not the same utilities on every row. */}
      <dl className="mt-3">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <SourceCitations citations={citations} className="mt-2" />
    </PageSection>
  );
}
