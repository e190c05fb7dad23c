import { lower, weaknesses } from './claim-strength';
import { escape } from './meaning';
import type { FieldLocator } from '../text/front-matter';
import type { ClaimPart, PageBody, Problem, RequirementView } from '../model/model';
import type { RequiredPlace, RequirementEntry } from '../model/requirements-schema';
import { urgentCardId } from '../site/page-anchors';
import { bodyText } from '../rules/page-rules';
import type { MedicationFacts } from '../model/schema';
import { sentencesOf } from '../text/sentences';
import { summaryParts } from '../pages/take-home';

/**
 * Completeness, checked from the source's side: each entry of a monograph's requirements list
 * (`<slug>.requirements.yaml`, lib/model/requirements-schema.ts) must be carried, at its strength, in
 * every place it must stand: the monograph always, and the summary, the wallet card or the
 * questions page where the entry says so. The claims register (lib/claims/claims.ts) checks the page's
 * sentences against their sources; this checks that the sources' facts are on the page at all.
 *
 * - A **list of signs** is carried where the place has at least one list whose lead-in names it
 *   ("Signs of withdrawal:") and every such list holds every sign.
 * - A **sentence** is carried where a paragraph or list item of the place uses every word it
 *   mentions and one of its sentences has nothing less than the entry requires (the register's
 *   scales: where to go, how soon, how strong, how certain, its conditions).
 */

/** A block of text; `sentences` where its units are not its sentences (a card panel's lines). */
type ReaderBlock = ClaimPart['blocks'][number] & { sentences?: string[] };
type ReaderPart = Omit<ClaimPart, 'blocks'> & { blocks: ReaderBlock[] };

export interface Place {
  place: RequiredPlace;
  /** How a writer knows it, in messages. */
  name: string;
  parts: ReaderPart[];
}

/** What a writer does when a place lacks a requirement: never "lower the requirement". */
const remedy: Record<RequiredPlace, string> = {
  monograph: 'say it on the page, as strongly as the source',
  summary: 'the summary shows the urgent boxes and the parts named in takeHome.summary: name the part of the page that says it',
  card: 'add the page\'s line that says it to a face of takeHome.card (a new face if it does not fit)',
  questions: 'say it in the answer, or the answer\'s safety part, as strongly as the source',
};

/** The places a reader meets the monograph's text, each as the parts it shows. */
export function readerPlaces(facts: MedicationFacts, body: PageBody, parts: ClaimPart[], lineOf: FieldLocator): Place[] {
  // The wallet card is the one part with no id on the monograph (lib/rules/page-rules.ts, claimParts).
  const card = parts.find((part) => part.id === undefined);
  const questions = parts.find((part) => part.id !== undefined && part.id === facts.questionsSection);
  const monograph = parts.filter((part) => part !== card && part !== questions);
  const urgentIds = facts.urgentCards.map((_, index) => urgentCardId(index));
  const urgent = parts.filter((part) => part.id !== undefined && urgentIds.includes(part.id));
  const summaryLine = { text: facts.summary, field: 'summary', line: lineOf(['summary']) };
  const picked = summaryParts(facts, body.sections).map((part) => ({
    name: `part "${part.title}"`,
    title: part.title,
    id: part.id,
    citations: [],
    ...bodyText(part.nodes, body.startLine),
  }));
  // The card is read a panel at a time: a face's title and signs are the context of its actions.
  const cardPart = card && facts.takeHome.card
    ? {
        ...card,
        blocks: [
          card.blocks[0],
          ...facts.takeHome.card.faces.map((face, f): ReaderBlock => ({ text: [face.title, ...face.items, ...face.action].join('\n'), sentences: [...face.items, ...face.action].flatMap(sentencesOf), field: `takeHome.card.faces.${f}` })),
        ],
      }
    : undefined;
  return [
    { place: 'monograph', name: 'the monograph', parts: monograph },
    { place: 'summary', name: 'the two-page summary', parts: [{ name: 'its summary line', title: 'Summary', citations: [], blocks: [summaryLine], lists: [] }, ...urgent, ...picked] },
    ...(cardPart ? [{ place: 'card' as const, name: 'the wallet card', parts: [cardPart] }] : []),
    ...(questions ? [{ place: 'questions' as const, name: 'the questions page', parts: [questions] }] : []),
  ];
}

/** Whether `text` uses one of the wordings at the start of a word ("seizure" finds "seizures"), in any case. */
export const uses = (text: string, wordings: readonly string[]) => withEqual(wordings).some((w) => new RegExp(`(?<![a-z0-9])${escape(lower(w))}`).test(lower(text)));

/** Wordings a US, UK or European edition writes for the same thing: "911" is met by "999" or "an ambulance". */
const equal = [['911', '999', '112', 'emergency number', 'ambulance']];
const withEqual = (wordings: readonly string[]) => [...new Set(wordings.flatMap((w) => equal.find((group) => group.includes(lower(w))) ?? [w]))];

/**
 * Whether a list is a list of these signs: its lead-in names them, or it is made of them (two
 * or more lines, every one a sign), so a partial list cannot hide under any lead-in.
 */
export function isSignList(list: { label: string; items: string[] }, signs: { listedAs: string; each: readonly (readonly string[])[] }): boolean {
  if (namesList(list.label, signs.listedAs)) return true;
  return list.items.length >= 2 && list.items.every((item) => signs.each.some((sign) => uses(item, sign)));
}

/**
 * Whether a list's lead-in names the list: it says `listedAs` ("signs of withdrawal"), or every
 * word of it in another order ("The withdrawal warning signs to look out for are:"), so a list
 * cannot leave the check by a reworded lead-in.
 */
export function namesList(label: string, listedAs: string): boolean {
  if (uses(label, [listedAs])) return true;
  const words = lower(listedAs).split(/[^a-z0-9-]+/).filter((w) => w.length > 3).map((w) => w.replace(/s$/, ''));
  return words.length > 0 && words.every((w) => uses(label, [w]));
}
const quoted = (wordings: readonly string[]) => wordings.map((w) => `"${w}"`).join(' or ');

interface Found {
  /** The parts that carry it, by title and id (for the evidence page). */
  parts: Pick<ClaimPart, 'title' | 'id'>[];
  /** Why the place does not carry it, for the message (empty: it does). */
  lacks: string[];
  /** How many paragraphs, list items or card panels there carry it (a sentence requirement). */
  blocks?: number;
}

function findSigns(entry: RequirementEntry, place: Place): Found {
  const signs = entry.signs!;
  // Every list of these signs must be whole; at least one must say what they are signs of (a card read in an emergency needs the name).
  const lists = place.parts.flatMap((part) => part.lists.filter((list) => isSignList(list, signs)).map((list) => ({ part, list })));
  const lacks: string[] = [];
  if (!lists.some(({ list }) => namesList(list.label, signs.listedAs))) lacks.push(`it has no list headed "${signs.listedAs}": list every sign there, under a lead-in that says "${signs.listedAs}"`);
  for (const { part, list } of lists) {
    const missing = signs.each.filter((sign) => !list.items.some((item) => uses(item, sign)));
    if (missing.length) lacks.push(`the list "${list.label}" in ${part.name} (${list.field}) lacks ${missing.map(quoted).join(', ')}: every sign the source lists goes on every list of them`);
  }
  return { parts: lacks.length ? [] : dedupe(lists.map(({ part }) => part)), lacks };
}

function findSentence(entry: RequirementEntry, place: Place): Found {
  const { mentions, requires } = entry.sentence!;
  const carrying: ReaderPart[] = [];
  let blocks = 0;
  let nearest: { sentence: string; field: string; lacks: string[] } | undefined;
  for (const part of place.parts) {
    for (const block of part.blocks) {
      if (!mentions.every((wordings) => uses(block.text, wordings))) continue;
      let carries = false;
      for (const sentence of block.sentences ?? sentencesOf(block.text)) {
        const lacks = weaknesses(sentence, requires);
        if (!lacks.length) carries = true;
        else if (!nearest || lacks.length < nearest.lacks.length) nearest = { sentence, field: block.field, lacks };
      }
      if (carries) {
        carrying.push(part);
        blocks++;
      }
    }
  }
  if (carrying.length) return { parts: dedupe(carrying), lacks: [], blocks };
  const words = mentions.map(quoted).join(' and ');
  return {
    parts: [],
    lacks: [nearest ? `the nearest sentence, "${nearest.sentence}" (${nearest.field}), says less: ${nearest.lacks.join('; ')}` : `no paragraph or list item there says ${words}`],
  };
}

const dedupe = (parts: ReaderPart[]) => [...new Set(parts)].map(({ title, id }) => ({ title, id }));

/**
 * Checks every requirement in every place it must stand. Returns the problems (in the
 * requirements file, naming the requirement and the place) and the list as the evidence page shows it.
 */
export function checkRequirements(entries: readonly RequirementEntry[], places: Place[], sourceIds: readonly string[], file: string, lineOf: FieldLocator, pageFile: string): { problems: Problem[]; requirements: RequirementView[]; carried: Map<string, Record<string, number>> } {
  const problems: Problem[] = [];
  // For the approval check: how many blocks of each place carry each sentence requirement.
  const carried = new Map<string, Record<string, number>>();
  const requirements: RequirementView[] = entries.map((entry, index) => {
    for (const id of Object.keys(entry.from).filter((id) => !sourceIds.includes(id))) {
      problems.push({ file, field: `${index}.from.${id}`, line: lineOf([index, 'from', id]), message: `"${id}" is not the id of a source in ${pageFile} (${sourceIds.join(', ')})` });
    }
    const wanted: RequiredPlace[] = ['monograph', ...entry.alsoOn];
    const where: RequirementView['places'] = [];
    for (const name of wanted) {
      const place = places.find((p) => p.place === name);
      if (!place) {
        problems.push({ file, field: `${index}.alsoOn`, line: lineOf([index, 'alsoOn']), message: `"${entry.id}" must stand on the ${name} page, but ${pageFile} has none: give the page one, or say why not in a review` });
        continue;
      }
      const found = entry.signs ? findSigns(entry, place) : findSentence(entry, place);
      for (const lack of found.lacks) {
        problems.push({ file, field: `${index} (${entry.id})`, line: lineOf([index, 'id']), message: `${place.name} does not carry "${entry.tells}": ${lack}. To fix: ${remedy[name]}` });
      }
      where.push({ place: name, parts: found.parts });
      if (found.blocks) carried.set(entry.id, { ...carried.get(entry.id), [name]: found.blocks });
    }
    return { id: entry.id, tells: entry.tells, from: entry.from, note: entry.note, signs: entry.signs?.each.map((s) => s[0]), places: where };
  });
  return { problems, requirements, carried };
}
