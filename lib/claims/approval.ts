import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { sentenceKey } from './claim-strength';
import { likeness, sameSentence } from './claims';
import { strengthScales, type ClaimEntry, type Requirement } from '../model/claims-schema';
import type { RequirementEntry } from '../model/requirements-schema';
import { approvedStateSchema, type ApprovedState, type ApprovedStateRead } from '../model/approval-schema';
import type { ReviewEntry } from '../model/schema';
import { readTextFile } from '../text/content-files';
import { sentencesOf } from '../text/sentences';
import type { ClaimPart, RegisterFile } from '../model/model';
import { claimsFileOf, requirementsFileOf } from './claims-register';
import { namesList, type Place } from './requirements';
import { quantities } from './meaning';
import { readYaml, type FieldLocator } from '../text/yaml-text';
import { describeIssue, type Problem } from '../text/problems';

/**
 * A requirement is never lowered silently. `<slug>.approved.yaml` holds the claims register and
 * the completeness list as the last review approved them (written by `npm run approve`); the
 * build compares the files with it and stops on every lowering that no newer review names in
 * its `lowers`: an entry removed, a weaker `requires` (a place, a time, a force, a certainty, a
 * condition), a registered sentence gone from a part where it stood (an urgent box, a section,
 * the card, the summary, the questions page), a place dropped from `alsoOn`, a sign or a word
 * taken off a requirement. A sentence reworded to meet its unchanged requirement is no lowering,
 * so honest edits need no review; adding is never one.
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
  /** The approved state (from the file): undefined when there is none. */
  approved?: { state: ApprovedStateRead; file: string; lineOf: FieldLocator };
}

const normal = (text: string | number) => sentenceKey(String(text));
const group = (wordings: readonly (string | number)[]) => wordings.map(normal).sort();

/** The state `npm run approve` writes: the register and the list as they are, stamped with the newest review. */
export function currentState(input: Pick<ApprovalInput, 'claims' | 'requirements' | 'reviewHistory' | 'signLists' | 'blanks' | 'measures' | 'carried'>): ApprovedState {
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
  };
}

/** The approved state as `npm run approve` writes it, with a note for whoever opens the file. */
/** The digest an approved state carries of the rest of itself: a hand edit no longer matches it. */
export const approvedChecksum = (data: object) =>
  createHash('sha256').update(JSON.stringify(Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'checksum')))).digest('hex').slice(0, 16);

export function formatApprovedState(state: ApprovedState, slug: string): string {
  const doc = new Document({ ...state, checksum: approvedChecksum(state) });
  // One line for a list of words and for a requirement, so the file reads entry by entry and a diff shows the change.
  const flat = (node: unknown): boolean => isScalar(node) || (isSeq(node) && node.items.every(flat));
  visit(doc, {
    Seq: (_key, node) => {
      if (node.items.every(flat)) node.flow = true;
    },
    Pair: (_key, pair) => {
      if (isScalar(pair.key) && ['review', 'requires', 'lists', 'items', 'measures', 'carriedBy'].includes(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
    },
  });
  return `# The claims register and completeness list beside it, as the review below approved them.\n# Written by \`npm run approve -- ${slug}\` after a review; never edit it by hand (docs/writing-a-monograph.md, step 8).\n${doc.toString({ lineWidth: 0 })}`;
}

/** Reads `<slug>.approved.yaml`; a missing file is undefined, a broken one a problem. */
export function readApprovedState(markdownFile: string): { approved?: ApprovalInput['approved']; problems: Problem[]; exists: boolean } {
  const absolute = approvedFileOf(markdownFile);
  const file = path.relative(process.cwd(), absolute);
  if (!fs.existsSync(absolute)) return { problems: [], exists: false };
  const read = readTextFile(absolute);
  if (!read.ok) return { problems: [{ file, field: 'approved state', line: read.line, message: read.message }], exists: true };
  const yaml = readYaml(read.text);
  if (yaml.problems.length) return { problems: yaml.problems.map((p) => ({ file, field: 'approved state', ...p })), exists: true };
  const parsed = approvedStateSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => ({ file, ...describeIssue(issue, yaml.data, yaml.lineOf) })), exists: true };
  if (parsed.data.checksum !== approvedChecksum(yaml.data as object)) {
    return { problems: [{ file, field: 'checksum', line: yaml.lineOf(['checksum']) ?? 1, message: 'does not match the file: it was edited by hand. Restore it (git checkout -- the file); only npm run approve writes it, after a review' }], exists: true };
  }
  return { approved: { state: parsed.data, file, lineOf: yaml.lineOf }, problems: [], exists: true };
}

/** What `current` no longer asks for of `approved`, one phrase each (empty: as strong or stronger). */
export function loweredRequirement(approved: Requirement, current: Requirement): string[] {
  const lost: string[] = [];
  const rank = <T extends string>(scale: readonly T[], level?: T) => (level === undefined ? Infinity : scale.indexOf(level));
  const wantGo = approved.go ?? [];
  const haveGo = current.go ?? [];
  for (const place of wantGo) {
    if (!haveGo.some((g) => rank(strengthScales.go, g) <= rank(strengthScales.go, place)) || haveGo.length < wantGo.length) lost.push(`it no longer sends the reader to ${place}`);
  }
  if (approved.when && rank(strengthScales.when, current.when) > rank(strengthScales.when, approved.when)) lost.push(`"when: ${approved.when}" became ${current.when ? `"${current.when}"` : 'nothing'}`);
  if (approved.force) {
    const families = [['do-not', 'avoid', 'take-care'], ['always', 'should', 'may']] as const;
    const family = families.find((f) => (f as readonly string[]).includes(approved.force!))! as readonly string[];
    if (!current.force || !family.includes(current.force) || family.indexOf(current.force) > family.indexOf(approved.force)) lost.push(`"force: ${approved.force}" became ${current.force ? `"${current.force}"` : 'nothing'}`);
  }
  if (approved.certainty && approved.certainty !== current.certainty) lost.push(`"certainty: ${approved.certainty}" became ${current.certainty ? `"${current.certainty}"` : 'nothing'}`);
  const kept = new Set(current.conditions.map(normal));
  for (const condition of approved.conditions) if (!kept.has(normal(condition))) lost.push(`the condition "${condition}" was dropped`);
  return lost;
}

/** Each approved group of wordings that no current group keeps (a group may narrow, never widen or go). */
function lostGroups(approved: readonly (readonly (string | number)[])[] = [], current: readonly (readonly (string | number)[])[] = []): string[] {
  const now = current.map(group);
  return approved.filter((g) => !now.some((c) => c.every((w) => group(g).includes(w)))).map((g) => String(g[0]));
}

interface Lowering {
  /** How a review names it in `lowers`: the approved sentence, or the requirement's id. */
  name: string;
  problem: Omit<Problem, 'message'>;
  what: string;
}

/**
 * Pairs each approved register entry with the entry it is now: the same sentence, or else one
 * with the same sources that is like it in words or asks exactly the same (a rewording).
 */
function pairClaims(approved: ApprovedStateRead['claims'], current: CurrentClaim[]): (CurrentClaim | undefined)[] {
  const taken = new Set<CurrentClaim>();
  const byKey = new Map(current.map((c) => [normal(c.entry.says), c]));
  const pairs = approved.map((a) => {
    const same = byKey.get(normal(a.says));
    if (same) taken.add(same);
    return same;
  });
  approved.forEach((a, i) => {
    if (pairs[i]) return;
    const sources = [...a.from].sort().join();
    let best: CurrentClaim | undefined;
    let bestScore = 0;
    for (const c of current) {
      if (taken.has(c) || Object.keys(c.entry.from).sort().join() !== sources) continue;
      const alike = likeness(a.says, c.entry.says);
      const score = alike + (JSON.stringify(a.requires) === JSON.stringify(c.entry.requires) ? 1 : 0);
      if ((alike > 0 || score >= 1) && score > bestScore) [best, bestScore] = [c, score];
    }
    if (best) {
      taken.add(best);
      pairs[i] = best;
    }
  });
  return pairs;
}

/** Every lowering of the register and the list since the approved state. */
function lowerings(input: ApprovalInput, approved: NonNullable<ApprovalInput['approved']>): Lowering[] {
  const found: Lowering[] = [];
  const { state, file, lineOf } = approved;
  const pairs = pairClaims(state.claims, input.claims);
  // A part that is gone from the page, for a sentence that now stands in a part that is new, was renamed (a heading reworded): the sentence moved with it.
  const renamedTo = renames(state.claims, pairs);
  state.claims.forEach((a, i) => {
    const c = pairs[i];
    if (!c) {
      found.push({ name: a.says, problem: { file, field: `claims.${i}`, line: lineOf(['claims', i]) }, what: `the register entry "${a.says}" was removed (or its sources changed) since the review of ${state.review.date} approved it: put it back in ${input.registerFile}` });
      return;
    }
    const at = { file: input.registerFile, field: `${c.index}.says`, line: c.line };
    for (const lost of loweredRequirement(a.requires, c.entry.requires)) {
      found.push({ name: a.says, problem: { ...at, field: `${c.index}.requires` }, what: `its requires is lower than the review of ${state.review.date} approved: ${lost}. Put the requirement back, and make the sentence meet it` });
    }
    for (const change of riskyChanges(a.says, c.entry.says)) {
      found.push({ name: a.says, problem: at, what: `"${c.entry.says}" ${change} since the review of ${state.review.date} approved "${a.says}". Put the words back` });
    }
    const lostNumbers = quantities(a.says).filter((q) => !quantities(c.entry.says).includes(q));
    if (lostNumbers.length) {
      found.push({ name: a.says, problem: at, what: `"${c.entry.says}" no longer says ${lostNumbers.map((q) => `"${q}"`).join(', ')}, as the review of ${state.review.date} approved it ("${a.says}"): a number or its unit changed. Put it back` });
    }
    for (const key of a.in) {
      if (c.in.includes(key) || c.in.includes(renamedTo.get(key) ?? key)) continue;
      found.push({ name: a.says, problem: at, what: `"${c.entry.says}" stood in ${input.partName(key)} when the review of ${state.review.date} approved it, and no longer does: put it back there` });
    }
  });
  state.requirements.forEach((a, i) => {
    const index = input.requirements.findIndex((r) => r.id === a.id);
    const c = input.requirements[index];
    if (!c) {
      found.push({ name: a.id, problem: { file, field: `requirements.${i}`, line: lineOf(['requirements', i]) }, what: `the requirement "${a.id}" was removed since the review of ${state.review.date} approved it: put it back in ${input.requirementsFile}` });
      return;
    }
    const at = { file: input.requirementsFile, field: `${index} (${c.id})`, line: input.requirementLine(index) };
    const lost = [
      ...a.alsoOn.filter((p) => !c.alsoOn.includes(p)).map((p) => `it no longer has to stand on the ${p}`),
      ...lostGroups(a.signs, c.signs?.each).map((s) => `the sign "${s}" was taken off it`),
      ...lostGroups(a.mentions, c.sentence?.mentions).map((w) => `the words "${w}" were taken off it`),
      ...(a.requires ? loweredRequirement(a.requires, c.sentence?.requires ?? { conditions: [] }) : []),
      ...fewer(a.carriedBy, input.carried.get(c.id)).map(([place, was, is]) => `${was} paragraph${was === 1 ? '' : 's'} or item${was === 1 ? '' : 's'} of the ${place} said it and ${is} do: one that said it no longer does`),
      ...fewer(a.lists, input.signLists.get(c.id)?.lists).map(([place, was, is]) => `the ${place} had ${was} list${was === 1 ? '' : 's'} of these signs and has ${is}: a list whose lead-in no longer names them counts as gone`),
      ...fewer(a.items, input.signLists.get(c.id)?.items).map(([line, was, is]) => `the line "${line}" stood word for word on ${was} list${was === 1 ? '' : 's'} and now on ${is}: a sign reworded or qualified ("very", "over …") is a changed sign`),
    ];
    for (const what of lost) found.push({ name: a.id, problem: at, what: `it is lower than the review of ${state.review.date} approved: ${what}. Put it back` });
  });
  for (const [measure, was, is] of fewer(state.measures, input.measures)) {
    found.push({ name: measure, problem: { file, field: `measures.${measure}`, line: lineOf(['measures', measure]) }, what: `${input.pageFile} said "${measure}" ${was} time${was === 1 ? '' : 's'} when the review of ${state.review.date} approved it, and now ${is}: a number or its unit changed on the page. Put it back` });
  }
  for (const [sheet, labels] of Object.entries(state.blanks ?? {}) as ['card' | 'summary', string[]][]) {
    for (const label of labels.filter((l) => !input.blanks[sheet].includes(l))) {
      const path = sheet === 'card' ? ['takeHome', 'card', 'blanks'] : ['takeHome', 'careTeam'];
      const field = path.join('.');
      found.push({ name: `blank: ${label}`, problem: { file: input.pageFile, field, line: input.pageLineOf(path) }, what: `the line "${label}" for the reader to fill in was taken off the ${sheet === 'card' ? 'wallet card' : 'two-page summary'} since the review of ${state.review.date} approved it: put it back in ${field}` });
    }
  }
  return found;
}

/**
 * Parts renamed since the approval (a heading reworded gives its part a new key): a key no longer
 * on the page is renamed to the new key where most of its sentences now stand, if at least half
 * of them do. A sentence moved anywhere else has left its part.
 */
function renames(approved: ApprovedStateRead['claims'], pairs: (CurrentClaim | undefined)[]): Map<string, string> {
  const now = new Set(pairs.flatMap((c) => c?.in ?? []));
  const before = new Set(approved.flatMap((c) => c.in));
  const renamed = new Map<string, string>();
  for (const gone of [...before].filter((key) => !now.has(key))) {
    const moved = approved.flatMap((a, i) => (a.in.includes(gone) ? [pairs[i]?.in ?? []] : []));
    const counts = new Map<string, number>();
    for (const key of moved.flat().filter((k) => !before.has(k))) counts.set(key, (counts.get(key) ?? 0) + 1);
    const [best, count] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [];
    if (best && count * 2 >= moved.length) renamed.set(gone, best);
  }
  return renamed;
}

/** Words that, added to an approved sentence, hedge it, narrow it, hand it off or put it off. */
const riskyWords = new Set(['unless', 'except', 'instead', 'rather', 'suggests', 'suggest', 'seems', 'appears', 'might', 'could', 'perhaps', 'possibly', 'maybe', 'usually', 'sometimes', 'during', 'if', 'until', 'only', 'whether', 'later', 'email', 'text', 'message', 'consider', 'try']);
/** Kinds of word an approved sentence keeps: one of each kind it had must stay. */
const keptKinds: [string, string[]][] = [
  ['its "not" or "never"', ['not', 'never', 'no', "don't", 'avoid']],
  ['its "always", "must" or "every"', ['always', 'must', 'every', 'never', 'all', 'any']],
  ['its "immediately" or "at once"', ['immediately', 'once', 'now']],
  ['its hospital or emergency number', ['hospital', 'emergency', '911', '999', '112', 'a&e', 'er', 'ambulance']],
];

/**
 * What a rewording of an approved sentence lost, read from the words that changed: a hedge, a
 * condition or a hand-off added ("unless", "if", "whether"), "and" turned into "or", or a kind
 * of word it had ("not", "always", "immediately", "hospital") gone. A rewording that keeps them
 * is no change a review must approve.
 */
function riskyChanges(approved: string, current: string): string[] {
  if (normal(approved) === normal(current)) return [];
  const counts = (text: string) => {
    const found = new Map<string, number>();
    for (const w of normal(text).match(/[a-z0-9&']+/g) ?? []) found.set(w, (found.get(w) ?? 0) + 1);
    return found;
  };
  const [was, now] = [counts(approved), counts(current)];
  const more = (w: string) => (now.get(w) ?? 0) > (was.get(w) ?? 0);
  const changes = [...now.keys()].filter((w) => riskyWords.has(w) && more(w)).map((w) => `added "${w}"`);
  if ((now.get('and') ?? 0) < (was.get('and') ?? 0) && more('or')) changes.push('turned "and" into "or"');
  for (const [kind, kindWords] of keptKinds) {
    if (kindWords.some((w) => was.has(w)) && !kindWords.some((w) => now.has(w))) changes.push(`lost ${kind}`);
  }
  return changes;
}

/** Each key whose count went down: [key, approved count, count now]. */
const fewer = (approved: Record<string, number> = {}, now: Record<string, number> = {}) =>
  Object.entries(approved).flatMap(([key, was]) => ((now[key] ?? 0) < was ? [[key, was, now[key] ?? 0] as const] : []));

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
  const named = new Set(input.reviewHistory.slice(0, at).flatMap((r) => r.lowers ?? []).map(normal));
  return lowerings(input, approved)
    .filter((l) => !named.has(normal(l.name)))
    .map((l) => ({
      ...l.problem,
      message: `${l.what}. Only a clinical review may lower a requirement: it records the decision as a new reviewHistory entry of ${input.pageFile} with lowers: ["${l.name}"], then npm run approve -- ${input.slug}`,
    }));
}

interface PageForApproval {
  /** The page's file, absolute and as messages name it. */
  absolute: string;
  pageFile: string;
  slug: string;
  /** A draft is never published: it needs no approved state until it is. */
  draft: boolean;
  reviewHistory: readonly ReviewEntry[];
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
    const exact = keys.get(normal(sentence));
    if (exact !== undefined) {
      shown.add(exact);
      continue;
    }
    let best = -1;
    let bestLikeness = sameSentence;
    page.register.entries.forEach((entry, index) => {
      const alike = likeness(sentence, entry.says);
      if (alike >= bestLikeness) [best, bestLikeness] = [index, alike];
    });
    if (best >= 0) shown.add(best);
  }
  const names = new Map(page.partsOf.flat().map((part) => [part.id ?? 'card', part.id !== undefined && part.id === page.questionsSection ? `the questions page ("${part.title}")` : part.name]));
  names.set('summary', 'the two-page summary');
  const claims: CurrentClaim[] = page.register.entries.map((entry, index) => ({
    entry,
    index,
    line: page.register.lineOf([index, 'says']),
    in: [...new Set([...page.partsOf[index].map((part) => part.id ?? 'card'), ...(shown.has(index) ? ['summary'] : [])])],
  }));
  const signLists = new Map(
    page.requirements.entries.flatMap((r) => {
      if (!r.signs) return [];
      const lists: Record<string, number> = {};
      const items: Record<string, number> = {};
      for (const place of page.places) {
        const headed = place.parts.flatMap((part) => part.lists.filter((list) => namesList(list.label, r.signs!.listedAs)));
        if (headed.length) lists[place.place] = headed.length;
        for (const item of headed.flatMap((list) => [...new Set(list.items)])) items[item] = (items[item] ?? 0) + 1;
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
  const input: ApprovalInput = {
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
    partName: (key) => names.get(key) ?? `the part "${key}"`,
    approved: read.approved,
  };
  return { problems: approvalProblems(input, { approving: approving || page.draft }), state: currentState(input) };
}
