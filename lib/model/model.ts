/**
 * lib/model: the content model: the zod schema of a medication file, the claims and completeness
 * schemas, citations, and the model types (this module). Imports lib/markdown, lib/site and
 * lib/text.
 */
/**
 * The model of the content, in one module: what the loader makes of a medication file and what
 * every other module reads. Types only, so anything may import it and nothing imports back.
 */
import type { ElementContent } from 'hast';
import type { InternalLink } from '../markdown/check-links';
import type { HeadingInfo } from '../markdown/heading-ids';
import type { BodySection, Citation, RenderedBody } from '../markdown/render';
import type { Problem } from '../text/problems';
import type { codeSystems, MedicationFacts } from './schema';
import type { ClaimEntry } from './claims-schema';
import type { ApprovedState } from './approval-schema';
import type { FieldLocator } from '../text/yaml-text';

export type { MedicationFacts } from './schema';
export type { Problem } from '../text/problems';

/** One loaded monograph: its checked front matter, its rendered body, and what the checks found in it. */
export interface Medication {
  slug: string;
  /** Site path of the page, with the trailing slash the export uses. */
  href: string;
  /** Where the file lives, relative to the project, for messages. */
  file: string;
  facts: MedicationFacts;
  /** The rendered, sanitized body before the first `##` (may be empty). */
  intro: ElementContent[];
  /** What the text before the first `##` cites (empty when there is no such text). */
  introCitations: Citation[];
  /** The `##` sections, each a tree to render or pick from; lines are file lines. */
  sections: BodySection[];
  headings: HeadingInfo[];
  /** Links from the body into the site, with their line in the file, for the link check. */
  internalLinks: InternalLink[];
  /** The other names a reader may type (otherBrands and otherNames), each with its address slug. */
  otherNames: OtherName[];
  /** The product codes a health record may send (Infobutton), each with its system's OID and its line. */
  codes: ProductCode[];
  /** The claims register, checked against the page: what each instruction rests on (the evidence page). */
  claims: Claim[];
  /** The completeness list, checked against every place: what the sources require, and where it stands. */
  requirements: RequirementView[];
  /** The register and the list as `npm run approve` records them after a review (none: the page has neither). */
  approvedState?: ApprovedState;
}

/** One entry of the completeness list as the evidence page shows it: what must be told, and where it stands. */
export interface RequirementView {
  id: string;
  tells: string;
  from: Record<string, string>;
  note?: string;
  /** For a list of signs: each sign, in its first wording. */
  signs?: string[];
  /** Each place it must stand (the monograph first) and the parts there that carry it. */
  places: { place: 'monograph' | 'summary' | 'card' | 'questions'; parts: Pick<ClaimPart, 'title' | 'id'>[] }[];
}

/** A product code a health record may send (Infobutton), with its system's OID and its line. */
export interface ProductCode {
  system: keyof typeof codeSystems;
  code: string;
  /** The code system's OID, as `mainSearchCriteria.v.cs` names it. */
  oid: string;
  field: string;
  line?: number;
}

/** Another name a reader may type, with its address slug and where it is written. */
export interface OtherName {
  name: string;
  slug: string;
  field: string;
  line?: number;
}

/** What loading a content tree gives: the medications and every problem, drafts' apart. */
export interface LoadResult {
  /** Every medication that loaded, drafts included (`facts.draft`). */
  medications: Medication[];
  /** What stops the build. */
  problems: Problem[];
  /** Problems in drafts: reported, never a failure, since a draft is never published. */
  draftProblems: Problem[];
}

/** A paragraph, list item or table cell as plain text, with the line it starts on (in the Markdown). */
export interface TextBlock {
  text: string;
  line?: number;
  /** The text with what else a reader meets marked (bold, a link's target, a picture), for held wording. */
  marked?: string;
  /** A heading's rank and id (a block that is a heading): where held wording is cut into parts (lib/claims/wording.ts). */
  heading?: { rank: number; id?: string };
}

/** A list as a reader meets it: its lead-in ("Signs of withdrawal:"), its items, its line. */
export interface TextList {
  label: string;
  items: string[];
  line?: number;
}

/** Why the claims check registers a sentence. */
export type Kind = 'instruction' | 'safety statement';

/** A part of the page that cites its sources: a section, an urgent box, the key facts, the card. */
export interface ClaimPart {
  /** How a writer knows the part, in messages: `section "Side effects"`. */
  name: string;
  /** How a reader knows it, on the evidence page, and its id on the monograph (none: the wallet card). */
  title: string;
  id?: string;
  /** The source ids the part cites. */
  citations: readonly string[];
  /** Its text, block by block, each with where a writer finds it. */
  blocks: (TextBlock & { field: string })[];
  /** Its lists with their lead-ins, each with where a writer finds it (the completeness check's lists of signs). */
  lists: (TextList & { field: string })[];
}

/** One register entry as the evidence page shows it: the sentence, where it stands, what it rests on. */
export interface Claim extends ClaimEntry {
  /** The parts of the page the sentence stands in, in page order. */
  parts: Pick<ClaimPart, 'title' | 'id'>[];
  /** Instruction or safety statement, by the rule above (undefined: registered by choice). */
  kind?: Kind;
}

/** A monograph's claims register as read: its entries and the line of each. */
export interface RegisterFile {
  /** The register's path, for messages. */
  file: string;
  entries: ClaimEntry[];
  /** The file line of entry `index` (or of one of its fields). */
  lineOf: FieldLocator;
}

/** A rendered body as the page rules read it, with the file line it starts on. */
export interface PageBody extends Pick<RenderedBody, 'intro' | 'sections' | 'headings'> {
  introCitations: Citation[];
  /** File line where the body starts, for a problem in the text before the first section. */
  startLine: number;
}
