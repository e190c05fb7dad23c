import { z } from 'zod';
import { slugPattern } from '../text/slug';

/**
 * The front matter of one medication file. This schema is the single source of truth:
 * the `MedicationFacts` type below is inferred from it, never written by hand.
 */

export const text = z.string().trim().min(1, 'must not be empty');

const httpsUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be a full https:// address');

/**
 * Dates are read as plain strings (the YAML loader has no timestamp type), so a typo such as
 * 2026-13-45 is caught here instead of silently rolling over into another real date.
 */
export const isoDate = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}, { message: 'is not a valid date (use YYYY-MM-DD, in quotes)', abort: true });

const link = z.strictObject({ title: text, url: httpsUrl });

/** A short stable name a writer types to cite something: lowercase words joined by hyphens. */
export const sourceId = z
  .string()
  .trim()
  .regex(slugPattern, 'must be lowercase letters, digits and single hyphens, such as nhs-leaflet');

/** The sources a part of the page rests on, by id (`[nmss, lioresal-safety]`). */
const citedSources = z.array(sourceId).min(1, 'must cite at least one source id');

// A source may be named without an address (a printed leaflet, a page with no stable URL).
const source = z.strictObject({ id: sourceId, title: text, publisher: text, url: httpsUrl.optional() });

const urgentCard = z.strictObject({
  title: text,
  intro: text,
  listLabel: text.optional(),
  items: z.array(text).min(1, 'must list at least one item'),
  action: text,
  sources: citedSources,
});

const glossaryEntry = z.strictObject({ term: text, definition: text });

/**
 * The code systems a health record names a medicine by, with the OID an Infobutton request
 * sends in `mainSearchCriteria.v.cs` (HL7), and the shape of a code in each.
 */
export const codeSystems = {
  NDC: { oid: '2.16.840.1.113883.6.69', pattern: /^\d{4,5}-\d{3,4}-\d{1,2}$/, example: '70121-2501-01' },
  RxNorm: { oid: '2.16.840.1.113883.6.88', pattern: /^\d{1,8}$/, example: '1047440' },
} as const;

/** A product code of the medicine, for links from health records; `source` names where it is listed. */
const productCode = z
  .strictObject({ system: z.enum(['NDC', 'RxNorm'], { error: 'must be NDC or RxNorm' }), code: text, source: sourceId })
  .refine((c) => codeSystems[c.system]?.pattern.test(c.code) ?? true, { message: 'is not written as a code of its system (NDC: 70121-2501-01 with its hyphens; RxNorm: digits)', path: ['code'] });

const device = z.strictObject({ name: text, manufacturer: text });

/**
 * One panel of the wallet card: a heading, the signs, what to do (one line, or a list of them).
 * Every line is copied from the page.
 */
const cardFace = z.strictObject({
  title: text,
  items: z.array(text).min(1, 'must list at least one item'),
  action: z.union([text, z.array(text).min(1, 'must give at least one action')]).transform((value) => (Array.isArray(value) ? value : [value])),
});

/**
 * What goes on the printed take-home pages: the summary picks sections of the page by heading id
 * (`signs-of-overdose`); the wallet card, for a medicine a reader should carry one for, quotes the
 * page's own lists and actions. The loader checks that every id is a heading and every card line
 * stands on the page, so the take-home pages carry no text of their own.
 */
const defaultCareTeam = ['My name', 'Hospital', 'Clinic', 'Clinic phone', '24-hour number', 'Medicine and strength', 'Dose'];

const takeHome = z.strictObject({
  summary: z.array(z.string().trim().min(1)).default([]),
  /** The labels of the lines to fill in by hand under "My care team" (not medical text). */
  careTeam: z.array(text).min(1).default(defaultCareTeam),
  card: z
    .strictObject({
      statement: text,
      /**
       * The panels after the statement, in reading order. The card prints as bank-card panels two
       * across, and folds to one: a card needs as many panels as its safety lines take, never fewer lines.
       */
      faces: z.array(cardFace).min(1, 'must have at least one face').max(5, 'at most five faces: the card must fold into a wallet'),
      /** The labels of the lines filled in by hand, on the card's last panel. */
      blanks: z.array(text).min(1).default(['Name', 'Clinic and phone', 'Emergency contact']),
    })
    .optional(),
});

/**
 * One review of the page: when, and what changed, in one plain sentence. `lowers` names each
 * requirement the review decided to lower or remove (a register entry's sentence, or a
 * completeness entry's id): the build refuses a lowering no review names (lib/claims/approval.ts).
 * `approves` names each change of held wording the review read: a sentence as it now reads (as
 * it was, if taken out), or a part's key for all of that part (lib/claims/wording.ts).
 */
export const reviewEntry = z.strictObject({ date: isoDate, change: text, lowers: z.array(text).optional(), approves: z.array(text).optional() });

/** Today's date as YYYY-MM-DD in UTC; a parameter so tests can pin "today". */
export const todayIso = () => new Date().toISOString().slice(0, 10);

export function medicationSchema(today: string = todayIso()) {
  return z
    .strictObject({
      title: text,
      genericName: text,
      description: z
        .string()
        .trim()
        .min(50, 'must be 50 to 160 characters (it is the search-result snippet)')
        .max(160, 'must be 50 to 160 characters (it is the search-result snippet)'),
      summary: text,
      usedFor: text,
      givenBy: text,
      genericAvailable: z.boolean({ error: 'must be true or false (without quotes)' }),
      // For search engines (schema.org Drug): the plain ingredient and route, e.g. baclofen, intrathecal.
      activeIngredient: text,
      administrationRoute: text,
      prescriptionStatus: z.enum(['PrescriptionOnly', 'OTC'], { error: 'must be PrescriptionOnly or OTC' }),
      relevantSpecialty: z
        .enum(['Neurologic', 'Oncologic', 'Cardiovascular', 'Pulmonary', 'Renal', 'Endocrine', 'Psychiatric', 'Rheumatologic', 'Infectious', 'Dermatologic', 'Gastroenterologic', 'Pediatric', 'PrimaryCare'], { error: 'must be a schema.org MedicalSpecialty name, such as Neurologic' })
        .optional(),
      /** Product codes (NDC, RxNorm) a health record may send to link here (Infobutton). */
      productCodes: z.array(productCode).default([]),
      /** The device that gives the medicine, if any (schema.org MedicalDevice). */
      device: device.optional(),
      otherBrands: z.array(text).default([]),
      /** Other names a reader may know it by (the generic name, "baclofen pump"): each gets an address that leads here. */
      otherNames: z.array(text).default([]),
      /** A page being written: shown by `npm run dev` with a banner, never exported by the build. */
      draft: z.boolean({ error: 'must be true or false (without quotes)' }).default(false),
      /** What the key-facts list rests on. */
      keyFactsSources: citedSources,
      /** The home page's words before its link to the urgent boxes ("Pump alarm or feeling unwell?"). */
      urgentPrompt: text.optional(),
      /**
       * The heading id of a `##` section that is a page of its own (`/medications/<slug>/questions/`),
       * linked from "On this page": questions readers ask that a reader does not need to stay safe.
       */
      questionsSection: z.string().trim().min(1).optional(),
      prescribingInformation: link,
      // NHS research: readers skim past pages full of warning boxes, so two at most.
      urgentCards: z.array(urgentCard).max(2, 'at most two urgent boxes a page').default([]),
      glossary: z.array(glossaryEntry).default([]),
      takeHome: takeHome.default({ summary: [], careTeam: defaultCareTeam }),
      // Newest first: the first entry is the page's "last reviewed" date, so the two never disagree.
      reviewHistory: z.array(reviewEntry).min(1, 'must record at least one review (date and what changed)'),
      nextReview: isoDate,
      sources: z.array(source).min(1, 'must list at least one source'),
    })
    // zod skips this when a field fails its type, but not after every other failure (a list too
    // short, say), so it reads every field defensively.
    .superRefine((facts, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const history = facts.reviewHistory ?? [];
      const latest = history[0];
      if (latest && latest.date > today) issue(['reviewHistory', 0, 'date'], `must not be in the future (today is ${today})`);
      history.forEach((entry, index) => {
        const newer = history[index - 1];
        if (newer && entry.date > newer.date) issue(['reviewHistory', index, 'date'], `must not be after the entry above it (${newer.date}): list the newest review first`);
      });
      if (latest && facts.nextReview <= latest.date) issue(['nextReview'], `must be after the latest review (${latest.date})`);

      const ids = new Set<string>();
      (facts.sources ?? []).forEach((s, index) => {
        if (ids.has(s.id)) issue(['sources', index, 'id'], 'is used by another source; each source needs its own id');
        ids.add(s.id);
      });
      const checkCited = (cited: string[] | undefined, path: (string | number)[]) =>
        (cited ?? []).forEach((id, index) => {
          if (!ids.has(id)) issue([...path, index], `is not the id of a source in this file (${[...ids].join(', ')})`);
        });
      checkCited(facts.keyFactsSources, ['keyFactsSources']);
      (facts.productCodes ?? []).forEach((c, index) => {
        if (!ids.has(c.source)) issue(['productCodes', index, 'source'], `is not the id of a source in this file (${[...ids].join(', ')})`);
      });
      (facts.urgentCards ?? []).forEach((card, index) => checkCited(card.sources, ['urgentCards', index, 'sources']));
    })
    .transform((facts) => ({ ...facts, lastReviewed: facts.reviewHistory[0].date }));
}


export type MedicationFacts = z.infer<ReturnType<typeof medicationSchema>>;
export type UrgentCardFacts = MedicationFacts['urgentCards'][number];

/** The prose of an urgent box, in reading order (for the readability and glossary checks). */
export const urgentCardText = (card: Pick<UrgentCardFacts, 'intro' | 'items' | 'action'>) => [card.intro, ...card.items, card.action];
export type GlossaryEntry = MedicationFacts['glossary'][number];
export type SourceFacts = MedicationFacts['sources'][number];
export type ReviewEntry = MedicationFacts['reviewHistory'][number];
export type WalletCardFacts = NonNullable<MedicationFacts['takeHome']['card']>;
export type CardFace = WalletCardFacts['faces'][number];
