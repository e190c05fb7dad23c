/**
 * Ids that the page itself uses around the Markdown body. Heading ids are made unique against
 * these, and Markdown links may point at them (e.g. `[sources](#sources)`).
 */
export const pageAnchors = {
  main: 'main-content',
  keyFacts: 'key-facts',
  urgent: 'urgent',
  contents: 'contents',
  prescribingInformation: 'prescribing-information',
  glossary: 'glossary',
  sources: 'sources',
  share: 'share',
  reviewDates: 'review-dates',
  introduction: 'introduction',
  // On the take-home summary, beside the parts it picks from the body.
  careTeam: 'care-team',
  fullPage: 'full-page',
} as const;

/** The id of the n-th urgent box (0-based); the schema allows two. */
export const urgentCardId = (index: number) => `${pageAnchors.urgent}-${index + 1}`;

/**
 * The id of each review in a history listed newest first: `reviewed-2026-11-30`, and a second
 * review that day `reviewed-2026-11-30-2`, counted from the oldest so an id never changes when a
 * newer review is added (the feed's entry ids point at them).
 */
export function reviewAnchors(history: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return [...history]
    .reverse()
    .map(({ date }) => {
      const count = (seen.get(date) ?? 0) + 1;
      seen.set(date, count);
      return `reviewed-${date}${count > 1 ? `-${count}` : ''}`;
    })
    .reverse();
}

/** The id of a page section's heading, for aria-labelledby. */
export const headingId = (id: string) => `${id}-heading`;

const pageIds = [...Object.values(pageAnchors), urgentCardId(0), urgentCardId(1)];

/** Every id the page sets outside the Markdown body: headings in the body never take one. */
export const reservedIds: readonly string[] = [...pageIds, ...pageIds.map(headingId)];
