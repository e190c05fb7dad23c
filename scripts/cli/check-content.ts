/**
 * npm run check:content — validates every medication file (schema, links, anchors, citations,
 * glossary) without a Next build, prints one line per problem, then the reading grade
 * (Flesch–Kincaid) of each section. Exits 1 on any problem or on a grade above the ceiling.
 *
 *   --max-grade N      the ceiling for each section and the whole page (default 8, or READABILITY_MAX_GRADE)
 *   --no-readability   schema and links only (what `npm run build` runs)
 *   --due-within DAYS  instead: list the pages whose next review is within DAYS (overdue first); exits 0
 *   --today YYYY-MM-DD with --due-within: count from this day instead of today (for tests)
 */
import { parseArgs } from 'node:util';
import { contentDir, loadContent } from '../../lib/content/content';
import { formatProblem } from '../../lib/text/problems';
import { evidenceTextParts } from '../../lib/claims/claims';
import { pageTextParts, takeHomeTextParts } from '../../lib/pages/page-text';
import { pageReadability } from '../../lib/rules/readability';
import { formatDue, reviewsDue } from '../../lib/content/review-due';
import { isoDate, todayIso } from '../../lib/model/schema';
import { outDir, publisher, readabilityMaxGrade, siteUrl } from '../../lib/site/settings';

const usage = 'Usage: npm run check:content [-- --max-grade 8] [-- --no-readability] [-- --due-within DAYS [--today YYYY-MM-DD]]   (CONTENT_DIR=path for another tree)';
// Strict: a misspelt flag (--due-withn) stops with its name rather than being ignored with exit 0.
let flags: { 'max-grade'?: string; 'no-readability'?: boolean; 'due-within'?: string; today?: string; help?: boolean };
try {
  flags = parseArgs({
    options: { 'max-grade': { type: 'string' }, 'no-readability': { type: 'boolean' }, 'due-within': { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  }).values;
} catch (error) {
  console.error(`check:content: ${(error as Error).message.split('\n')[0]}\n${usage}`);
  process.exit(2);
}
if (flags.help) {
  console.log(usage);
  process.exit(0);
}
// The settings first: a bad SITE_URL, contact or OUT_DIR stops here with the setting's name, not as a stack trace in `next build`.
try {
  siteUrl();
  publisher();
  outDir();
} catch (error) {
  console.error(`check:content: ${(error as Error).message}`);
  process.exit(2);
}

// The review report: an editor's to-do list, never a failure, so the calendar cannot break CI.
if (flags['due-within'] !== undefined) {
  const days = /^\d+$/.test(flags['due-within']) ? Number(flags['due-within']) : NaN;
  const today = flags.today ?? todayIso();
  if (!Number.isInteger(days) || !isoDate.safeParse(today).success) {
    console.error('check:content: --due-within needs a whole number of days (and --today a YYYY-MM-DD date), e.g. --due-within 30');
    process.exit(2);
  }
  const { medications, problems } = loadContent(contentDir(), today);
  const due = reviewsDue(medications, today, days);
  console.log(`check:content: ${due.length} page${due.length === 1 ? '' : 's'} due for review within ${days} days of ${today} (overdue first):`);
  for (const entry of due) console.log(`  ${formatDue(entry)}`);
  if (problems.length) console.log(`(${problems.length} content problem${problems.length === 1 ? '' : 's'} left some files out: run npm run check:content)`);
  process.exit(0);
}
const maxGrade = flags['max-grade'] === undefined ? readabilityMaxGrade() : Number(flags['max-grade']);
if (!Number.isFinite(maxGrade)) {
  console.error('check:content: --max-grade needs a number, e.g. --max-grade 8');
  process.exit(2);
}

const started = performance.now();
const dir = contentDir();
const { medications, problems, draftProblems } = loadContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

// Drafts are listed, with their problems, but never fail: they are never published.
const drafts = medications.filter((m) => m.facts.draft);
const draftFiles = [...new Set([...drafts.map((m) => m.file), ...draftProblems.map((p) => p.file)])].sort();
if (draftFiles.length) {
  console.log(`check:content: ${draftFiles.length} draft${draftFiles.length === 1 ? '' : 's'}, not published (npm run dev shows them):`);
  for (const file of draftFiles) {
    const own = draftProblems.filter((p) => p.file === file);
    console.log(`  ${file}${own.length ? `: ${own.length} problem${own.length === 1 ? '' : 's'} to fix before publishing` : ''}`);
    for (const problem of own) console.log(`    ${formatProblem(problem)}`);
  }
}

if (problems.length) {
  console.error(`check:content: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const published = medications.length - drafts.length;
console.log(`check:content: ${published} medication${published === 1 ? '' : 's'} OK (${seconds} s)`);

if (!flags['no-readability']) {
  const tooHard: string[] = [];
  const verbose = medications.length <= 20;
  for (const medication of medications.filter((m) => !m.facts.draft)) {
    const { sections, page } = pageReadability(pageTextParts(medication.facts, medication));
    if (verbose) console.log(`\nReading grade (Flesch–Kincaid, ceiling ${maxGrade}) of ${medication.file}:`);
    // The take-home pages are graded as the reader gets them, apart from the page's own total.
    const takeHome = pageReadability([...takeHomeTextParts(medication.facts, medication.sections), ...evidenceTextParts(medication.claims, medication.requirements)]).sections;
    for (const row of [...sections, ...takeHome, page]) {
      if (verbose) console.log(`  ${row.grade.toFixed(1).padStart(5)}  ${String(row.words).padStart(5)} words  ${row.name}`);
      if (row.grade > maxGrade) tooHard.push(`${medication.file}: ${row.name}: reading grade ${row.grade} is above ${maxGrade}; use shorter sentences and common words`);
    }
  }
  if (tooHard.length) {
    console.error(`\ncheck:content: ${tooHard.length} part${tooHard.length === 1 ? '' : 's'} too hard to read:`);
    for (const line of tooHard) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log(`\ncheck:content: every section reads at grade ${maxGrade} or below`);
}
