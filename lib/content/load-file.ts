import { slug as slugify } from 'github-slugger';
import { checkClaims } from '../claims/claims';
import { readClaimsRegister, readRequirements } from '../claims/claims-register';
import { checkRequirements, readerPlaces } from '../claims/requirements';
import { checkApproval, readApprovedState } from '../claims/approval';
import { labelsPart } from '../claims/wording';
import { readTextFile } from '../text/content-files';
import { readFrontMatter, type FieldLocator } from '../text/front-matter';
import { renderBody, type Citation } from '../markdown/render';
import type { Medication, OtherName, Problem } from '../model/model';
import { describeIssue } from '../text/problems';
import { medicationRoute } from '../site/routes';
import { claimParts, pageProblems } from '../rules/page-rules';
import { codeSystems, medicationSchema, type MedicationFacts } from '../model/schema';
import { addressProblem } from '../text/slug';

/**
 * Loading one medication file: its text, its front matter against the schema, its body through the
 * Markdown pipeline, the rules that need both, and its claims register. Every problem it finds has
 * the file and a line; what the checks across files need is in the Medication it returns.
 */

export type MedicationSchema = ReturnType<typeof medicationSchema>;

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

export interface FileResult {
  medication?: Medication;
  problems: Problem[];
  /** Whether it is a draft (its problems never stop a build): it says so, read before validation so a broken draft is still known as one, and no review approved it for readers. */
  draft: boolean;
}

/**
 * One file, read and checked. Whatever a file holds ends as problems with their lines: an error
 * no check foresaw is caught here, at the boundary, and said as a problem of that file.
 */
export interface LoadOptions {
  /** For `npm run approve`: a page with no approved state yet is not a problem (it is about to get one). */
  approving?: boolean;
}

export function loadFile(absolute: string, file: string, slug: string, schema: MedicationSchema, options: LoadOptions = {}): FileResult {
  try {
    return readFile(absolute, file, slug, schema, options);
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply (lists or quotes inside each other)' : (error as Error).message.split('\n')[0];
    return { problems: [{ file, field: 'file', message: `could not be read: ${reason}` }], draft: false };
  }
}

function readFile(absolute: string, file: string, slug: string, schema: MedicationSchema, options: LoadOptions): FileResult {
  const problems: Problem[] = [];
  const slugProblem = addressProblem(slug);
  if (slugProblem) problems.push({ file, field: 'file name', message: `"${slug}" ${slugProblem}` });

  const text = readTextFile(absolute);
  if (!text.ok) return { problems: [...problems, { file, field: 'file', line: text.line, message: text.message }], draft: false };
  const raw = text.text;
  const front = readFrontMatter(raw);
  if (!front.ok) return { problems: [...problems, { file, field: 'front matter', line: front.line, message: front.message }], draft: false };
  const saysDraft = (front.data as { draft?: unknown } | undefined)?.draft === true;
  // A page a review approved for readers is no draft until a review takes it off the site
  // (lib/claims/approval.ts): whatever its front matter says, its problems stop the build.
  const draft = saysDraft && !readApprovedState(absolute).approved?.state.published;

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
  const parts = claimParts(parsed.data, pageBody, front.lineOf);
  // A register that does not read is reported alone: checking against it would list every sentence.
  const checked = register.valid ? checkClaims(parts, register, file) : undefined;
  problems.push(...(checked?.problems ?? []));
  const list = readRequirements(absolute);
  problems.push(...list.problems);
  const places = readerPlaces(parsed.data, pageBody, parts, front.lineOf);
  const complete = list.valid
    ? checkRequirements(list.entries, places, parsed.data.sources.map((s) => s.id), list.file, list.lineOf, file)
    : { problems: [], requirements: [], carried: new Map<string, Record<string, number>>() };
  problems.push(...complete.problems);
  // Both files read: compared with what the last review approved (a broken one is reported above).
  const approval = checked && list.valid
    ? checkApproval({ absolute, pageFile: file, slug, draft: saysDraft, reviewHistory: parsed.data.reviewHistory, nextReview: parsed.data.nextReview, questionsSection: parsed.data.questionsSection, register, partsOf: checked.partsOf, requirements: list, places, blanks: { card: parsed.data.takeHome.card?.blanks ?? [], summary: parsed.data.takeHome.careTeam }, pageLineOf: front.lineOf, carried: complete.carried, parts: [...parts, labelsPart(parsed.data, front.lineOf)] }, options)
    : { problems: [] };
  problems.push(...approval.problems);
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
  // So does a page whose only problems are changes awaiting a review: the reviewer reads them there.
  // The build stops on any problem either way (lib/content/content.ts).
  const awaitingReview = new Set(approval.problems);
  if (problems.some((p) => !awaitingReview.has(p)) && !draft) return { problems, draft };

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
      internalLinks: body.internalLinks.map((l) => ({ ...l, line: fileLine(l.line) })),
      otherNames: otherNames.names,
      codes: parsed.data.productCodes.map((c, index) => ({ system: c.system, code: c.code, oid: codeSystems[c.system].oid, field: `productCodes.${index}.code`, line: front.lineOf(['productCodes', index, 'code']) })),
      claims: checked?.claims ?? [],
      requirements: complete.requirements,
      approvedState: approval.state,
    },
  };
}

