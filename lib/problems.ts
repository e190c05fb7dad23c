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

export const formatProblem = (p: Problem) => `${p.file}: ${p.field}: ${p.message}${p.line ? ` (line ${p.line})` : ''}`;

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
