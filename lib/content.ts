import fs from 'node:fs';
import path from 'node:path';
import type { ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { z } from 'zod';
import { sourceAnchor } from './citations';
import { readFrontMatter, type FieldLocator } from './front-matter';
import { findBrokenLinks } from './link-check';
import type { InternalLink } from './markdown/check-links';
import type { HeadingInfo } from './markdown/heading-ids';
import { renderBody, type BodySection, type Citation } from './markdown/render';
import { reservedIds } from './page-anchors';
import { ContentError, type Problem } from './problems';
import { medicationRoute, type SiteIndex } from './routes';
import { pageProblems } from './rules';
import { medicationSchema, todayIso, type MedicationFacts } from './schema';

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
}

export interface LoadResult {
  medications: Medication[];
  problems: Problem[];
}

/** `CONTENT_DIR` points the build at another content tree (fixtures, a large library). */
export const contentDir = () => path.resolve(process.env.CONTENT_DIR ?? 'content');

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function listMarkdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(dir, name))
    .sort();
}

/** One schema problem as a writer reads it: the field, then what is wrong with the value. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, lineOf: FieldLocator): Omit<Problem, 'file'> {
  const field = issue.path.length ? issue.path.join('.') : 'front matter';
  const line = lineOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { field, line, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling)` };
  }
  const value = issue.path.reduce<unknown>((obj, key) => (obj as Record<PropertyKey, unknown> | undefined)?.[key], data);
  return { field, line, message: value === undefined ? `is missing (${issue.message})` : `${JSON.stringify(value)} ${issue.message}` };
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

function loadFile(absolute: string, file: string, slug: string, schema: MedicationSchema): { medication?: Medication; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!slugPattern.test(slug)) {
    problems.push({ file, field: 'file name', message: `"${slug}" must be lowercase letters, digits and single hyphens (it becomes the address)` });
  }

  const raw = fs.readFileSync(absolute, 'utf8');
  const front = readFrontMatter(raw);
  if (!front.ok) return { problems: [...problems, { file, field: 'front matter', message: front.message }] };

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

  if (!parsed.success) return { problems };
  const pageBody = { intro: body.intro, introCitations, sections, headings: body.headings, startLine: front.bodyStartLine };
  for (const problem of pageProblems(parsed.data, pageBody, front.lineOf)) problems.push({ file, ...problem });
  if (problems.length) return { problems };

  const anchors = new Set([...reservedIds, ...idsIn([...body.intro, ...sections.map((s) => s.node)]), ...parsed.data.sources.map((s) => sourceAnchor(s.id))]);
  return {
    problems,
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
    },
  };
}

/** Reads and checks every medication file, collecting every problem in every file. */
export function loadContent(dir = contentDir(), today?: string): LoadResult {
  const medicationsDir = path.join(dir, 'medications');
  const files = listMarkdownFiles(medicationsDir);
  const problems: Problem[] = [];
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
    problems.push(...result.problems);
    if (result.medication) medications.push(result.medication);
  }

  problems.push(...findBrokenLinks(medications, new Set(bySlug.keys())));
  medications.sort((a, b) => a.facts.title.localeCompare(b.facts.title, 'en', { sensitivity: 'base' }));
  return { medications, problems };
}

/** What the route registry needs to list the pages made from these medications. */
export function siteIndex(medications: readonly Medication[]): SiteIndex {
  return {
    slugs: medications.map((m) => m.slug),
    lastReviewed: new Map(medications.map((m) => [m.slug, m.facts.lastReviewed])),
    cardSlugs: medications.filter((m) => m.facts.takeHome.card).map((m) => m.slug),
  };
}

const cache = new Map<string, Medication[]>();

/**
 * The site's medications, sorted by name. Any problem stops the build with every problem listed.
 * Cached per process: Next asks once per page, and a library has thousands.
 */
export function getMedications(dir = contentDir()): Medication[] {
  let medications = cache.get(dir);
  if (!medications) {
    const result = loadContent(dir);
    if (result.problems.length) throw new ContentError(result.problems);
    medications = result.medications;
    cache.set(dir, medications);
  }
  return medications;
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
