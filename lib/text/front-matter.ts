import matter from 'gray-matter';
import { readYaml, type FieldLocator } from './yaml-text';

export type { FieldLocator } from './yaml-text';

export type FrontMatterResult =
  | { ok: true; data: unknown; body: string; bodyStartLine: number; lineOf: FieldLocator }
  | { ok: false; message: string; line?: number };

// gray-matter only splits the file: its engine hands back the text and lib/text/yaml-text.ts reads it
// (one YAML engine, with lines). Passing options also turns off gray-matter's cache, which
// otherwise loses `.matter` on a second parse of one string.
const splitOnly = { engines: { yaml: () => ({}) } };

/** Splits a Markdown file into its YAML front matter, read with lines, and its body. */
export function readFrontMatter(raw: string): FrontMatterResult {
  if (!/^---[ \t]*\r?\n/.test(raw)) {
    return { ok: false, line: 1, message: 'missing: the file must start with a --- line, then the YAML fields, then ---' };
  }
  // Without a closing ---, the whole file would be read as YAML and fail deep in the body.
  const lines = raw.split('\n');
  if (!lines.slice(1).some((line) => /^---[ \t]*\r?$/.test(line))) {
    return { ok: false, line: 1, message: 'the fields that start here never end: add a line of three hyphens (---) after the last field, then write the body' };
  }
  const parsed = matter(raw, splitOnly);
  const bodyStartLine = raw.slice(0, raw.length - parsed.content.length).split('\n').length;
  // gray-matter's matter text starts with the newline after the opening ---, so its line 1 is file line 1.
  const yaml = readYaml(parsed.matter, 1);
  if (yaml.problems.length) {
    const [first, ...rest] = yaml.problems;
    return { ok: false, line: first.line, message: [first.message, ...rest.map((p) => `${p.message} (line ${p.line})`)].join('; ') };
  }
  return { ok: true, data: yaml.data, body: parsed.content, bodyStartLine, lineOf: yaml.lineOf };
}
