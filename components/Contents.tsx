import { headingId, pageAnchors } from '@/lib/site/page-anchors';

export interface ContentsEntry {
  id: string;
  title: string;
  /** Where the entry leads when it is a page of its own (the questions page), not a part of this one. */
  href?: string;
  /** The parts inside it, listed under it. */
  children?: ContentsEntry[];
}

function Entries({ entries, className }: { entries: ContentsEntry[]; className: string }) {
  return (
    <ol className={className}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={entry.href ?? `#${entry.id}`}>{entry.title}</a>
          {entry.children?.length ? <Entries entries={entry.children} className="mt-1 space-y-1 pl-5" /> : null}
        </li>
      ))}
    </ol>
  );
}

/** "On this page": plain in-page links, so it works with no JavaScript and prints as a list. */
export function Contents({ entries }: { entries: ContentsEntry[] }) {
  return (
    <nav aria-labelledby={headingId(pageAnchors.contents)} id={pageAnchors.contents} className="contents-nav mt-8 border-l-4 border-blue-800 pl-4 dark:border-blue-300">
      <h2 id={headingId(pageAnchors.contents)} className="text-xl font-bold">
        On this page
      </h2>
      <Entries entries={entries} className="mt-2 space-y-1" />
    </nav>
  );
}
