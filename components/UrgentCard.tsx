import type { ResolvedCitation } from '@/lib/citations';
import type { UrgentCardFacts } from '@/lib/schema';
import { PageSection } from './PageSection';
import { SourceCitations } from './SourceCitations';

interface UrgentCardProps {
  id: string;
  card: UrgentCardFacts;
  citations: ResolvedCitation[];
}

/**
 * NHS.UK "urgent care card": what you notice, what you do. Kept to two a page and calm in tone;
 * a red band and border make it stand out without shouting.
 */
export function UrgentCard({ id, card, citations }: UrgentCardProps) {
  return (
    <PageSection
      id={id}
      title={
        <>
          <span className="sr-only">Urgent advice: </span>
          {card.title}
        </>
      }
      className="urgent-card mt-6 border-4 border-red-700 dark:border-red-400"
      headingClassName="bg-red-700 px-4 py-3 text-xl font-bold text-white dark:bg-red-900 dark:text-white"
    >
      <div className="space-y-3 bg-white px-4 py-4 dark:bg-slate-900">
        <p>{card.intro}</p>
        {card.listLabel ? <p className="font-bold">{card.listLabel}</p> : null}
        <ul className="list-disc space-y-1 pl-6">
          {card.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
        <p className="font-bold">{card.action}</p>
        <SourceCitations citations={citations} className="mt-3" />
      </div>
    </PageSection>
  );
}
