import type { ReviewEntry } from '@/lib/model/schema';
import { formatDate } from '@/lib/site/site';
import { reviewAnchors } from '@/lib/site/page-anchors';

/** How many reviews the page lists: enough to see what changed lately, not a changelog. */
const shown = 3;

/** What changed at the latest reviews, newest first, so a returning reader sees what is new. */
export function ReviewHistory({ entries, all = false }: { entries: ReviewEntry[]; all?: boolean }) {
  // Only the full history (the evidence page) carries the ids the feed's entries point at.
  const anchors = reviewAnchors(entries);
  return (
    <>
      <p className="mt-3 font-bold">{all ? 'What changed at each review:' : 'What changed at recent reviews:'}</p>
      <ul className="review-history mt-1 list-disc space-y-1 pl-6">
        {(all ? entries : entries.slice(0, shown)).map((entry, index) => (
          <li key={index} id={all ? anchors[index] : undefined}>
            <time dateTime={entry.date}>{formatDate(entry.date)}</time>: {entry.change}
            {/* A requirement this review decided to lower: said where reviewers read, never hidden. */}
            {all && entry.lowers?.length ? <> It lowered what the check asks of: {entry.lowers.map((name) => `“${name}”`).join(', ')}.</> : null}
            {/* New wording of a part that speaks of safety, read and approved by this review. */}
            {all && entry.approves?.length ? <> It approved the new wording: {entry.approves.map((name) => `“${name}”`).join(', ')}.</> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
