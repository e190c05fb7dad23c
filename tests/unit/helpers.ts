import path from 'node:path';
import { loadContent } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';

/** A fixed "today" so that date rules give the same answer on any day the tests run. */
export const today = '2026-11-25';

export const fixtureDir = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'content', name);

/** Loads one fixture tree and returns its problems as the one-line messages a writer sees. */
export function problemsOf(name: string): string[] {
  return loadContent(fixtureDir(name), today).problems.map(formatProblem);
}
