import matter from 'gray-matter';
import yaml from 'js-yaml';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

/** Where a front matter field stands in the file: its 1-based line, if the field is there. */
export type FieldLocator = (path: readonly PropertyKey[]) => number | undefined;

export type FrontMatterResult =
  | { ok: true; data: unknown; body: string; bodyStartLine: number; lineOf: FieldLocator }
  | { ok: false; message: string };

// CORE_SCHEMA has no timestamp type: `nextReview: 2026-13-45` stays the text the writer typed
// (and is then rejected) instead of silently becoming 2027-02-14. Passing an options object also
// turns off gray-matter's cache, which otherwise loses `.matter` on a second parse of one string.
const options = {
  engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object },
};

/**
 * js-yaml gives values but no positions; the `yaml` package keeps each node's place in the text,
 * so a problem can name its line. It only locates here: the values still come from js-yaml above.
 */
function locator(frontMatter: string): FieldLocator {
  const lineCounter = new LineCounter();
  // gray-matter's matter text starts with the newline after the opening ---, so its line 1 is file line 1.
  return yamlLocator(parseDocument(frontMatter, { lineCounter }), lineCounter);
}

/** The line of a field in a parsed YAML document (or of its nearest parent that is there). */
export function yamlLocator(doc: Document, lineCounter: LineCounter): FieldLocator {
  return (path) => {
    // A missing field has no line of its own; its nearest existing parent does.
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** Splits a Markdown file into its YAML front matter and its body. */
export function readFrontMatter(raw: string): FrontMatterResult {
  if (!/^---\r?\n/.test(raw)) {
    return { ok: false, message: 'missing: the file must start with a --- line, then the YAML fields, then ---' };
  }
  try {
    const parsed = matter(raw, options);
    const bodyStartLine = raw.slice(0, raw.length - parsed.content.length).split('\n').length;
    return { ok: true, data: parsed.data, body: parsed.content, bodyStartLine, lineOf: locator(parsed.matter) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // gray-matter hands js-yaml the text from the newline after the opening ---, so js-yaml's
      // line 0 is the --- line (file line 1); js-yaml counts from 0.
      return { ok: false, message: `is not valid YAML: ${error.reason} (line ${error.mark.line + 1})` };
    }
    return { ok: false, message: `could not be read: ${String(error)}` };
  }
}
