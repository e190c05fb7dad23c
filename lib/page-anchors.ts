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
} as const;

export const reservedIds: readonly string[] = Object.values(pageAnchors);
