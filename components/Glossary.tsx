import type { GlossaryEntry } from '@/lib/model/schema';
import { PageSection } from './PageSection';

interface GlossaryProps {
  id: string;
  title: string;
  entries: GlossaryEntry[];
}

/** The medical words the page uses, in plain words, kept in the content file. */
export function Glossary({ id, title, entries }: GlossaryProps) {
  return (
    <PageSection id={id} title={title} className="glossary mt-10">
      <dl className="mt-3 space-y-3">
        {entries.map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </PageSection>
  );
}
