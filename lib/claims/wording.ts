import { likeness } from './claims';
import { read } from './meaning';
import { sentencesOf } from '../text/sentences';
import type { ClaimPart } from '../model/model';

/**
 * Held wording. Rules that read English for softening plateau: each round of fresh reviewers
 * found calm rewordings no rule knew ("are usually fine after a while", "a very high fever", a
 * warning moved to another answer). So every part of the page that speaks of safety is held word
 * for word to the text the last review approved (`wording` in `<slug>.approved.yaml`), and any
 * change there (a sentence reworded, added, taken out or moved) needs a review that names it in
 * `approves`. What stays free:
 * - rewordings of equal strength, read from a closed table: "A&E", "the ER" or "the emergency
 *   department" for "a hospital"; "999" or "112" for "911"; "phone" or "ring" for "call" (and
 *   for "contact"); "at once" for "immediately"; "never" for "do not"; number words; "metres";
 *   a hyphen; measures given the other way round ("39°C (about 102°F)"); "do not wait" or
 *   "day or night" added;
 * - any edit of a part that speaks of no safety, so long as it still does not: a sentence there
 *   that starts to (it names a sign, a place to go, an alarm, "not", "usually" …) needs a review too.
 * The table can only let through what it lists, so a wording it does not know costs a review,
 * never a softened sentence.
 */

/** A heading or a sentence a reader meets, with where a writer finds it. */
export interface WordingUnit {
  text: string;
  field: string;
  line?: number;
}

/** A part of the page as its wording is held: a part, or one `###` answer of a section. */
export interface WordingPart {
  key: string;
  name: string;
  units: WordingUnit[];
}

/** The part key of a claim part: its id, or `card` (the one part with none). */
const partKey = (part: Pick<ClaimPart, 'id'>) => part.id ?? 'card';

/**
 * The page's text as held parts: each part, with each `###` answer of a section a part of its
 * own (a warning moved to another answer has moved), in page order, a heading or sentence each.
 */
export function wordingParts(parts: readonly ClaimPart[]): WordingPart[] {
  const out: WordingPart[] = [];
  for (const part of parts) {
    let current: WordingPart = { key: partKey(part), name: part.name, units: [] };
    out.push(current);
    for (const block of part.blocks) {
      if (block.heading && block.heading.rank >= 3) {
        current = { key: `${partKey(part)}/${block.heading.id ?? block.text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name: `the answer "${block.text}" of ${part.name}`, units: [] };
        out.push(current);
      }
      const texts = block.heading ? [block.text] : sentencesOf(block.text);
      for (const text of texts.length ? texts : [block.text]) current.units.push({ text, field: block.field, ...('line' in block && block.line ? { line: block.line } : {}) });
    }
  }
  return out.filter((p) => p.units.length);
}

/** Parts held whatever they say: the urgent boxes, the card and the key facts are read in a hurry. */
const alwaysHeld = /^(?:urgent-\d+|card|key-facts)$/;

/**
 * Words that make a sentence speak of safety: the signs, the places to go, the alarms, the
 * instructions and their force, and the words that play them down or put them off. Each
 * requirement's signs and words are added to these (lib/claims/requirements.ts).
 */
const safetyWords = [
  'withdraw', 'overdos', 'underdos', 'alarm', 'beep', 'hospital', 'a&e', 'er', 'emergenc', 'ambulance', '911', '999', '112',
  'fever', 'temperature', 'seizure', 'fits', 'breath', 'coma', 'woken', 'conscious', 'confus', 'stiff', 'rigid', 'spasm', 'floppy', 'loose', 'drows', 'dizz', 'light-headed', 'itch', 'tingl', 'blood pressure',
  'sign', 'symptom', 'danger', 'serious', 'death', 'die', 'fatal', 'life-threatening', 'urgent', 'warning', 'risk', 'harm',
  'stop', 'refill', 'deadline', 'infect', 'redness', 'swell', 'wound', 'leak', 'mri', 'scan', 'tesla', 'div', 'heat', 'hot', 'sauna', 'pressure', 'altitude', 'fly', 'flight',
  'dose', 'doctor', 'nurse', 'clinic', 'team', 'call', 'phone', 'contact', 'tell',
  'not', 'no', 'need', 'never', 'avoid', 'must', 'always', 'every', 'immediately', 'at once', 'right away', 'wait', 'later', 'until', 'delay', 'unless', 'only', 'if',
  'usually', 'rarely', 'seldom', 'often', 'mostly', 'normal', 'fine', 'safe', 'worry', 'ignore', 'skip', 'nothing', 'minor', 'mild', 'common', 'expected', 'pass',
];

/** A test of whether a text speaks of safety, with the page's own signs and words added to the list. */
export function safetyTest(extra: readonly string[] = []): (text: string) => string | undefined {
  const words = [...new Set([...safetyWords, ...extra.map((w) => w.toLowerCase())])].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![a-z0-9])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');
  return (text) => {
    const plain = text.replace(/[’‘]/g, "'");
    return pattern.exec(plain)?.[0] ?? /n't\b/i.exec(plain)?.[0];
  };
}

/** The parts a review holds word for word: those always held, and every one that speaks of safety. */
export function heldParts(parts: readonly WordingPart[], speaksOfSafety: (text: string) => string | undefined): WordingPart[] {
  return parts.filter((p) => alwaysHeld.test(p.key) || p.units.some((u) => speaksOfSafety(u.text)));
}

// The closed table of equal wordings (the sources' scale of strength: "hospital at once / emergency number", "immediately, at once", "do not, never, must not").
const equalWordings: [RegExp, string][] = [
  [/\b(?:(?:a|the|your) )?(?:nearest )?(?:hospital|a&e|er|emergency room|emergency department)\b/g, 'HOSPITAL'],
  [/\b(?:911|999|112|(?:your|the) local emergency number|an ambulance)\b/g, 'EMERGENCY_NUMBER'],
  [/\b(?:call|phone|ring|telephone)\b/g, 'CALL'],
  [/\b(?:immediately|at once)\b/g, 'AT_ONCE'],
  [/\b(?:do not|don't|never|must not|mustn't)\b/g, 'NEVER'],
];
/** A weaker wording that a stronger one may replace (never the other way). */
const strongerWordings: [RegExp, string][] = [[/\bcontact\b/g, 'CALL']];
/** Words a writer may add to a held sentence: they only make it more urgent. */
const addable = [/\bNEVER wait\b/g, /\bday or night\b/g];

/** A sentence as the table compares it: lower case, numbers and units in one spelling, equal wordings as one, no punctuation. */
export function canonical(text: string): string {
  const tokens = read(text).text.replace(/(?<=[a-z])-(?=[a-z])/g, '').match(/[a-z0-9&°']+(?:\.\d+)?/g) ?? [];
  let joined = tokens.map((t) => (/^\d+(?:\.\d+)?$/.test(t) ? String(Number(t)) : t)).join(' ');
  for (const [pattern, as] of equalWordings) joined = joined.replace(pattern, as);
  // "911 or your local emergency number" and "999 for an ambulance" are one way to get help.
  joined = joined.replace(/EMERGENCY_NUMBER (?:or|for) EMERGENCY_NUMBER/g, 'EMERGENCY_NUMBER');
  return joined.replace(/\s+/g, ' ').trim();
}

const measureToken = /^(?:\d.*|feet|meters|cm|inches|atmospheres|tesla|about)$/;

/** Whether `now` says what `was` said at least as strongly, by the table alone. */
export function equalWording(was: string, now: string): boolean {
  const [a, b] = [canonical(was), canonical(now)];
  if (a === b) return true;
  const stronger = strongerWordings.reduce((t, [pattern, as]) => t.replace(pattern, as), a);
  const added = addable.reduce((t, pattern) => (a.match(pattern) ? t : t.replace(pattern, ' ')), b).replace(/\s+/g, ' ').trim();
  if ([a, stronger].includes(added)) return true;
  // Measures given the other way round: the same words, only the numbers and units in another order.
  const sorted = (t: string) => t.split(' ').sort().join(' ');
  const words = (t: string) => t.split(' ').filter((w) => !measureToken.test(w)).join(' ');
  return sorted(a) === sorted(b) && words(a) === words(b);
}

/** A change of held wording: what a review names in `approves`, where the writer finds it, what happened. */
export interface WordingChange {
  name: string;
  /** The held part's key: a review may approve all of a part's changes by it. */
  part: string;
  at: Pick<WordingUnit, 'field' | 'line'>;
  what: string;
}

/**
 * Each change of held wording since the approved state: for each held part (found by its key, or,
 * its heading renamed, by most of its sentences), each sentence reworded beyond the table, added,
 * taken out or moved; a held part gone; and, in a part held for nothing, a sentence that now
 * speaks of safety.
 */
export function wordingChanges(approved: Readonly<Record<string, readonly string[]>>, parts: readonly WordingPart[], speaksOfSafety: (text: string) => string | undefined): WordingChange[] {
  const changes: WordingChange[] = [];
  const byKey = new Map(parts.map((p) => [p.key, p]));
  const taken = new Set<WordingPart>();
  const pairs = Object.entries(approved).map(([key, units]) => {
    const same = byKey.get(key);
    if (same) taken.add(same);
    return [key, units, same] as const;
  });
  const resolved = pairs.map(([key, units, same]) => {
    if (same) return [key, units, same] as const;
    // A heading renamed gives the part a new key: it is the part, not held before, that keeps most of its sentences.
    const keys = new Set(units.map(canonical));
    let best: WordingPart | undefined;
    let bestShared = 0;
    for (const p of parts) {
      if (taken.has(p) || p.key in approved) continue;
      const shared = p.units.filter((u) => keys.has(canonical(u.text))).length;
      if (shared > bestShared) [best, bestShared] = [p, shared];
    }
    if (best && bestShared * 2 >= units.length) {
      taken.add(best);
      return [key, units, best] as const;
    }
    return [key, units, undefined] as const;
  });
  for (const [key, units, part] of resolved) {
    if (!part) {
      changes.push({ name: key, part: key, at: { field: `wording.${key}` }, what: `the part "${key}" (${units.length} sentences, beginning "${units[0]}") is gone from the page` });
      continue;
    }
    changes.push(...partChanges(units, part).map((c) => ({ ...c, part: key })));
  }
  for (const part of parts.filter((p) => !taken.has(p))) {
    for (const unit of part.units) {
      const word = speaksOfSafety(unit.text);
      if (word) changes.push({ name: unit.text, part: part.key, at: unit, what: `"${unit.text}" speaks of safety ("${word}") in ${part.name}, which said nothing of safety when it was reviewed` });
    }
  }
  return changes;
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
  const removed: number[] = [];
  const added: number[] = [];
  let [i, j] = [0, 0];
  while (i < was.length || j < now.length) {
    if (i < was.length && j < now.length && was[i] === now[j]) [i, j] = [i + 1, j + 1];
    else if (j < now.length && (i === was.length || lcs[i][j + 1] >= lcs[i + 1][j])) added.push(j++);
    else removed.push(i++);
  }
  const changes: Omit<WordingChange, 'part'>[] = [];
  const paired = new Set<number>();
  for (const r of removed) {
    // The new sentence most like the removed one is its rewording (or the same sentence, moved).
    let best: number | undefined;
    let bestScore = 0;
    for (const a of added.filter((x) => !paired.has(x))) {
      const score = was[r] === now[a] ? 2 : likeness(approved[r], part.units[a].text);
      if (score > bestScore) [best, bestScore] = [a, score];
    }
    const at = part.units[best ?? Math.min(part.units.length - 1, r)] ?? { field: part.key };
    if (best === undefined) {
      changes.push({ name: approved[r], at, what: `"${approved[r]}" was taken out of ${part.name}` });
      continue;
    }
    paired.add(best);
    const unit = part.units[best];
    if (was[r] === now[best]) changes.push({ name: unit.text, at: unit, what: `"${unit.text}" was moved within ${part.name}, to stand after "${part.units[best - 1]?.text ?? 'its start'}"` });
    else if (!equalWording(approved[r], unit.text)) changes.push({ name: unit.text, at: unit, what: `"${unit.text}" in ${part.name} was "${approved[r]}"` });
  }
  for (const a of added.filter((x) => !paired.has(x))) {
    const unit = part.units[a];
    changes.push({ name: unit.text, at: unit, what: `"${unit.text}" was added to ${part.name}` });
  }
  return changes;
}
