import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';
import { netlifyRules } from '@/scripts/hosts/netlify-rules';

/** A fixed "today" so that date rules give the same answer on any day the tests run. */
export const today = '2026-11-25';

export const fixtureDir = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'content', name);

/** Loads one fixture tree and returns its problems as the one-line messages a writer sees. */
export function problemsOf(name: string): string[] {
  return loadContent(fixtureDir(name), today).problems.map(formatProblem);
}

/** Netlify's own parser and matcher over these host files (`_redirects`, `netlify.toml`), written to a folder of their own. */
export async function netlifyMatcher(files: { redirects?: string; toml?: string }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netlify-'));
  if (files.redirects !== undefined) fs.writeFileSync(path.join(dir, '_redirects'), files.redirects);
  if (files.toml !== undefined) fs.writeFileSync(path.join(dir, 'netlify.toml'), files.toml);
  try {
    return await netlifyRules(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
