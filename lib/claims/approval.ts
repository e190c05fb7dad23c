import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import { rewordedEntry } from './claims';
import type { ClaimEntry, Requirement } from '../model/claims-schema';
import type { RequirementEntry } from '../model/requirements-schema';
import { approvedStateSchema, type ApprovedState, type ApprovedStateRead } from '../model/approval-schema';
import type { ReviewEntry } from '../model/schema';
import { readTextFile } from '../text/content-files';
import { sentencesOf } from '../text/sentences';
import type { ClaimPart, RegisterFile } from '../model/model';
import { claimsFileOf, requirementsFileOf } from './claims-register';
import { isSignList, type Place } from './requirements';
import { lowerings, normal } from './lowerings';
import { quantities } from './meaning';
import { approvalName, changeName, evidencePart, heldParts, partKey, safetyTest, wordingChanges, wordingParts, type WordingPart } from './wording';
import { readYaml, type FieldLocator } from '../text/yaml-text';
import { describeIssue, type Problem } from '../text/problems';

/**
 * A requirement is never lowered silently. `<slug>.approved.yaml` holds the claims register and
 * the completeness list as the last review approved them (written by `npm run approve`); the
 * build compares the files with it and stops on every lowering that no newer review names in
 * its `lowers`: an entry removed, a weaker `requires` (a place, a time, a force, a certainty, a
 * condition), a registered sentence gone from a part where it stood (an urgent box, a section,
 * the card, the summary, the questions page), a place dropped from `alsoOn`, a sign or a word
 * taken off a requirement. A sentence reworded to meet its unchanged requirement is no lowering;
 * adding is never one. The state also holds the wording of every part that speaks of safety, and
 * a change there needs a newer review that names it in `approves` (lib/claims/wording.ts).
 */

/** The approved state of `content/medications/x.md` is `content/medications/x.approved.yaml`. */
export const approvedFileOf = (markdownFile: string) => markdownFile.replace(/\.md$/, '.approved.yaml');

/** What the loader knows of a register entry besides the entry: the parts it stands in now. */
export interface CurrentClaim {
  entry: ClaimEntry;
  /** Its index in the register, and the line of its `says`. */
  index: number;
  line?: number;
  in: string[];
}

export interface ApprovalInput {
  pageFile: string;
  slug: string;
  claims: CurrentClaim[];
  registerFile: string;
  requirements: RequirementEntry[];
  requirementsFile: string;
  requirementLine: (index: number) => number | undefined;
  reviewHistory: readonly ReviewEntry[];
  nextReview: string;
  /** Whether the page says `draft: true` (it is not on the site). */
  draft: boolean;
  /** How a writer knows each part key (`card`: "the wallet card"). */
  partName: (key: string) => string;
  /** Every measure the page states (monograph, card, questions page), with how many times: "7 years", "33 feet". */
  measures: Record<string, number>;
  /** For each requirement that is a list of signs: its lists per place, and how many lists hold each line. */
  signLists: Map<string, { lists: Record<string, number>; items: Record<string, number> }>;
  blanks: { card: string[]; summary: string[] };
  /** For each sentence requirement: how many blocks of each place carry it. */
  carried: Map<string, Record<string, number>>;
  /** The line of a front-matter field of the page. */
  pageLineOf: FieldLocator;
  /** The page's text cut into parts and answers, and the test of whether a text speaks of safety (lib/claims/wording.ts). */
  wording: WordingPart[];
  speaksOfSafety: (text: string) => string | undefined;
  /** The approved state (from the file): undefined when there is none. */
  approved?: { state: ApprovedStateRead; file: string; lineOf: FieldLocator };
}

/** The state `npm run approve` writes: the register and the list as they are, stamped with the newest review. */
export function currentState(input: Pick<ApprovalInput, 'claims' | 'requirements' | 'reviewHistory' | 'nextReview' | 'draft' | 'signLists' | 'blanks' | 'measures' | 'carried' | 'wording' | 'speaksOfSafety'>): ApprovedState {
  const { date, change } = input.reviewHistory[0];
  const requires = (r: Requirement) => {
    const out: Record<string, unknown> = {};
    if (r.go) out.go = r.go;
    if (r.when) out.when = r.when;
    if (r.force) out.force = r.force;
    if (r.certainty) out.certainty = r.certainty;
    if (r.conditions.length) out.conditions = r.conditions;
    return out as Requirement;
  };
  return {
    review: { date, change },
    claims: input.claims.map(({ entry, in: places }) => ({ says: entry.says, from: Object.keys(entry.from), requires: requires(entry.requires), in: places })),
    requirements: input.requirements.map((r) => ({
      id: r.id,
      ...(r.alsoOn.length ? { alsoOn: r.alsoOn } : {}),
      ...(r.signs ? { signs: r.signs.each, ...input.signLists.get(r.id) } : {}),
      ...(r.sentence ? { mentions: r.sentence.mentions, requires: requires(r.sentence.requires), carriedBy: input.carried.get(r.id) ?? {} } : {}),
    })),
    blanks: input.blanks,
    measures: input.measures,
    ...wordingState(input.wording, input.speaksOfSafety),
    history: input.reviewHistory.map((r) => ({ ...r })),
    nextReview: input.nextReview,
    published: !input.draft,
  };
}

/** The wording a review holds: each held part's sentences, and the keys of the parts held for nothing. */
function wordingState(parts: WordingPart[], speaksOfSafety: ApprovalInput['speaksOfSafety']): Pick<ApprovedState, 'wording' | 'wordingFree'> {
  const held = new Set(heldParts(parts, speaksOfSafety));
  const free = parts.filter((part) => !held.has(part)).map((part) => part.key);
  return { wording: Object.fromEntries([...held].map((part) => [part.key, part.units.map((u) => u.text)])), ...(free.length ? { wordingFree: free } : {}) };
}

/** The digest an approved state carries of the rest of itself: a hand edit no longer matches it. */
export const approvedChecksum = (data: object) =>
  createHash('sha256').update(JSON.stringify(Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'checksum')))).digest('hex').slice(0, 16);

/** The approved state as `npm run approve` writes it, with a note for whoever opens the file. */
export function formatApprovedState(state: ApprovedState, slug: string): string {
  const doc = new Document({ ...state, checksum: approvedChecksum(state) });
  // One line for a list of words and for a requirement, so the file reads entry by entry and a diff shows the change.
  const flat = (node: unknown): boolean => isScalar(node) || (isSeq(node) && node.items.every(flat));
  visit(doc, {
    Seq: (_key, node, path) => {
      // Held wording stays a sentence a line, so a review's diff reads like the page.
      const held = path.some((n) => isPair(n) && isScalar(n.key) && n.key.value === 'wording');
      if (!held && node.items.every(flat)) node.flow = true;
    },
    Pair: (_key, pair) => {
      // A review recorded, a line each, as reviewHistory lists them.
      if (isScalar(pair.key) && pair.key.value === 'history' && isSeq(pair.value)) for (const entry of pair.value.items) if (isMap(entry)) entry.flow = true;
      if (isScalar(pair.key) && ['review', 'requires', 'lists', 'items', 'measures', 'carriedBy'].includes(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
    },
  });
  return `# The claims register and completeness list beside it, as the review below approved them.\n# Written by \`npm run approve -- ${slug}\` after a review; never edit it by hand (docs/writing-a-monograph.md, step 8).\n${doc.toString({ lineWidth: 0 })}`;
}

/** Reads `<slug>.approved.yaml`; a missing file is undefined, a broken one a problem. */
export function readApprovedState(markdownFile: string): { approved?: ApprovalInput['approved']; problems: Problem[] } {
  const absolute = approvedFileOf(markdownFile);
  const file = path.relative(process.cwd(), absolute);
  if (!fs.existsSync(absolute)) return { problems: [] };
  const read = readTextFile(absolute);
  if (!read.ok) return { problems: [{ file, field: 'approved state', line: read.line, message: read.message }] };
  return parseApprovedState(read.text, file);
}

/** An approved state's text (from its file, or from git), read and checked: a broken one, or one edited by hand, is a problem. */
export function parseApprovedState(text: string, file: string): { approved?: ApprovalInput['approved']; problems: Problem[] } {
  const yaml = readYaml(text);
  if (yaml.problems.length) return { problems: yaml.problems.map((p) => ({ file, field: 'approved state', ...p })) };
  const parsed = approvedStateSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => ({ file, ...describeIssue(issue, yaml.data, yaml.lineOf) })) };
  if (parsed.data.checksum !== approvedChecksum(yaml.data as object)) {
    return { problems: [{ file, field: 'checksum', line: yaml.lineOf(['checksum']) ?? 1, message: 'does not match the file: it was edited by hand. Restore it (git checkout -- the file); only npm run approve writes it, after a review' }] };
  }
  return { approved: { state: parsed.data, file, lineOf: yaml.lineOf }, problems: [] };
}

/**
 * The approval problems of one monograph: each lowering that no review newer than the approved
 * state names in `lowers`, and a missing or unknown approved state.
 */
export function approvalProblems(input: ApprovalInput, { approving = false } = {}): Problem[] {
  // `approving`: about to be written, so a missing state is no problem.
  const approved = input.approved;
  const approvedFile = approvedFileOf(input.pageFile);
  if (!approved) {
    if (approving) return [];
    return [{ file: approvedFile, field: 'approved state', message: `is missing, so nothing holds the register and the completeness list to what a review approved: restore it (git checkout -- ${approvedFile}); a page never approved gets one from npm run approve -- ${input.slug} after its first review` }];
  }
  const reviewed = approved.state.review;
  const at = input.reviewHistory.findIndex((r) => r.date === reviewed.date && r.change === reviewed.change);
  if (at < 0) {
    return [{ file: approved.file, field: 'review', line: approved.lineOf(['review']), message: `names a review (${reviewed.date}: "${reviewed.change}") that is not in reviewHistory of ${input.pageFile}: a review, once recorded, stays; put it back` }];
  }
  // Only a review recorded since the approved state may lower what it approved.
  const since = input.reviewHistory.slice(0, at);
  const named = new Set(since.flatMap((r) => r.lowers ?? []).map(normal));
  const approves = new Set(since.flatMap((r) => r.approves ?? []).map(approvalName));
  const record = recordProblems(input, approved, at, { newerReview: since.length > 0, approves });
  const lowered = lowerings(input, approved)
    .filter((l) => !named.has(normal(l.name)))
    .map((l) => ({
      ...l.problem,
      message: `${l.what}. Only a clinical review may lower a requirement: it records the decision as a new reviewHistory entry of ${input.pageFile} with lowers: ["${l.name}"], then npm run approve -- ${input.slug}`,
    }));
  // A state approved before wording was held has none to compare: the next `npm run approve` records it.
  // Nor the evidence one approved before the evidence was held (it came with `history`).
  const wording = approved.state.history ? input.wording : input.wording.filter((part) => part.key !== 'evidence');
  const reworded = (approved.state.wording ? wordingChanges({ held: approved.state.wording, free: approved.state.wordingFree ?? [] }, wording, input.speaksOfSafety) : [])
    // A change is approved by its words, by its part's key, or by the key of the part that holds it (`card` for `card/takeHome.card.faces.1.items`).
    .filter((c) => ![c.name, c.part, c.part.split('/')[0]].some((name) => approves.has(approvalName(name))))
    .map((c) => ({
      file: c.at.file ?? (c.at.field.startsWith('wording.') ? approved.file : input.pageFile),
      field: c.at.field,
      ...(c.at.line ? { line: c.at.line } : c.at.field.startsWith('wording.') ? { line: approved.lineOf(['wording', c.part]) } : {}),
      message: `${c.what}, since the review of ${reviewed.date}: the wording of this part changes only when a reviewer has read the change. Undo it, or the reviewer adds a reviewHistory entry to ${input.pageFile} with approves: ["${changeName(c.name)}"] and runs npm run approve -- ${input.slug}`,
    }));
  return [...record, ...lowered, ...reworded];
}

/**
 * What only a review changes besides the page's words: the reviews already recorded (each stays as
 * it was), the next review's date (only a newer review sets it later), and whether the page is on
 * the site (only a review takes it off).
 */
function recordProblems(input: ApprovalInput, approved: NonNullable<ApprovalInput['approved']>, at: number, since: { newerReview: boolean; approves: ReadonlySet<string> }): Problem[] {
  const { state } = approved;
  const problems: Problem[] = [];
  const same = (a: ReviewEntry, b: ReviewEntry) => JSON.stringify([a.date, a.change, a.lowers ?? [], a.approves ?? []]) === JSON.stringify([b.date, b.change, b.lowers ?? [], b.approves ?? []]);
  const recorded = state.history ?? [];
  const now = input.reviewHistory.slice(at);
  const changed = recorded.findIndex((r, i) => !now[i] || !same(r, now[i]));
  if (changed >= 0 || (recorded.length > 0 && now.length > recorded.length)) {
    const index = changed >= 0 ? changed : recorded.length;
    const was = recorded[index];
    problems.push({
      file: input.pageFile,
      field: `reviewHistory.${at + index}`,
      line: input.pageLineOf(['reviewHistory', Math.min(at + index, input.reviewHistory.length - 1)]),
      message: was
        ? `the review of ${was.date} ("${was.change}") was changed or taken out since the review of ${state.review.date}: a review, once recorded, stays as it was; put it back as it was (git diff shows it)`
        : `a review of ${now[index].date} stands below the review of ${state.review.date}, which was the newest when approved: a new review goes at the top of reviewHistory`,
    });
  }
  if (state.nextReview && input.nextReview > state.nextReview && !since.newerReview) {
    problems.push({ file: input.pageFile, field: 'nextReview', line: input.pageLineOf(['nextReview']), message: `was ${state.nextReview}, set by the review of ${state.review.date}: only a newer review sets the next one later. Put it back, or record the review in reviewHistory and run npm run approve -- ${input.slug}` });
  }
  if (state.published && input.draft && !since.approves.has(approvalName(offTheSite))) {
    problems.push({ file: input.pageFile, field: 'draft', line: input.pageLineOf(['draft']), message: `is true, which takes the page off the site, and the review of ${state.review.date} approved it for readers: only a review takes a page off the site. Undo it, or the reviewer adds a reviewHistory entry to ${input.pageFile} with approves: ["${offTheSite}"] and runs npm run approve -- ${input.slug}` });
  }
  return problems;
}

/** How a review names the decision to take a reviewed page off the site. */
export const offTheSite = 'taken off the site';

interface PageForApproval {
  /** The page's file, absolute and as messages name it. */
  absolute: string;
  pageFile: string;
  slug: string;
  /** A draft is never published: it needs no approved state until it is. */
  draft: boolean;
  reviewHistory: readonly ReviewEntry[];
  nextReview: string;
  questionsSection?: string;
  register: RegisterFile;
  /** The parts each register entry stands in (lib/claims/claims.ts). */
  partsOf: ClaimPart[][];
  requirements: { file: string; entries: RequirementEntry[]; lineOf: FieldLocator };
  /** Where a reader meets the page's text (lib/claims/requirements.ts): the summary's sentences and the lists of signs come from here. */
  places: Place[];
  blanks: ApprovalInput['blanks'];
  carried: ApprovalInput['carried'];
  pageLineOf: FieldLocator;
  /** Every part of the page (lib/rules/page-rules.ts, claimParts) and its names and sources (labelsPart): their wording is held. */
  parts: ClaimPart[];
}

/**
 * The approval check of one monograph, from what the loader already has: each register entry's
 * parts by key (a part's id, `card`, and `summary` when the two-page summary shows the sentence),
 * compared with `<slug>.approved.yaml`. Returns the problems and the state `npm run approve` writes.
 * A page with neither a register nor a completeness list has nothing to approve.
 */
export function checkApproval(page: PageForApproval, { approving = false } = {}): { problems: Problem[]; state?: ApprovedState } {
  if (!fs.existsSync(claimsFileOf(page.absolute)) && !fs.existsSync(requirementsFileOf(page.absolute))) return { problems: [] };
  const read = readApprovedState(page.absolute);
  if (read.problems.length) return { problems: read.problems };
  const summary = page.places.find((p) => p.place === 'summary')?.parts ?? [];
  // Which entries the summary shows: word for word, or reworded, as the claims check pairs a changed sentence with the entry most like it.
  const keys = new Map(page.register.entries.map((entry, index) => [normal(entry.says), index]));
  const shown = new Set<number>();
  for (const sentence of summary.flatMap((part) => part.blocks.flatMap((b) => sentencesOf(b.text)))) {
    const index = keys.get(normal(sentence)) ?? rewordedEntry(sentence, page.register.entries);
    if (index !== undefined) shown.add(index);
  }
  const names = new Map(page.partsOf.flat().map((part) => [partKey(part), part.id !== undefined && part.id === page.questionsSection ? `the questions page ("${part.title}")` : part.name]));
  names.set('summary', 'the two-page summary');
  const claims: CurrentClaim[] = page.register.entries.map((entry, index) => ({
    entry,
    index,
    line: page.register.lineOf([index, 'says']),
    in: [...new Set([...page.partsOf[index].map(partKey), ...(shown.has(index) ? ['summary'] : [])])],
  }));
  const signLists = new Map(
    page.requirements.entries.flatMap((r) => {
      if (!r.signs) return [];
      const lists: Record<string, number> = {};
      const items: Record<string, number> = {};
      for (const place of page.places) {
        const headed = place.parts.flatMap((part) => part.lists.filter((list) => isSignList(list, r.signs!)).map((list) => ({ part, list })));
        if (headed.length) lists[place.place] = headed.length;
        // Each line by where it stands (place | part | line): a line weakened in one list is not made up for by a copy in another.
        for (const { part, list } of headed) {
          for (const item of new Set(list.items)) {
            const key = `${place.place}|${partKey(part)}|${item}`;
            items[key] = (items[key] ?? 0) + 1;
          }
        }
      }
      return [[r.id, { lists, items }] as const];
    }),
  );
  // Each measure the reader meets, counted once per place that is not made of other places (the summary is).
  const measures: Record<string, number> = {};
  for (const place of page.places.filter((p) => p.place !== 'summary')) {
    for (const block of place.parts.flatMap((part) => part.blocks)) {
      for (const q of quantities(block.text)) measures[q] = (measures[q] ?? 0) + 1;
    }
  }
  // The page's own signs and words speak of safety too.
  const speaksOfSafety = safetyTest(page.requirements.entries.flatMap((r) => [...(r.signs?.each.flat() ?? []), ...(r.sentence?.mentions.flat() ?? [])].map(String)));
  const input: ApprovalInput = {
    wording: [...wordingParts(page.parts), evidencePart(page.register, page.requirements)],
    speaksOfSafety,
    measures,
    signLists,
    blanks: page.blanks,
    carried: page.carried,
    pageLineOf: page.pageLineOf,
    pageFile: page.pageFile,
    slug: page.slug,
    claims,
    registerFile: page.register.file,
    requirements: page.requirements.entries,
    requirementsFile: page.requirements.file,
    requirementLine: (index) => page.requirements.lineOf([index, 'id']),
    reviewHistory: page.reviewHistory,
    nextReview: page.nextReview,
    draft: page.draft,
    partName: (key) => names.get(key) ?? `the part "${key}"`,
    approved: read.approved,
  };
  return { problems: approvalProblems(input, { approving: approving || page.draft }), state: currentState(input) };
}
