import fs from 'node:fs';
import path from 'node:path';
import { sentenceKey } from './claims';
import type { RegisterFile } from './model';
import { readTextFile } from './content-files';
import { readYaml } from './yaml-text';
import { describeIssue, type Problem } from './problems';
import { claimsRegisterSchema } from './claims-schema';

/** The register of `content/medications/x.md` is `content/medications/x.claims.yaml`. */
export const claimsFileOf = (markdownFile: string) => markdownFile.replace(/\.md$/, '.claims.yaml');

/**
 * Reads a monograph's claims register with its lines. A missing register is an empty one: every
 * instruction on the page is then reported as unregistered, naming the file to create.
 */
export function readClaimsRegister(markdownFile: string): RegisterFile & { problems: Problem[]; valid: boolean } {
  const absolute = claimsFileOf(markdownFile);
  const file = path.relative(process.cwd(), absolute);
  const empty = { file, entries: [], lineOf: () => undefined, valid: false };
  if (!fs.existsSync(absolute)) return { ...empty, problems: [], valid: true };

  const text = readTextFile(absolute);
  if (!text.ok) return { ...empty, problems: [{ file, field: 'register', line: text.line, message: text.message }] };
  const yaml = readYaml(text.text);
  if (yaml.problems.length) return { ...empty, problems: yaml.problems.map((p) => ({ file, field: 'register', ...p })) };
  const { lineOf } = yaml;
  const data: unknown = yaml.data ?? [];
  const parsed = claimsRegisterSchema.safeParse(data);
  if (!parsed.success) {
    return { ...empty, lineOf, problems: parsed.error.issues.map((issue) => ({ file, ...describeIssue(issue, data, lineOf) })) };
  }
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((entry, index) => {
    const key = sentenceKey(entry.says);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ file, field: `${index}.says`, line: lineOf([index, 'says']), message: `the same sentence as entry ${first} (line ${lineOf([first, 'says'])}): register a sentence once` });
    else seen.set(key, index);
  });
  return { file, entries: parsed.data, lineOf, problems, valid: true };
}
