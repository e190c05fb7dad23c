import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { sentenceKey } from './claim-strength';
import type { RegisterFile } from '../model/model';
import { readTextFile } from '../text/content-files';
import { readYaml, type FieldLocator } from '../text/yaml-text';
import { describeIssue, type Problem } from '../text/problems';
import { claimsRegisterSchema, type ClaimEntry } from '../model/claims-schema';
import { requirementsSchema, type RequirementEntry } from '../model/requirements-schema';

/** The register of `content/medications/x.md` is `content/medications/x.claims.yaml`. */
export const claimsFileOf = (markdownFile: string) => markdownFile.replace(/\.md$/, '.claims.yaml');

/** The completeness list of `content/medications/x.md` is `content/medications/x.requirements.yaml`. */
export const requirementsFileOf = (markdownFile: string) => markdownFile.replace(/\.md$/, '.requirements.yaml');

interface ListFile<T> {
  file: string;
  entries: T[];
  lineOf: FieldLocator;
  problems: Problem[];
  /** False when the file does not read: checking against it would report everything. */
  valid: boolean;
}

/**
 * Reads a YAML list beside a monograph with its lines, checked against `schema`; two entries with
 * the same `keyOf` are one entry written twice. A missing file is an empty list.
 */
function readListFile<T>(absolute: string, schema: z.ZodType<T[]>, keyOf: (entry: T) => string, what: string): ListFile<T> {
  const file = path.relative(process.cwd(), absolute);
  const empty = { file, entries: [], lineOf: () => undefined, valid: false };
  if (!fs.existsSync(absolute)) return { ...empty, problems: [], valid: true };

  const text = readTextFile(absolute);
  if (!text.ok) return { ...empty, problems: [{ file, field: what, line: text.line, message: text.message }] };
  const yaml = readYaml(text.text);
  if (yaml.problems.length) return { ...empty, problems: yaml.problems.map((p) => ({ file, field: what, ...p })) };
  const { lineOf } = yaml;
  const data: unknown = yaml.data ?? [];
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return { ...empty, lineOf, problems: parsed.error.issues.map((issue) => ({ file, ...describeIssue(issue, data, lineOf) })) };
  }
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((entry, index) => {
    const key = keyOf(entry);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ file, field: `${index}`, line: lineOf([index]), message: `the same entry as entry ${first} (line ${lineOf([first])}): write each entry once` });
    else seen.set(key, index);
  });
  return { file, entries: parsed.data, lineOf, problems, valid: true };
}

/**
 * Reads a monograph's claims register with its lines. A missing register is an empty one: every
 * instruction on the page is then reported as unregistered, naming the file to create.
 */
export function readClaimsRegister(markdownFile: string): RegisterFile & { problems: Problem[]; valid: boolean } {
  return readListFile<ClaimEntry>(claimsFileOf(markdownFile), claimsRegisterSchema, (entry) => sentenceKey(entry.says), 'register');
}

/** Reads a monograph's completeness list with its lines (missing: the page has none yet). */
export function readRequirements(markdownFile: string): ListFile<RequirementEntry> {
  return readListFile<RequirementEntry>(requirementsFileOf(markdownFile), requirementsSchema, (entry) => entry.id, 'requirements');
}
