import fs from 'node:fs';
import path from 'node:path';
import type { ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import { sourceAnchor } from './citations';
import { readFrontMatter, type FieldLocator } from './front-matter';
import { findBrokenLinks } from './link-check';
import type { InternalLink } from './markdown/check-links';
import type { HeadingInfo } from './markdown/heading-ids';
import { renderBody, type BodySection, type Citation } from './markdown/render';
import { headingId, pageAnchors, urgentCardId } from './page-anchors';
import { claimsFileOf, readClaimsRegister } from './claims-register';
import { checkClaims, type Claim } from './claims';
import { ContentError, describeIssue, type Problem } from './problems';
import { medicationRoute } from './routes';
import { claimParts, pageProblems } from './rules';
import { codeSystems, medicationSchema, todayIso, type MedicationFacts } from './schema';
import { slug as slugify } from 'github-slugger';
import { listMarkdownFiles, readTextFile } from './content-files';
import { addressProblem } from './slug';

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
  /** Every id a link may point at on this page. */
  anchors: Set<string>;
  /** Links from the body into the site, with their line in the file, for the link check. */
  internalLinks: InternalLink[];
  /** The other names a reader may type (otherBrands and otherNames), each with its address slug. */
  otherNames: OtherName[];
  /** The product codes a health record may send (Infobutton), each with its system's OID and its line. */
  codes: ProductCode[];
  /** The claims register, checked against the page: what each instruction rests on (the evidence page). */
  claims: Claim[];
}

export interface ProductCode {
  system: keyof typeof codeSystems;
  code: string;
  /** The code system's OID, as `mainSearchCriteria.v.cs` names it. */
  oid: string;
  field: string;
  line?: number;
}

export interface OtherName {
  name: string;
  slug: string;
  field: string;
  line?: number;
}

export interface LoadResult {
  /** Every medication that loaded, drafts included (`facts.draft`). */
  medications: Medication[];
  /** What stops the build. */
  problems: Problem[];
  /** Problems in drafts: reported, never a failure, since a draft is never published. */
  draftProblems: Problem[];
}

/** `CONTENT_DIR` points the build at another content tree (fixtures, a large library). */
export const contentDir = () => path.resolve(process.env.CONTENT_DIR ?? 'content');

/** The ids of the parts the page itself draws around the body, as far as this page has them. */
function builtInIds(facts: MedicationFacts, hasIntro: boolean): string[] {
  const sections = [
    pageAnchors.keyFacts,
    pageAnchors.contents,
    pageAnchors.prescribingInformation,
    pageAnchors.sources,
    pageAnchors.share,
    ...facts.urgentCards.map((_, index) => urgentCardId(index)),
    ...(facts.glossary.length ? [pageAnchors.glossary] : []),
  ];
  return [
    pageAnchors.main,
    pageAnchors.reviewDates,
    ...(facts.urgentCards.length ? [pageAnchors.urgent] : []),
    ...(hasIntro ? [pageAnchors.introduction] : []),
    ...sections,
    ...sections.map(headingId),
  ];
}

/** Every id set in a tree: the sections, their headings and the headings inside them. */
function idsIn(nodes: ElementContent[]): string[] {
  const ids: string[] = [];
  for (const node of nodes) {
    visit(node, 'element', (element) => {
      if (typeof element.properties.id === 'string') ids.push(element.properties.id);
    });
  }
  return ids;
}

type MedicationSchema = ReturnType<typeof medicationSchema>;

/**
 * The address slug of a name: "ITB therapy" → itb-therapy, "Liorésal" → lioresal (an address a
 * reader can type, and one a static host finds without percent-encoding).
 */
export const nameSlug = (name: string) => slugify(name.trim().normalize('NFKD').replace(/\p{M}/gu, ''));

function otherNamesOf(facts: MedicationFacts, slug: string, lineOf: FieldLocator): { names: OtherName[]; problems: Omit<Problem, 'file'>[] } {
  const seen = new Set([slug]);
  const names: OtherName[] = [];
  const problems: Omit<Problem, 'file'>[] = [];
  for (const list of ['otherBrands', 'otherNames'] as const) {
    facts[list].forEach((name, index) => {
      const entry = { name, slug: nameSlug(name), field: `${list}.${index}`, line: lineOf([list, index]) };
      // A brand named again as an other name, or a name that is the page's own address, needs no page of its own.
      if (seen.has(entry.slug)) return;
      // An emoji or an invisible character would vanish from the address, or alter it: say so.
      if (addressProblem(entry.slug)) {
        problems.push({ field: entry.field, line: entry.line, message: `"${name}" cannot be an address as typed (it would be "${entry.slug}"): use letters, digits, spaces and hyphens` });
        return;
      }
      seen.add(entry.slug);
      names.push(entry);
    });
  }
  return { names, problems };
}

interface FileResult {
  medication?: Medication;
  problems: Problem[];
  /** Whether the file says it is a draft, read before validation so a broken draft is still known as one. */
  draft: boolean;
}

/**
 * One file, read and checked. Whatever a file holds ends as problems with their lines: an error
 * no check foresaw is caught here, at the boundary, and said as a problem of that file.
 */
function loadFile(absolute: string, file: string, slug: string, schema: MedicationSchema): FileResult {
  try {
    return readFile(absolute, file, slug, schema);
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply (lists or quotes inside each other)' : (error as Error).message.split('\n')[0];
    return { problems: [{ file, field: 'file', message: `could not be read: ${reason}` }], draft: false };
  }
}

function readFile(absolute: string, file: string, slug: string, schema: MedicationSchema): FileResult {
  const problems: Problem[] = [];
  const slugProblem = addressProblem(slug);
  if (slugProblem) problems.push({ file, field: 'file name', message: `"${slug}" ${slugProblem}` });

  const text = readTextFile(absolute);
  if (!text.ok) return { problems: [...problems, { file, field: 'file', line: text.line, message: text.message }], draft: false };
  const raw = text.text;
  const front = readFrontMatter(raw);
  if (!front.ok) return { problems: [...problems, { file, field: 'front matter', line: front.line, message: front.message }], draft: false };
  const draft = (front.data as { draft?: unknown } | undefined)?.draft === true;

  const parsed = schema.safeParse(front.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, ...describeIssue(issue, front.data, front.lineOf) });
  }

  const body = renderBody(front.body, absolute);
  // Lines in the body count from its first line; a writer counts from the top of the file.
  const fileLine = (line?: number) => (line === undefined ? undefined : line + front.bodyStartLine - 1);
  const inFile = (citations: Citation[]) => citations.map((c) => ({ ...c, line: fileLine(c.line) }));
  for (const m of body.messages) {
    const line = fileLine(m.line);
    problems.push({ file, field: line ? `body line ${line}` : 'body', message: m.message });
  }
  const sections = body.sections.map((s) => ({ ...s, line: fileLine(s.line), citations: inFile(s.citations) }));
  const introCitations = inFile(body.introCitations);

  if (!parsed.success || body.unread) return { problems, draft };
  const otherNames = otherNamesOf(parsed.data, slug, front.lineOf);
  for (const problem of otherNames.problems) problems.push({ file, ...problem });
  const pageBody = { intro: body.intro, introCitations, sections, headings: body.headings, startLine: front.bodyStartLine };
  for (const problem of pageProblems(parsed.data, pageBody, front.lineOf)) problems.push({ file, ...problem });
  const register = readClaimsRegister(absolute);
  problems.push(...register.problems);
  // A register that does not read is reported alone: checking against it would list every sentence.
  const checked = register.valid ? checkClaims(claimParts(parsed.data, pageBody, front.lineOf), register, file) : { problems: [], claims: [] };
  problems.push(...checked.problems);
  // `npm run new` marks what a writer must fill in with TODO; none of it may reach a reader.
  if (!draft) {
    raw.split('\n').forEach((text, index) => {
      if (!/\bTODO\b/.test(text)) return;
      const line = index + 1;
      const where = line >= front.bodyStartLine ? { field: `body line ${line}` } : { field: 'front matter', line };
      problems.push({ file, ...where, message: '"TODO" is still in the text: finish it, or keep draft: true' });
    });
  }
  // A draft with problems still previews in `npm run dev`: it is half written, and never published.
  if (problems.length && !draft) return { problems, draft };

  const anchors = new Set([
    ...builtInIds(parsed.data, body.intro.length > 0),
    ...idsIn([...body.intro, ...sections.map((s) => s.node)]),
    ...parsed.data.sources.map((s) => sourceAnchor(s.id)),
  ]);
  return {
    problems,
    draft,
    medication: {
      slug,
      href: medicationRoute.path({ slug }),
      file,
      facts: parsed.data,
      intro: body.intro,
      introCitations,
      sections,
      headings: body.headings,
      anchors,
      internalLinks: body.internalLinks.map((l) => ({ ...l, line: fileLine(l.line) })),
      otherNames: otherNames.names,
      codes: parsed.data.productCodes.map((c, index) => ({ system: c.system, code: c.code, oid: codeSystems[c.system].oid, field: `productCodes.${index}.code`, line: front.lineOf(['productCodes', index, 'code']) })),
      claims: checked.claims,
    },
  };
}

/** Reads and checks every medication file, collecting every problem in every file. */
export function loadContent(dir = contentDir(), today?: string): LoadResult {
  const medicationsDir = path.join(dir, 'medications');
  const listed = listMarkdownFiles(medicationsDir);
  const files = listed.files;
  const problems: Problem[] = [...listed.problems];
  const draftProblems: Problem[] = [];
  const medications: Medication[] = [];
  const bySlug = new Map<string, string>();
  const schema = medicationSchema(today ?? todayIso());

  if (files.length === 0) {
    problems.push({ file: path.relative(process.cwd(), medicationsDir), field: 'folder', message: 'has no .md files' });
  }
  for (const absolute of files) {
    const file = path.relative(process.cwd(), absolute);
    const slug = path.basename(absolute, '.md');
    const claimedBy = bySlug.get(slug);
    if (claimedBy) {
      problems.push({ file, field: 'file name', message: `slug "${slug}" is already used by ${claimedBy}` });
      continue;
    }
    bySlug.set(slug, file);
    const result = loadFile(absolute, file, slug, schema);
    (result.draft ? draftProblems : problems).push(...result.problems);
    if (result.medication) medications.push(result.medication);
  }

  // Every other name is an address of its own: it must not be a page's, or another name's.
  const nameOwners = new Map<string, Medication>();
  for (const medication of medications) {
    for (const name of medication.otherNames) {
      const owner = nameOwners.get(name.slug);
      const file = bySlug.get(name.slug);
      const clash = file ? `the address of ${file}` : owner ? `also a name of ${owner.file}` : undefined;
      if (clash) {
        const problem = { file: medication.file, field: name.field, line: name.line, message: `"${name.name}" would have the address ${medicationRoute.path({ slug: name.slug })}, which is ${clash}` };
        (medication.facts.draft ? draftProblems : problems).push(problem);
      } else {
        nameOwners.set(name.slug, medication);
      }
    }
  }

  // A product code leads to one page: a code that two monographs (or one, twice) list is ambiguous.
  const codeOwners = new Map<string, Medication>();
  for (const medication of medications) {
    for (const code of medication.codes) {
      const key = `${code.system} ${code.code}`;
      const owner = codeOwners.get(key);
      if (!owner) {
        codeOwners.set(key, medication);
        continue;
      }
      const problem = { file: medication.file, field: code.field, line: code.line, message: `${key} is ${owner === medication ? 'listed twice' : `already a code of ${owner.file}`}: a record system's link must lead to one page` };
      (medication.facts.draft ? draftProblems : problems).push(problem);
    }
  }

  const drafts = new Set(medications.filter((m) => m.facts.draft).map((m) => m.slug));
  for (const problem of findBrokenLinks(medications, new Set(bySlug.keys()), drafts)) {
    (medications.find((m) => m.file === problem.file)?.facts.draft ? draftProblems : problems).push(problem);
  }
  medications.sort((a, b) => a.facts.title.localeCompare(b.facts.title, 'en', { sensitivity: 'base' }));
  return { medications, problems, draftProblems };
}

export { siteIndex } from './site-index';

/**
 * `npm run dev` shows drafts, and shows content problems on the page instead of stopping; the
 * build (and every other command) never publishes a draft and stops on any problem.
 */
const previewing = () => process.env.NODE_ENV === 'development';

interface Loaded {
  medications: Medication[];
  problems: Problem[];
  /** What the files looked like when loaded (dev only): a saved file reloads. */
  fingerprint?: string;
}

const cache = new Map<string, Loaded>();

/** File names, sizes and change times: cheap to read on every request of the dev server. */
function fingerprint(dir: string): string {
  // An editor saving a file may remove it between the listing and the stat: that is a change, not a crash.
  const stamp = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat ? `${file}:${stat.size}:${stat.mtimeMs}` : `${file}:gone`;
  };
  return listMarkdownFiles(path.join(dir, 'medications'))
    .files.flatMap((file) => [stamp(file), stamp(claimsFileOf(file))])
    .join('\n');
}

function load(dir: string): Loaded {
  const dev = previewing();
  const current = dev ? fingerprint(dir) : undefined;
  const cached = cache.get(dir);
  if (cached && cached.fingerprint === current) return cached;

  const result = loadContent(dir);
  if (result.problems.length && !dev) throw new ContentError(result.problems);
  const all = [...result.problems, ...result.draftProblems];
  // The terminal gets every problem too, as the build would print them.
  if (dev && all.length) console.error(new ContentError(all).message);
  const loaded = { medications: result.medications.filter((m) => dev || !m.facts.draft), problems: dev ? all : [], fingerprint: current };
  cache.set(dir, loaded);
  return loaded;
}

/**
 * The site's medications, sorted by name: the published ones (and drafts in `npm run dev`). Any
 * problem stops the build with every problem listed. Cached per process, as Next asks once per
 * page and a library has thousands; in `npm run dev` a saved file is read again.
 */
export function getMedications(dir = contentDir()): Medication[] {
  return load(dir).medications;
}

/** The problems `npm run dev` shows on every page (none outside dev: the build stops on them). */
export function previewProblems(dir = contentDir()): Problem[] {
  return previewing() ? load(dir).problems : [];
}

const bySlugCache = new WeakMap<Medication[], Map<string, Medication>>();

export function getMedication(slug: string): Medication {
  const medications = getMedications();
  let bySlug = bySlugCache.get(medications);
  if (!bySlug) {
    bySlug = new Map(medications.map((m) => [m.slug, m]));
    bySlugCache.set(medications, bySlug);
  }
  const medication = bySlug.get(slug);
  if (!medication) throw new Error(`No medication with slug "${slug}"`);
  return medication;
}

/** The monograph an other name leads to (`gablofen` → Lioresal Intrathecal), if it is one. */
export function medicationNamed(nameSlug: string): { medication: Medication; name: OtherName } | undefined {
  for (const medication of getMedications()) {
    const name = medication.otherNames.find((n) => n.slug === nameSlug);
    if (name) return { medication, name };
  }
  return undefined;
}
