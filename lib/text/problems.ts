/**
 * lib/text: plain-text helpers every other folder uses, and nothing of the site: problems said with
 * file, field and line (this module), front-matter line lookup, YAML text, sentences, slugs,
 * preview text and reading content files. Imports no other folder.
 */
import type { z } from 'zod';
import type { FieldLocator } from './front-matter';

/** One thing wrong with the content, said so that a writer can find and fix it. */
export interface Problem {
  /** Path of the file, relative to the project (e.g. `content/medications/x.md`). */
  file: string;
  /** The front matter field (`nextReview`, `sources.2.url`), or `body line 12`, or `file`. */
  field: string;
  message: string;
  /** The line in the file, for a front matter field (body problems say it in `field`). */
  line?: number;
}

/** A message stays one line: a line break, a separator or another control character a writer typed is shown as its code ("\\u2028"). */
const oneLine = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);

export const formatProblem = (p: Problem) => oneLine(`${p.file}: ${p.field}: ${p.message}${p.line ? ` (line ${p.line})` : ''}`);

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** One schema problem as a writer reads it: the field, then what is wrong with the value. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, lineOf: FieldLocator): Omit<Problem, 'file'> {
  const field = issue.path.length ? issue.path.join('.') : 'front matter';
  // An unknown field is reported on its parent; its own line is where the writer looks.
  const line = lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { field, line, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling)` };
  }
  const value = issue.path.reduce<unknown>((obj, key) => (obj as Record<PropertyKey, unknown> | undefined)?.[key], data);
  return { field, line, message: value === undefined ? `is missing (${issue.message})` : `${JSON.stringify(value)} ${issue.message}` };
}

