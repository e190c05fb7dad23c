import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseApprovedState } from '../claims/approval';
import type { Problem } from '../model/model';

/**
 * A page a review approved for readers leaves the site only by a review. Deleted or renamed with
 * every file beside it, nothing left in the folder says it was there, so git does: each approved
 * state ever committed under the folder whose file is gone must have said, in its last committed
 * version (untouched by hand: its checksum holds), that the page was off the site
 * (`published: false`, which `npm run approve` writes after a review approved "taken off the
 * site"). Outside a git work tree (a copied folder) there is no history to ask, and nothing is said.
 */
export function removedPageProblems(medicationsDir: string): Problem[] {
  // Asked from the folder above, by the folder's own name: a folder made a link to another (or given a `.git` of its own) has the same history.
  const parent = fs.existsSync(path.dirname(medicationsDir)) ? fs.realpathSync(path.dirname(medicationsDir)) : undefined;
  if (!parent) return [];
  const git = (...args: string[]) => spawnSync('git', ['-C', parent, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const top = git('rev-parse', '--show-toplevel');
  if (top.status !== 0) return [];
  const root = top.stdout.trim();
  // Every approved state ever added under the folder, as the repository names it (a rename is a deletion and an addition).
  const added = git('log', '--format=', '--name-only', '--no-renames', '--diff-filter=A', '--', path.join(parent, path.basename(medicationsDir)));
  if (added.status !== 0) return [];
  const gone = [...new Set(added.stdout.split('\n').filter((p) => p.endsWith('.approved.yaml')))].filter((p) => !fs.existsSync(path.join(root, p)));
  return gone.flatMap((approvedPath): Problem[] => {
    const last = git('log', '-1', '--format=%H', '--no-renames', '--diff-filter=AM', '--', path.join(root, approvedPath));
    const shown = last.status === 0 && last.stdout.trim() ? git('show', `${last.stdout.trim()}:${approvedPath}`) : undefined;
    // Read as the loader reads the file: one edited by hand (its checksum broken) took nothing off.
    const state = shown?.status === 0 ? parseApprovedState(shown.stdout, approvedPath).approved?.state : undefined;
    if (state?.published === false) return [];
    const page = path.relative(process.cwd(), path.join(root, approvedPath.replace(/\.approved\.yaml$/, '.md')));
    const review = state ? `the review of ${state.review.date}` : 'a review';
    return [{
      file: page,
      field: 'file',
      message: `is gone (deleted, renamed or hidden), and ${review} approved it for readers (${approvedPath}, in git): a page comes off the site only by a review (draft: true, with approves: ["taken off the site"], then npm run approve), and only then may its files go. Put them back as they were (git log -- ${approvedPath} finds them)`,
    }];
  });
}
