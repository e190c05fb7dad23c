import { likeness } from './claims';
import { escape, read } from './meaning';
import { sentencesOf } from '../text/sentences';
import type { FieldLocator } from '../text/front-matter';
import type { ClaimPart, MedicationFacts, RegisterFile } from '../model/model';
import type { RequirementEntry } from '../model/requirements-schema';

/**
 * Held wording. Rules that read English for softening plateau: each round of fresh reviewers
 * found calm rewordings no rule knew ("are usually fine after a while", "a very high fever", a
 * warning moved to another answer). So every part of the page that speaks of safety is held word
 * for word to the text the last review approved (`wording` in `<slug>.approved.yaml`): a sentence
 * or heading reworded, added, taken out or moved, bold or a link's target changed, a part moved or
 * gone, and any part the review never read, needs a newer review that names it in `approves`.
 * What stays free:
 * - rewordings of equal strength, from a closed table: "A&E", "the ER" or "the emergency
 *   department" for "a hospital"; "999" or "112" for "911"; "phone" or "ring" for "call" (and
 *   for "contact"); "at once" for "immediately"; "Never" for "Do not" leading an instruction;
 *   number words; units and UK spellings ("metres", "anaesthesia"); a hyphen; measures given
 *   the other way round ("39°C (about 102°F)"); "do not wait" or "day or night" added;
 * - any edit of a part the review held for nothing (it spoke of no safety), while it still does not.
 * The table can only let through what it lists, so a wording it does not know costs a review,
 * never a softened sentence.
 */

/** A heading or a sentence a reader meets (bold and links marked), with where a writer finds it. */
export interface WordingUnit {
  text: string;
  field: string;
  line?: number;
  /** The file it stands in, when it is not the page (the register, the completeness list). */
  file?: string;
}

/** A part of the page as its wording is held: a part, or one `###` answer of a section. */
export interface WordingPart {
  key: string;
  name: string;
  units: WordingUnit[];
}

/** The part key of a claim part (here and in the approved state): its id, or `card` (the one part with none). */
export const partKey = (part: Pick<ClaimPart, 'id'>) => part.id ?? 'card';

/**
 * The words of the page that are no part's sentences but still tell a reader what is what: the
 * names, the glossary's terms, the device, the sources' titles and publishers.
 */
export function labelsPart(facts: MedicationFacts, lineOf: FieldLocator): ClaimPart {
  const field = (...path: (string | number)[]) => ({ field: path.join('.'), line: lineOf(path) });
  return {
    id: 'names-and-sources',
    name: 'the names, glossary terms and sources',
    title: 'Names, glossary terms and sources',
    citations: [],
    lists: [],
    blocks: [
      { text: facts.title, ...field('title') },
      { text: facts.genericName, ...field('genericName') },
      ...facts.otherBrands.map((name, i) => ({ text: name, ...field('otherBrands', i) })),
      ...facts.otherNames.map((name, i) => ({ text: name, ...field('otherNames', i) })),
      ...(facts.device ? [{ text: `${facts.device.name}, by ${facts.device.manufacturer}`, ...field('device') }] : []),
      { text: `Given: ${facts.activeIngredient}, ${facts.administrationRoute}; ${facts.prescriptionStatus === 'OTC' ? 'over the counter' : 'on prescription'}; generic ${facts.genericAvailable ? 'available' : 'not available'}`, ...field('administrationRoute') },
      ...facts.glossary.map((g, i) => ({ text: `Glossary: ${g.term}`, ...field('glossary', i, 'term') })),
      { text: `Key facts from: ${facts.keyFactsSources.join(', ')}`, ...field('keyFactsSources') },
      // What the two-page summary shows, in its order (a warning moved last, or padded out, is changed).
      { text: `Summary shows: ${facts.takeHome.summary.join(', ')}`, ...field('takeHome', 'summary') },
      // Which section is a page of its own, off the monograph (a warning section made one has left the page).
      ...(facts.questionsSection ? [{ text: `Questions page: ${facts.questionsSection}`, ...field('questionsSection') }] : []),
      { text: `${facts.prescribingInformation.title} <${facts.prescribingInformation.url}>`, ...field('prescribingInformation', 'title') },
      ...facts.sources.map((s, i) => ({ text: `Source ${s.id}: ${s.title}, ${s.publisher} <${s.url ?? ''}>`, ...field('sources', i, 'title') })),
      // The codes that bring a health record's link here (a wrong one sends another medicine's patients).
      ...facts.productCodes.map((c, i) => ({ text: `Code: <${c.system} ${c.code}> from ${c.source}`, ...field('productCodes', i, 'code') })),
      // What search engines and record systems are told the medicine is for.
      ...(facts.relevantSpecialty ? [{ text: `Specialty: ${facts.relevantSpecialty}`, ...field('relevantSpecialty') }] : []),
    ],
  };
}

/**
 * What the evidence page tells a reviewer of each safety sentence, beside the sentence itself: the
 * place in each source it rests on, the register's notes (why the page says more than a source),
 * and the completeness list's plain statement of each requirement and the lead-in its lists use.
 * A writer who rewords these changes what a reviewer believes the page rests on.
 */
export function evidencePart(register: RegisterFile, requirements: { file: string; entries: readonly RequirementEntry[]; lineOf: FieldLocator }): WordingPart {
  const units: WordingUnit[] = [];
  const add = (text: string, file: string, lineOf: FieldLocator, ...path: (string | number)[]) => units.push({ text, file, field: path.join('.'), ...(lineOf(path) ? { line: lineOf(path) } : {}) });
  register.entries.forEach((entry, i) => {
    for (const [id, where] of Object.entries(entry.from)) add(`Rests on ${id}: ${where}`, register.file, register.lineOf, i, 'from', id);
    if (entry.note) add(`Note: ${entry.note}`, register.file, register.lineOf, i, 'note');
  });
  requirements.entries.forEach((r, i) => {
    add(`Requirement ${r.id}: ${r.tells}`, requirements.file, requirements.lineOf, i, 'tells');
    for (const [id, where] of Object.entries(r.from)) add(`Requirement ${r.id} rests on ${id}: ${where}`, requirements.file, requirements.lineOf, i, 'from', id);
    if (r.signs) add(`Requirement ${r.id} lists: ${r.signs.listedAs}`, requirements.file, requirements.lineOf, i, 'signs', 'listedAs');
    if (r.note) add(`Requirement ${r.id} note: ${r.note}`, requirements.file, requirements.lineOf, i, 'note');
  });
  return { key: 'evidence', name: 'the evidence (the register and the completeness list)', units };
}

/**
 * The page's text as held parts: each part, with each `###` answer of a section a part of its
 * own (a warning moved to another answer has moved), in page order, a heading (with its level)
 * or a sentence each.
 */
export function wordingParts(parts: readonly ClaimPart[]): WordingPart[] {
  const out: WordingPart[] = [];
  for (const part of parts) {
    let current: WordingPart = { key: partKey(part), name: part.name, units: [] };
    out.push(current);
    // The sources a part names (a section's ::sources, an urgent box's sources): one it never used, added, falsifies what the advice rests on. The card's are its parts'.
    const first = part.blocks[0];
    if (part.id && part.citations.length && first) current.units.push({ text: `Sources: ${part.citations.join(', ')}`, field: first.field, ...('line' in first && first.line ? { line: first.line } : {}) });
    for (const block of part.blocks) {
      const text = block.marked ?? block.text;
      if (block.heading && block.heading.rank >= 3) {
        current = { key: `${partKey(part)}/${block.heading.id ?? block.text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name: `the answer "${block.text}" of ${part.name}`, units: [] };
        out.push(current);
      }
      // A field of the front matter is a part of its own (a card panel's items, its action; the urgent prompt): a sentence moved from one to the next has moved.
      const role = fieldRole(part, block.field);
      if (role && current.key !== `${partKey(part)}/${role}`) {
        current = { key: `${partKey(part)}/${role}`, name: `${part.name} (${role})`, units: [] };
        out.push(current);
      }
      // A line of a front-matter list is an item, as a body list's is (a sentence moved between two lines has moved).
      const lead = role && /\.\d+$/.test(block.field) ? '• ' : '';
      const texts = block.heading ? [`${'#'.repeat(block.heading.rank)} ${text}`] : blockSentences(lead + text);
      for (const unit of texts.length ? texts : [text]) current.units.push({ text: unit, field: block.field, ...('line' in block && block.line ? { line: block.line } : {}) });
    }
  }
  return out.filter((p) => p.units.length);
}

/** The front-matter field a block stands in, less a list's index (`takeHome.card.faces.1.items`); none for the body and the names and sources (each of their lines says what it is). */
const fieldRole = (part: ClaimPart, field: string) => (field.startsWith('body') || part.id === 'names-and-sources' ? undefined : field.replace(/\.\d+$/, ''));

/**
 * The sentences of a block, each with what leads the block (a quote, a list bullet): a sentence
 * after the first of a list item is still in the item ("•+"), so a warning joined onto the last
 * sign of a list has moved.
 */
function blockSentences(text: string): string[] {
  const [lead] = /^(?:(?:>|•(?:\d+|\+)?) )*/.exec(text)!;
  return markedSentences(text).map((sentence, i) => (i === 0 || !lead ? sentence : `${lead.replace(/•(?:\d+|\+)?/g, '•+')}${sentence}`));
}

/** The sentences of a marked text, each bold or emphasis closed in the sentence that opened it. */
function markedSentences(text: string): string[] {
  const out: string[] = [];
  for (let sentence of sentencesOf(text)) {
    const mark = /^(\*\*|_)\s*/.exec(sentence);
    const last = out.at(-1);
    // The splitter puts a closing "**" at the start of the next sentence.
    if (mark && last !== undefined && last.split(mark[1]).length % 2 === 0) {
      out[out.length - 1] = last + mark[1];
      sentence = sentence.slice(mark[0].length);
    }
    if (sentence) out.push(sentence);
  }
  return out;
}

/**
 * Parts held whatever they say: the urgent boxes, the card, the key facts, the glossary (each
 * definition is a part of its own, and a calm one still tells what a warning's word means), the
 * names and sources, the evidence.
 */
const alwaysHeld = /^(?:urgent-\d+|card|key-facts|glossary|names-and-sources|evidence)(?:\/|$)/;

/**
 * Words that make a sentence speak of safety (each the start of a word, or a pattern): the signs,
 * the places to go, the alarms, the instructions and their force, and the words that play them
 * down or put them off. Each requirement's signs and words are added (lib/claims/requirements.ts).
 */
const safetyWords = [
  'withdraw', 'overdos', 'underdos', 'alarm', 'beep', 'hospital', 'a&e', 'er\\b', 'emergenc', 'ambulance', '911', '999', '112',
  'fever', 'temperature', 'seizure', 'fits\\b', 'breath', 'coma\\b', 'woken', 'conscious', 'confus', 'stiff', 'rigid', 'spasm', 'floppy', 'loose', 'drows', 'dizz', 'light-?headed', 'itch', 'tingl', 'prick', 'numb', 'blood pressure', 'unwell', 'ill\\b', 'illness', 'sick',
  'sign', 'symptom', 'danger', 'serious', 'death', 'die', 'fatal', 'life-threatening', 'urgent', 'warning', 'risk', 'harm',
  'stop', 'refill', 'top-?up', 'deadline', 'infect', 'redness', 'swell', 'wound', 'cut\\b', 'cuts\\b', 'leak', 'mri', 'magnetic', 'scan', 'tesla', '\\d+ ?t\\b', 'div', 'heat', 'hot', 'warm', 'sauna', 'spa\\b', 'pool', 'bath', 'pressure', 'altitude', 'fly', 'flight',
  'dose', 'doctor', 'nurse', 'clinic', 'team', 'helpline', 'advice', 'call', 'phone', 'contact', 'tell',
  'not\\b', 'no\\b', 'need(?:s|ed)?\\b', 'never', 'avoid', 'must', 'always', 'every', 'immediately', 'at once', 'right away', 'wait', 'later', 'until', 'delay', 'unless', 'only', 'if\\b',
  'usually', 'rarely', 'seldom', 'often', 'mostly', 'most\\b', 'normal', 'fine\\b', 'safe', 'worry', 'ignore', 'skip', 'nothing', 'minor', 'mild', 'common', 'uncommon', 'expected', 'pass', 'settl', 'used to',
];

/** A test of whether a text speaks of safety (the word found), with the page's own signs and words added. */
export function safetyTest(extra: readonly string[] = []): (text: string) => string | undefined {
  const pattern = new RegExp(`(?<![a-z0-9])(?:${[...safetyWords, ...new Set(extra.map((w) => escape(w.toLowerCase())))].join('|')})|n't\\b`, 'i');
  return (text) => pattern.exec(text.replace(/[’‘]/g, "'"))?.[0];
}

/** The parts a review holds word for word: those always held, and every one that speaks of safety. */
export function heldParts(parts: readonly WordingPart[], speaksOfSafety: (text: string) => string | undefined): WordingPart[] {
  return parts.filter((p) => alwaysHeld.test(p.key) || p.units.some((u) => speaksOfSafety(u.text)));
}

// The closed table of equal wordings (the sources' scale of strength: "hospital at once / emergency number", "immediately, at once", "do not, never, must not").
const equalWordings: [RegExp, string][] = [
  // Only as a place to go ("go to A&E", "at the emergency department"): "hospital clinics" or "a hospital's team" are not "A&E clinics".
  [/(?<=\b(?:to|at) )(?:(?:(?:a|the) )?(?:hospital|a&e|emergency room|emergency department)|(?:an|the) er)\b(?! ?')/g, 'HOSPITAL'],
  // "Your local emergency number" is kept where it was: a US page's "911" alone is no help elsewhere, and "999" none in the US.
  [/\b(?:911|999|112)\b/g, 'EMERGENCY_NUMBER'],
  [/\b(?:your|the) local emergency number\b/g, 'LOCAL_EMERGENCY_NUMBER'],
  [/\b(?:call|phone|ring|telephone)\b/g, 'CALL'],
  [/\b(?:immediately|at once)\b/g, 'AT_ONCE'],
  // Only leading an instruction: "if you do not feel well" is not "if you never feel well".
  [/(^|[.:;] |\bmark_(?:bold|exclaim|question|item|item_more|aside|cell|header_cell) )(?:do not|don't|never|must not|mustn't)\b/g, '$1NEVER'],
  // UK and US spellings.
  [/\banaesth/g, 'anesth'], [/\bprogramme/g, 'program'], [/\bcolour/g, 'color'], [/\bbehaviour/g, 'behavior'], [/\bcentre/g, 'center'],
  [/\blitre/g, 'liter'], [/\bhaem/g, 'hem'], [/\bpaediatr/g, 'pediatr'], [/\boedema/g, 'edema'], [/\btumour/g, 'tumor'],
  [/\b(organ|recogn|real|minim|special|author)is(e|ed|es|ing)\b/g, '$1iz$2'],
];
/** A weaker wording that a stronger one may replace (never the other way). */
const strongerWordings: [RegExp, string][] = [[/\bcontact\b/g, 'CALL']];
/** Words a writer may add to a held sentence: they only make it more urgent. */
const addable = [/(?:[:;] )?\bNEVER wait\b(?: [:;])?/g, /\bday or night\b/g];

/** Marks a reader meets, kept as words through the reading (which drops punctuation). */
const marks: [RegExp, string | ((c: string) => string)][] = [
  [/\*\*/g, ' mark_bold '], [/(?<![a-z0-9])_|_(?![a-z0-9])/gi, ' mark_em '], [/`/g, ' mark_code '], [/\(/g, ' mark_open '], [/\)/g, ' mark_close '],
  [/\?/g, ' mark_question '], [/!/g, ' mark_exclaim '], [/["“”«»]/g, ' mark_quote '], [/~~/g, ' mark_struck '],
  // A list bullet, and each level of a quote, lead the text (lib/pages/page-text.ts).
  [/(?<=^|\s)•\+(?=\s|$)/g, ' mark_item_more '], [/(?<=^|\s)•(\d+)(?=\s|$)/g, ' mark_item_n$1 '], [/(?<=^|\s)•(?=\s|$)/g, ' mark_item '], [/(?<=^|\s)>(?=\s|$)/g, ' mark_aside '],
  // A table cell, and a header cell (lib/pages/page-text.ts).
  [/(?<=^|\s)\|(?=\s)/g, ' mark_cell '], [/(?<=^|\s)‖(?=\s)/g, ' mark_header_cell '], [/^---$/g, ' mark_rule '],
  // An invisible or direction character (written as an entity or an escape, it passes the file check) changes what a reader sees.
  [/\p{Cf}/gu, ' mark_invisible '],
  // A space HTML does not fold (non-breaking, wide), and a line break: runs of them push words apart.
  // A hyphen standing alone is a dash, and a comma after "not" or "never" cuts the instruction ("Do not, have it").
  [/(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu, ' mark_dash '], [/\b(not|never|no)\s*,/gi, '$1 mark_comma '],
  [/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' mark_space '], [/[↵\u2028\u2029]/g, ' mark_break '], [/[\t\v\f]/g, ' mark_tab '],
  // Every other mark is kept as itself ("［", "—", "․", "＂"), but a comma, a full stop, an apostrophe, a hyphen and the word signs "&" and "°".
  [/[^\p{L}\p{N}\p{M}\s.,:;'’‘\-&°_]/gu, (c: string) => ` mark_u${c.codePointAt(0)!.toString(16)} `],
];

/** A sentence as the table compares it: lower case, numbers and units in one spelling, equal wordings as one, marks and link targets kept. */
export function canonical(text: string): string {
  const targets: string[] = [];
  let plain = text.replace(/<([^>]*)>/g, (_m, target: string) => ` mark_link${targets.push(target) - 1} `).replace(/^(#+) /, (_m, level: string) => `mark_heading${level.length} `);
  for (const [pattern, as] of marks) plain = plain.replace(pattern, as as string);
  const read_ = read(plain).text.replace(/(?<=[a-z])-(?=[a-z])/g, '');
  // Words and the punctuation that ends a clause (for "Never" leading an instruction), then the equal wordings.
  // Every letter and digit of any alphabet is kept as it is ("𝗇𝗈𝗍", "𝟣90" and "ſtop" are not the words they look like), and so is a symbol ("🚫").
  let joined = (read_.match(/[\p{L}\p{N}\p{M}&°'_]+(?:\.\d+)?|[\p{So}\p{Sm}\p{Sc}]|[.:;]/gu) ?? []).map((t) => (/^\d+(?:\.\d+)?$/.test(t) ? String(Number(t)) : t)).join(' ');
  for (const [pattern, as] of equalWordings) joined = joined.replace(pattern, as);
  return joined
    // The full stop that ends the sentence; one inside it cuts an instruction in two ("Never. let it stop").
    .replace(/ \.$/, '')
    .replace(/mark_link(\d+)/g, (_m, i: string) => `<${targets[Number(i)]}>`)
    .replace(/\s+/g, ' ')
    .trim();
}

const measureToken = /^(?:\d.*|feet|meters|cm|mm|inches|atmospheres|tesla|mg|ml|°[cf])$/;

/** Whether `now` says what `was` said at least as strongly, by the table alone. */
export function equalWording(was: string, now: string): boolean {
  const [a, b] = [canonical(was), canonical(now)];
  if (a === b) return true;
  const stronger = strongerWordings.reduce((t, [pattern, as]) => t.replace(pattern, as), a);
  const added = addable.reduce((t, pattern) => (a.match(pattern) ? t : t.replace(pattern, ' ')), b).replace(/\s+/g, ' ').trim();
  if ([a, stronger].includes(added)) return true;
  // Measures given the other way round: every other word (and "about", and the brackets) where it was, only numbers and units swapped.
  const sorted = (t: string) => t.split(' ').sort().join(' ');
  const words = (t: string) => t.split(' ').filter((w) => !measureToken.test(w)).join(' ');
  return sorted(a) === sorted(b) && words(a) === words(b) && a.includes('mark_open');
}

/** A change as a message names it for `approves`: its words, without bold or what leads its line (a quote, a bullet, a cell). */
export const changeName = (name: string) => name.replace(/\*\*/g, '').replace(/^(?:(?:>|•(?:\d+|\+)?|\||‖) )+/, '');

/** How a review's `approves` is matched with a change: case and spacing aside too. */
export const approvalName = (name: string) => changeName(name).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** A change of held wording: what a review names in `approves`, where the writer finds it, what happened. */
export interface WordingChange {
  name: string;
  /** The held part's key: a review may approve all of a part's changes by it. */
  part: string;
  at: Pick<WordingUnit, 'field' | 'line' | 'file'>;
  what: string;
}

/** The wording a review approved: each held part's units, and the keys of the parts it held for nothing. */
export interface ApprovedWording {
  held: Readonly<Record<string, readonly string[]>>;
  free: readonly string[];
}

/** More changes than this in one part are said in one message, approved by the part's key. */
const perPart = 3;

/**
 * Each change of held wording since the approved state: for each held part (found by its key, or,
 * its heading renamed, by most of its sentences), each sentence reworded beyond the table, added,
 * taken out or moved; a held part moved or gone; each part no review read; and, in a part held
 * for nothing, a sentence that now speaks of safety.
 */
export function wordingChanges(approved: ApprovedWording, parts: readonly WordingPart[], speaksOfSafety: (text: string) => string | undefined): WordingChange[] {
  const changes: WordingChange[] = [];
  const byKey = new Map(parts.map((p) => [p.key, p]));
  const known = new Set([...Object.keys(approved.held), ...approved.free]);
  const taken = new Set<WordingPart>();
  const held = Object.entries(approved.held);
  for (const [key] of held) if (byKey.has(key)) taken.add(byKey.get(key)!);
  const resolved = held.map(([key, units]) => {
    const same = byKey.get(key);
    if (same) return [key, units, same] as const;
    // A heading renamed gives the part a new key: it is the new part that keeps most of its sentences.
    const keys = new Set(units.map(canonical));
    let best: WordingPart | undefined;
    let bestShared = 0;
    for (const p of parts) {
      if (taken.has(p) || known.has(p.key)) continue;
      const shared = p.units.filter((u) => keys.has(canonical(u.text))).length;
      if (shared > bestShared) [best, bestShared] = [p, shared];
    }
    if (best && bestShared * 2 >= units.length) taken.add(best);
    else best = undefined;
    return [key, units, best] as const;
  });
  for (const [key, units, part] of resolved) {
    if (!part) {
      changes.push({ name: key, part: key, at: { field: `wording.${key}` }, what: `the part "${key}" (beginning "${units[0]}") is gone from the page` });
      continue;
    }
    const found = partChanges(units, part);
    if (found.length > perPart) {
      changes.push({ name: key, part: key, at: found[0].at, what: `${found.length} sentences or headings of ${part.name} changed, the first: ${found[0].what}` });
    } else {
      changes.push(...found.map((c) => ({ ...c, part: key })));
    }
  }
  // The held parts in page order: one that now stands elsewhere has moved (a section taken to the end of the page).
  const order = resolved.flatMap(([key, , part]) => (part ? [{ key, at: parts.indexOf(part), part }] : []));
  const kept = longestRising(order.map((o) => o.at));
  order.forEach((o, i) => {
    if (!kept.has(i)) changes.push({ name: o.key, part: o.key, at: o.part.units[0], what: `${o.part.name} was moved: it now stands after ${parts[o.at - 1]?.name ?? 'nothing'}` });
  });
  for (const part of parts.filter((p) => !taken.has(p))) {
    if (!approved.free.includes(part.key)) {
      // A part no review read (a new answer, text before the first section) is held until one does.
      const what = `${part.name} is new: the review never read "${part.units[0].text}"${part.units.length > 1 ? ` and ${part.units.length - 1} more` : ''}`;
      changes.push({ name: part.units.length > 1 ? part.key : part.units[0].text, part: part.key, at: part.units[0], what });
      continue;
    }
    for (const unit of part.units) {
      const word = speaksOfSafety(unit.text);
      if (word) changes.push({ name: unit.text, part: part.key, at: unit, what: `"${unit.text}" speaks of safety ("${word}") in ${part.name}, which spoke of none when it was reviewed` });
    }
  }
  return changes;
}

/** The indices of a longest rising run of numbers (in order, not necessarily next to each other). */
function longestRising(values: number[]): Set<number> {
  const best = values.map(() => 1);
  const before = values.map(() => -1);
  values.forEach((v, i) => {
    for (let j = 0; j < i; j++) if (values[j] < v && best[j] + 1 > best[i]) [best[i], before[i]] = [best[j] + 1, j];
  });
  const kept = new Set<number>();
  for (let i = best.indexOf(Math.max(0, ...best)); i >= 0; i = before[i]) kept.add(i);
  return kept;
}

/** The changes within one held part: its approved sentences against the part now, in order. */
function partChanges(approved: readonly string[], part: WordingPart): Omit<WordingChange, 'part'>[] {
  const was = approved.map(canonical);
  const now = part.units.map((u) => canonical(u.text));
  // The longest run both share in order (a sentence reordered is a change: it now follows another).
  const lcs = Array.from({ length: was.length + 1 }, () => new Array<number>(now.length + 1).fill(0));
  for (let i = was.length - 1; i >= 0; i--) {
    for (let j = now.length - 1; j >= 0; j--) lcs[i][j] = was[i] === now[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  // Each sentence not in that run, with the gap between shared sentences it stands in and where it would stand now.
  const removed: { i: number; gap: number; j: number }[] = [];
  const added: { j: number; gap: number }[] = [];
  let [i, j, gap] = [0, 0, 0];
  while (i < was.length || j < now.length) {
    if (i < was.length && j < now.length && was[i] === now[j]) [i, j, gap] = [i + 1, j + 1, gap + 1];
    else if (j < now.length && (i === was.length || lcs[i][j + 1] >= lcs[i + 1][j])) added.push({ j: j++, gap });
    else removed.push({ i: i++, gap, j });
  }
  const changes: Omit<WordingChange, 'part'>[] = [];
  const paired = new Set<number>();
  const unitAt = (j: number) => part.units[Math.min(j, part.units.length - 1)];
  for (const r of removed) {
    // Its rewording (or itself, moved): the new sentence most like it, or else the one new sentence in its gap.
    const open = added.filter((a) => !paired.has(a.j));
    let best = open.find((a) => now[a.j] === was[r.i]);
    let bestScore = 0;
    for (const a of best ? [] : open) {
      const score = likeness(approved[r.i], part.units[a.j].text);
      if (score > bestScore) [best, bestScore] = [a, score];
    }
    if (!best) {
      const inGap = open.filter((a) => a.gap === r.gap);
      if (inGap.length === 1 && removed.filter((x) => x.gap === r.gap).length === 1) best = inGap[0];
    }
    if (!best) {
      changes.push({ name: approved[r.i], at: unitAt(r.j), what: `"${approved[r.i]}" was taken out of ${part.name}` });
      continue;
    }
    paired.add(best.j);
    const unit = part.units[best.j];
    if (was[r.i] === now[best.j]) changes.push({ name: unit.text, at: unit, what: `"${unit.text}" was moved within ${part.name}, to stand after "${part.units[best.j - 1]?.text ?? 'its start'}"` });
    else if (!equalWording(approved[r.i], unit.text)) changes.push({ name: unit.text, at: unit, what: `"${unit.text}" in ${part.name} was "${approved[r.i]}"` });
  }
  for (const a of added.filter((x) => !paired.has(x.j))) {
    const unit = part.units[a.j];
    changes.push({ name: unit.text, at: unit, what: `"${unit.text}" was added to ${part.name}` });
  }
  return changes;
}
