import { sentenceKey } from './claim-strength';
import { likeness } from './claims';
import { strengthScales, type Requirement } from '../model/claims-schema';
import type { ApprovedStateRead } from '../model/approval-schema';
import type { Problem } from '../text/problems';
import { quantities } from './meaning';
import type { ApprovalInput, CurrentClaim } from './approval';

/**
 * What changed for the worse since the approved state (lib/claims/approval.ts reads it and says
 * which changes a review named): each comparison of the register, the completeness list and the
 * page with what the last review approved.
 */

/** A sentence or wording as the check compares it (case, quotes and spacing aside). */
export const normal = (text: string | number) => sentenceKey(String(text));
const group = (wordings: readonly (string | number)[]) => wordings.map(normal).sort();

/** What `current` no longer asks for of `approved`, one phrase each (empty: as strong or stronger). */
export function loweredRequirement(approved: Requirement, current: Requirement): string[] {
  const lost: string[] = [];
  const rank = <T extends string>(scale: readonly T[], level?: T) => (level === undefined ? Infinity : scale.indexOf(level));
  // Each place sent to is met by a place of its own, as strong or stronger: strongest with strongest ("hospital, hospital" does not meet "doctor, hospital").
  const byStrength = (places: readonly (typeof strengthScales.go)[number][]) => [...new Set(places)].sort((a, b) => rank(strengthScales.go, a) - rank(strengthScales.go, b));
  const haveGo = byStrength(current.go ?? []);
  byStrength(approved.go ?? []).forEach((place, i) => {
    if (!(rank(strengthScales.go, haveGo[i]) <= rank(strengthScales.go, place))) lost.push(`it no longer sends the reader to ${place}`);
  });
  if (approved.when && rank(strengthScales.when, current.when) > rank(strengthScales.when, approved.when)) lost.push(`"when: ${approved.when}" became ${current.when ? `"${current.when}"` : 'nothing'}`);
  if (approved.force) {
    const families = [['do-not', 'avoid', 'take-care'], ['always', 'should', 'may']] as const;
    const family = families.find((f) => (f as readonly string[]).includes(approved.force!))! as readonly string[];
    if (!current.force || !family.includes(current.force) || family.indexOf(current.force) > family.indexOf(approved.force)) lost.push(`"force: ${approved.force}" became ${current.force ? `"${current.force}"` : 'nothing'}`);
  }
  if (approved.certainty && approved.certainty !== current.certainty) lost.push(`"certainty: ${approved.certainty}" became ${current.certainty ? `"${current.certainty}"` : 'nothing'}`);
  // A "may" where there was none asks nothing of the page, but tells a reviewer the source allows no more.
  if (!approved.force && current.force === 'may') lost.push('"force: may" was added: it says the source asks no more than "may"');
  if (!approved.certainty && current.certainty === 'may') lost.push('"certainty: may" was added: it says the source is no surer than "may"');
  const kept = new Set(current.conditions.map(normal));
  for (const condition of approved.conditions) if (!kept.has(normal(condition))) lost.push(`the condition "${condition}" was dropped`);
  return lost;
}

/** Each approved group of wordings that no current group keeps (a group may narrow, never widen or go). */
function lostGroups(approved: readonly (readonly (string | number)[])[] = [], current: readonly (readonly (string | number)[])[] = []): string[] {
  const now = current.map(group);
  return approved.filter((g) => !now.some((c) => c.every((w) => group(g).includes(w)))).map((g) => String(g[0]));
}

export interface Lowering {
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
export function lowerings(input: ApprovalInput, approved: NonNullable<ApprovalInput['approved']>): Lowering[] {
  const found: Lowering[] = [];
  const { state, file, lineOf } = approved;
  const pairs = pairClaims(state.claims, input.claims);
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
      ...fewer(renamedKeys(a.items, input.signLists.get(c.id)?.items, renamedTo), input.signLists.get(c.id)?.items).map(([key, was, is]) => {
        const [place, part, line] = key.split('|');
        return `the line "${line}" stood word for word on ${was} list${was === 1 ? '' : 's'} of ${input.partName(part)} (${place}) and now on ${is}: a sign reworded, qualified ("very", "over …") or taken off is a changed sign`;
      }),
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
const riskyWords = new Set(['unless', 'except', 'instead', 'rather', 'suggests', 'suggest', 'seems', 'appears', 'might', 'could', 'perhaps', 'possibly', 'maybe', 'usually', 'sometimes', 'during', 'if', 'until', 'only', 'whether', 'later', 'email', 'text', 'message', 'consider', 'try', 'no', 'need', 'seldom', 'rarely', 'hardly', 'when', 'after', 'cannot', "can't", 'even', 'alternatively', 'other', 'optional', 'choice']);
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

/**
 * Approved counts keyed `place|part|line`, with each renamed part under its new key: a section
 * renamed (as the register's sentences show), or, in a place, the one part that is new where
 * one has gone (a summary's picked heading reworded).
 */
function renamedKeys(approved: Record<string, number> = {}, now: Record<string, number> = {}, renamedTo: Map<string, string>): Record<string, number> {
  const partsOf = (counts: Record<string, number>, place: string) => new Set(Object.keys(counts).filter((k) => k.startsWith(`${place}|`)).map((k) => k.split('|')[1]));
  return Object.fromEntries(Object.entries(approved).map(([key, n]) => {
    const [place, part, ...line] = key.split('|');
    const [was, is] = [partsOf(approved, place), partsOf(now, place)];
    const gone = [...was].filter((p) => !is.has(p));
    const added = [...is].filter((p) => !was.has(p));
    const moved = renamedTo.get(part) ?? (gone.length === 1 && gone[0] === part && added.length === 1 ? added[0] : part);
    return [[place, moved, ...line].join('|'), n];
  }));
}

/** Each key whose count went down: [key, approved count, count now]. */
const fewer = (approved: Record<string, number> = {}, now: Record<string, number> = {}) =>
  Object.entries(approved).flatMap(([key, was]) => ((now[key] ?? 0) < was ? [[key, was, now[key] ?? 0] as const] : []));
