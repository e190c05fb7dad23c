import path from 'node:path';
import { listMarkdownFiles } from '../text/content-files';
import { findBrokenLinks } from '../rules/link-check';
import { loadFile, type LoadOptions } from './load-file';
import { removedPageProblems } from './removed-pages';
import type { LoadResult, Medication, Problem } from '../model/model';
import { medicationRoute } from '../site/routes';
import { codeSpellings } from '../site/infobutton';
import { medicationSchema, todayIso } from '../model/schema';
import { contentDir } from '../site/settings';

/** Reads and checks every medication file, collecting every problem in every file. */
export function loadContent(dir = contentDir(), today?: string, options: LoadOptions = {}): LoadResult {
  const medicationsDir = path.join(dir, 'medications');
  const listed = listMarkdownFiles(medicationsDir);
  const files = listed.files;
  const problems: Problem[] = [...listed.problems];
  const draftProblems: Problem[] = [];
  const medications: Medication[] = [];
  const bySlug = new Map<string, string>();
  const schema = medicationSchema(today ?? todayIso());
  // Drafts are never published, so their problems are reported apart and never stop a build: decided here, once.
  const draftFiles = new Set<string>();
  const report = (problem: Problem) => (draftFiles.has(problem.file) ? draftProblems : problems).push(problem);

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
    const result = loadFile(absolute, file, slug, schema, options);
    if (result.draft) draftFiles.add(file);
    result.problems.forEach(report);
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
        report({ file: medication.file, field: name.field, line: name.line, message: `"${name.name}" would have the address ${medicationRoute.path({ slug: name.slug })}, which is ${clash}` });
      } else {
        nameOwners.set(name.slug, medication);
      }
    }
  }

  // A product code leads to one page: a code that two monographs (or one, twice) list is ambiguous,
  // and so is any spelling a record may send of it (lib/site/infobutton.ts): `70121-2501-1` is
  // `70121-2501-01`, and two packages of one product share its product code.
  const spellingOwners = new Map<string, { medication: Medication; code: string }>();
  for (const medication of medications) {
    for (const code of medication.codes) {
      const spellings = codeSpellings(code.system, code.code);
      const key = (spelling: string) => `${code.system} ${spelling}`;
      const clash = spellings
        .map((spelling) => ({ spelling, owner: spellingOwners.get(key(spelling)) }))
        .find(({ owner }) => owner && (owner.medication !== medication || owner.code === code.code));
      if (clash?.owner) {
        const { owner, spelling } = clash;
        const what = owner.medication === medication ? 'listed twice' : `already a code of ${owner.medication.file}${spelling === owner.code ? '' : ` (${spelling} is a spelling of its ${code.system} ${owner.code})`}`;
        report({ file: medication.file, field: code.field, line: code.line, message: `${code.system} ${code.code} is ${what}: a record system's link must lead to one page` });
        continue;
      }
      for (const spelling of spellings) if (!spellingOwners.has(key(spelling))) spellingOwners.set(key(spelling), { medication, code: code.code });
    }
  }

  // A reviewed page gone with every file beside it: git remembers it.
  problems.push(...removedPageProblems(medicationsDir));

  const drafts = new Set(medications.filter((m) => m.facts.draft).map((m) => m.slug));
  findBrokenLinks(medications, new Set(bySlug.keys()), drafts).forEach(report);
  medications.sort((a, b) => a.facts.title.localeCompare(b.facts.title, 'en', { sensitivity: 'base' }));
  return { medications, problems, draftProblems };
}

