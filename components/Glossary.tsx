import type { GlossaryEntry } from '@/lib/schema';
import { pageAnchors } from '@/lib/page-anchors';
import { PageSection } from './PageSection';

/** The medical words the page uses, in plain words, kept in the content file. */
export function Glossary({ entries }: { entries: GlossaryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <PageSection id={pageAnchors.glossary} title="Words used on this page" className="glossary mt-10">
      <dl className="mt-3 space-y-3">
        {entries.map((entry) => (
          <div key={entry.term}>
            <dt className="font-bold">{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </PageSection>
  );
}
