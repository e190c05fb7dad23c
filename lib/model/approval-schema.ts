import { z } from 'zod';
import { requirement } from './claims-schema';
import { requiredPlaces } from './requirements-schema';
import { isoDate, reviewEntry, sourceId, text } from './schema';

/**
 * The approved state beside a monograph (`<slug>.approved.yaml`): its claims register and
 * completeness list as the last clinical review approved them, written by `npm run approve`.
 * The build compares the register and the list with it, so a requirement is never lowered, an
 * entry never removed and a sentence never taken out of a place without a review that names it.
 */
const wordings = z.array(z.union([text, z.number().transform(String)])).min(1);

const approvedClaim = z.strictObject({
  says: text,
  from: z.array(sourceId).min(1),
  requires: requirement,
  /** Where the sentence stood: part ids of the monograph, `card`, `summary`. */
  in: z.array(text).default([]),
});

const approvedRequirement = z.strictObject({
  id: sourceId,
  alsoOn: z.array(z.enum(requiredPlaces)).default([]),
  /** A list of signs: each sign with its equal wordings. */
  signs: z.array(wordings).optional(),
  /** A sentence: the words it must use (each with its equal wordings) and its strength. */
  mentions: z.array(wordings).optional(),
  requires: requirement.optional(),
  /** For a list of signs: how many lists of them each place has, and how many lists hold each line word for word. */
  lists: z.record(z.string(), z.number()).optional(),
  /** For a sentence: how many paragraphs, items or card panels of each place carry it. */
  carriedBy: z.record(z.string(), z.number()).optional(),
  items: z.record(z.string(), z.number()).optional(),
});

export const approvedStateSchema = z.strictObject({
  /** The reviewHistory entry that approved this state. */
  review: z.strictObject({ date: isoDate, change: text }),
  claims: z.array(approvedClaim).default([]),
  requirements: z.array(approvedRequirement).default([]),
  /** The lines the reader fills in: the card's blanks and the summary's care team (a 24-hour number among them). */
  blanks: z.strictObject({ card: z.array(text).default([]), summary: z.array(text).default([]) }).optional(),
  /** Every measure the page states ("7 years", "33 feet"), with how many times: a number changed anywhere is a change a review approves. */
  measures: z.record(z.string(), z.number()).optional(),
  /** The wording of each part that speaks of safety, a heading or sentence each, as the review read it (lib/claims/wording.ts). */
  wording: z.record(z.string(), z.array(text)).optional(),
  /** The parts the review held for nothing (they spoke of no safety): free to change while they still do not. */
  wordingFree: z.array(text).optional(),
  /** Every review up to this one, as recorded then: a review, once recorded, stays as it was. */
  history: z.array(reviewEntry).optional(),
  /** The next review the review set: only a newer review sets it later. */
  nextReview: isoDate.optional(),
  /** Whether the page was on the site: only a review takes it off (`draft: true`). */
  published: z.boolean().optional(),
  /** A digest of the rest, written by `npm run approve`: an edit by hand shows. */
  checksum: z.string().optional(),
});

export type ApprovedState = z.input<typeof approvedStateSchema>;
export type ApprovedStateRead = z.infer<typeof approvedStateSchema>;
