import { z } from 'zod';
import { text, sourceId } from './schema';

/**
 * The claims register beside a monograph (`<slug>.claims.yaml`): every instruction and safety
 * statement of the page, with the sources it rests on (id → the place in that source) and what
 * those sources require, in the vocabulary of lib/claims/claim-strength.ts (strongest first on each scale).
 */
export const strengthScales = {
  go: ['hospital', 'emergency-care', 'doctor', 'care-team'],
  when: ['immediately', 'right-away', 'soon'],
  force: ['do-not', 'avoid', 'take-care', 'always', 'should', 'may'],
  certainty: ['definite', 'may'],
} as const;

const go = z.enum(strengthScales.go, { error: `must be one of ${strengthScales.go.join(', ')}` });

export const requirement = z.strictObject({
  /** Where the reader is sent; a list when the source sends them to two places (the doctor and a hospital). */
  go: z.union([go, z.array(go).min(1).refine((places) => new Set(places).size === places.length, 'names a place twice: each place once')]).transform((value) => (Array.isArray(value) ? value : [value])).optional(),
  when: z.enum(strengthScales.when, { error: `must be one of ${strengthScales.when.join(', ')}` }).optional(),
  force: z.enum(strengthScales.force, { error: `must be one of ${strengthScales.force.join(', ')}` }).optional(),
  certainty: z.enum(strengthScales.certainty, { error: `must be one of ${strengthScales.certainty.join(', ')}` }).optional(),
  /** Words the source attaches that must stay in the same sentence ("before the scan", "3 tesla or less"). */
  conditions: z.array(text).default([]),
});

const claim = z.strictObject({
  /** The sentence as the page says it, word for word. */
  says: text,
  /** Each source it rests on, by id, with where in that source (a section or a heading). */
  from: z.record(sourceId, text).refine((from) => Object.keys(from).length > 0, 'must name at least one source: { source-id: where in it }'),
  requires: requirement.default({ conditions: [] }),
  /** Why the page is stronger than a source, naming the stronger one, or anything else a reviewer should know. */
  note: text.optional(),
});

export const claimsRegisterSchema = z.array(claim, { error: 'must be a list of entries, each starting with - says:' });
export type ClaimEntry = z.infer<typeof claim>;
export type Requirement = ClaimEntry['requires'];
