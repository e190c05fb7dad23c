import type { GlossaryEntry } from '@/lib/schema';
import { pageAnchors } from '@/lib/page-anchors';

/** The medical words the page uses, in plain words, kept in the content file. */
export function Glossary({ entries }: { entries: GlossaryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={`${pageAnchors.glossary}-heading`} id={pageAnchors.glossary} className="glossary mt-10">
      <h2 id={`${pageAnchors.glossary}-heading`} className="text-2xl font-bold">
        Words used on this page
      </h2>
      <dl className="mt-3 space-y-3">
        {entries.map((entry) => (
          <div key={entry.term}>
            <dt className="font-bold">{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
