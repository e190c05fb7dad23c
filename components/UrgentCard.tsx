import type { ResolvedCitation } from '@/lib/model/citations';
import type { UrgentCardFacts } from '@/lib/model/schema';
import { PageSection } from './PageSection';
import { SourceCitations } from './SourceCitations';
import { LabelledLine } from './LabelledLine';

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
      className="urgent-card"
      headingClassName="urgent-card-title"
    >
      {/* Drawn by .urgent-card in globals.css: two boxes a page, one rule for each of their parts. */}
      <div className="urgent-card-body">
        <p>{card.intro}</p>
        {card.listLabel ? <p className="font-bold">{card.listLabel}</p> : null}
        <ul>
          {card.items.map((item, index) => (
            <li key={index}>
              <LabelledLine text={item} />
            </li>
          ))}
        </ul>
        <p className="font-bold">{card.action}</p>
        <SourceCitations citations={citations} className="" />
      </div>
    </PageSection>
  );
}
