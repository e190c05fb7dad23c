import { z } from 'zod';
import { requirement } from './claims-schema';
import { sourceId, text } from './schema';

/**
 * The completeness list beside a monograph (`<slug>.requirements.yaml`): what its sources require
 * the reader to be told, in our own words, each with its sources (id → the place in that source)
 * and the places it must stand besides the monograph. It is the register read the other way: the
 * register goes from each page sentence to its source, this list from each source to the page.
 */

/** The take-home and questions pages a requirement may also have to stand on (the monograph always). */
export const requiredPlaces = ['summary', 'card', 'questions'] as const;
export type RequiredPlace = 'monograph' | (typeof requiredPlaces)[number];

/** A wording as a writer types it: `911` is read as a number by YAML, and meant as words. */
const wording = z.union([text, z.number().transform(String)]);

/** Words the page must use, as one phrase or a list of equal ones (`[confusion, how you think]`). */
const phrase = z.union([wording, z.array(wording).min(1, 'must give at least one wording')]).transform((value) => (Array.isArray(value) ? value : [value]));

const entry = z
  .strictObject({
    /** A short name for messages and the evidence page: `withdrawal-signs`. */
    id: sourceId,
    /** What the reader must be told, in a plain sentence of our own. */
    tells: text,
    from: z.record(sourceId, text).refine((from) => Object.keys(from).length > 0, 'must name at least one source: { source-id: where in it }'),
    /** Where else it must stand: the two-page summary, the wallet card, the questions page. */
    alsoOn: z.array(z.enum(requiredPlaces, { error: `must be one of ${requiredPlaces.join(', ')}` })).default([]),
    /**
     * A list of signs: every list whose lead-in says `listedAs` ("signs of withdrawal") holds every
     * sign, and each place has at least one such list.
     */
    signs: z.strictObject({ listedAs: text, each: z.array(phrase).min(1, 'must list at least one sign') }).optional(),
    /**
     * An instruction or fact: some paragraph or list item of each place uses every one of
     * `mentions`, and one of its sentences is as strong as `requires` (the register's vocabulary).
     */
    sentence: z.strictObject({ mentions: z.array(phrase).min(1, 'must name at least one word the sentence uses'), requires: requirement.default({ conditions: [] }) }).optional(),
    note: text.optional(),
  })
  .superRefine((r, ctx) => {
    // On the id, so the message quotes the entry's name rather than its whole value.
    if (r.signs && r.sentence) ctx.addIssue({ code: 'custom', path: ['id'], message: 'has both signs: and sentence:; an entry is either a list of signs or a sentence, so make it two entries' });
    if (!r.signs && !r.sentence) ctx.addIssue({ code: 'custom', path: ['id'], message: 'has neither signs: (a list of signs) nor sentence: (an instruction): give it one' });
  });

export const requirementsSchema = z.array(entry, { error: 'must be a list of entries, each starting with - id:' });
export type RequirementEntry = z.infer<typeof entry>;
