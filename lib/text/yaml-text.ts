import { CST, isNode, Lexer, LineCounter, parseDocument, type Document } from 'yaml';

/** Where a YAML field stands in the file: its 1-based line, if the field is there. */
export type FieldLocator = (path: readonly PropertyKey[]) => number | undefined;

export interface YamlResult {
  data: unknown;
  lineOf: FieldLocator;
  /** What stops the file, each with its line in the file. */
  problems: { line?: number; message: string }[];
}

/** The line of a field in a parsed YAML document (or of its nearest parent that is there). */
function yamlLocator(doc: Document, lineCounter: LineCounter): FieldLocator {
  return (path) => {
    // A missing field has no line of its own; its nearest existing parent does.
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

// Tokens that put a value (or the start of one) on a line: a comment after one of them is a trailing comment.
const valueTokens = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar-header', 'map-value-ind', 'seq-item-ind', 'flow-seq-start', 'flow-map-start', 'flow-seq-end', 'flow-map-end', 'comma', 'alias', 'anchor', 'tag']);

/**
 * A ` #` after a value starts a YAML comment, which YAML drops: `press #3 for the nurse` would
 * read as `press`, and `summary: #1 choice` as nothing. A comment on a line of its own is a note
 * to other writers and stays allowed.
 */
function trailingComments(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let line = 1;
  let valueOnLine = false;
  for (const token of new Lexer().lex(source)) {
    const type = CST.tokenType(token);
    if (type === 'comment' && valueOnLine) found.push({ line, text: token });
    const isValue = !!type && valueTokens.has(type);
    if (isValue) valueOnLine = true;
    const newlines = token.split('\n').length - 1;
    if (newlines) {
      line += newlines;
      // A new line starts bare, unless a value (a quoted scalar over two lines) ends on it.
      valueOnLine = isValue && !token.endsWith('\n');
    }
  }
  return found;
}

/**
 * Reads YAML with the `yaml` package, the project's one YAML engine: values, errors and each
 * field's line. The core schema has no timestamps (`nextReview: 2026-13-45` stays the text the
 * writer typed and is then rejected) and aliases are capped, so no file can cost more than its
 * size. `firstLine` is the file line the text starts on.
 */
export function readYaml(source: string, firstLine = 1): YamlResult {
  const lineCounter = new LineCounter();
  const fileLine = (line?: number) => (line === undefined ? undefined : line + firstLine - 1);
  const none = { data: undefined, lineOf: () => undefined };
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true });
  } catch (error) {
    return { ...none, problems: [{ line: firstLine, message: `could not be read as YAML (${error instanceof RangeError ? 'nested too deeply' : String(error)})` }] };
  }
  // The first error only: the ones after it are mostly the same mistake seen again.
  const problems = doc.errors.slice(0, 1).map((error) => ({
    line: fileLine(error.linePos?.[0].line),
    message: error.message.includes('call stack')
      ? 'is nested too deeply to read'
      : `is not valid YAML: ${error.code === 'MULTIPLE_DOCS' ? 'a line "..." or "---" ends the fields early; put values with such a line in quotes' : error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').toLowerCase()}`,
  }));
  const sourceLines = source.split('\n');
  for (const comment of trailingComments(source)) {
    const key = /^\s*(?:-\s+)?([\w-]+):/.exec(sourceLines[comment.line - 1] ?? '')?.[1];
    problems.push({
      line: fileLine(comment.line),
      message: `${key ? `the value of ${key} has` : 'this line has'} " #" in it, which YAML reads as the start of a comment, so ${JSON.stringify(comment.text)} would be left out: put the whole value in quotes`,
    });
  }
  if (problems.length) return { ...none, problems };
  const locate = yamlLocator(doc, lineCounter);
  const lineOf: FieldLocator = (path) => fileLine(locate(path));
  try {
    return { data: doc.toJS({ maxAliasCount: 50 }), lineOf, problems: [] };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    const message =
      error instanceof RangeError ? 'is nested too deeply to read' : /alias count/i.test(reason) ? 'repeats YAML aliases (*name) too often: write the values out in full' : `is not valid YAML: ${reason}`;
    return { ...none, problems: [{ line: firstLine, message }] };
  }
}
