/**
 * npm run approve -- <slug> — after a clinical review, records the claims register and the
 * completeness list of content/medications/<slug>.md, and the wording of every part of it that
 * speaks of safety, as that review approved them, in <slug>.approved.yaml beside it. The build
 * then stops on anything lower than that state which no newer review names in its `lowers`, and
 * on any change of held wording no newer review names in its `approves` (lib/claims/approval.ts).
 * It writes only a page that passes check:content: a lowering or a change no review names stays
 * a problem, here as in the build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { approvedFileOf, formatApprovedState } from '../../lib/claims/approval';
import { contentDir, loadContent } from '../../lib/content/content';
import { formatProblem } from '../../lib/text/problems';

const usage = 'Usage: npm run approve -- <slug>   (after a review is recorded in the page\'s reviewHistory; CONTENT_DIR=path for another tree)';
const [slug, ...rest] = process.argv.slice(2);
if (!slug || rest.length || slug.startsWith('-')) {
  console.error(`approve: ${slug === '--help' ? '' : 'name one page. '}${usage}`);
  process.exit(slug === '--help' ? 0 : 2);
}

const { medications, problems, draftProblems } = loadContent(contentDir(), undefined, { approving: true });
const medication = medications.find((m) => m.slug === slug);
const own = [...problems, ...draftProblems].filter((p) => path.basename(p.file).startsWith(`${slug}.`));
if (own.length || !medication) {
  if (!own.length) console.error(`approve: no page "${slug}" in ${contentDir()}/medications. ${usage}`);
  for (const problem of own) console.error(formatProblem(problem));
  if (own.length) console.error(`approve: ${own.length} problem${own.length === 1 ? '' : 's'} first: a review approves a page that passes the check (a lowering needs the review's lowers: naming it, a change of held wording its approves:)`);
  process.exit(1);
}
if (!medication.approvedState) {
  console.error(`approve: ${medication.file} has no claims register or completeness list: there is nothing to approve`);
  process.exit(1);
}
const file = approvedFileOf(medication.file);
// A page with an approved state in git, or reviewed more than once, had one: one gone missing is restored, never written afresh (that would approve any lowering).
const inGit = spawnSync('git', ['cat-file', '-e', `HEAD:./${file}`], { stdio: 'ignore' }).status === 0;
if (!fs.existsSync(file) && (inGit || medication.facts.reviewHistory.length > 1)) {
  console.error(`approve: ${file} is missing, and ${medication.file} has been reviewed before, so it had one: restore it (git checkout -- ${file}), then record the review and run npm run approve again`);
  process.exit(1);
}
const text = formatApprovedState(medication.approvedState, slug);
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
if (before === text) {
  console.log(`approve: ${file} already records this state`);
} else {
  fs.writeFileSync(file, text);
  const { review, claims, requirements, wording } = medication.approvedState;
  console.log(`approve: wrote ${file}: ${claims?.length ?? 0} register entries, ${requirements?.length ?? 0} requirements and the wording of ${Object.keys(wording ?? {}).length} parts, as the review of ${review.date} approved them`);
}
