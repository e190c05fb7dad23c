/**
 * What a Markdown body may cost, checked on the text before it is parsed: parsing a quote or a list
 * nested thousands deep overflows the stack (or takes minutes), and so do thousands of emphasis
 * marks on a line. A patient page never needs either, so each is a located message, not a crash.
 */
export const maxNesting = 12;
const maxEmphasisMarks = 200;

export function markdownCostProblems(markdown: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length && problems.length < 5; index++) {
    const text = lines[index];
    let rest = text.replace(/\t/g, '    ');
    const indent = rest.length - rest.trimStart().length;
    // Quote marks and list markers at the start of a line each open one level; so does each two spaces of indent.
    let depth = Math.floor(indent / 2);
    let marker: RegExpExecArray | null;
    while ((marker = /^\s*(?:>|[*+-](?=\s)|\d{1,9}[.)](?=\s))[ \t]?/.exec(rest)) && marker[0].length) {
      depth++;
      rest = rest.slice(marker[0].length);
      if (depth > maxNesting) break;
    }
    if (depth > maxNesting) {
      problems.push({ line: index + 1, message: `quotes or lists nest more than ${maxNesting} levels deep here: a reader cannot follow that; flatten them` });
      continue;
    }
    const marks = text.match(/[*_~]/g)?.length ?? 0;
    if (marks > maxEmphasisMarks) {
      problems.push({ line: index + 1, message: `${marks} emphasis marks (* _ ~) on one line: Markdown cannot read that many; remove them, or write \\* for a star` });
    }
  }
  return problems;
}
