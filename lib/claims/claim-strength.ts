import type { Kind } from '../model/model';
import { strengthScales, type Requirement } from '../model/claims-schema';

/**
 * "As strong as the source", checked: every instruction and safety statement on a monograph is
 * registered beside it (`<slug>.claims.yaml`) with the source it rests on and what that source
 * requires; this module finds those sentences on the page and compares each one's force with
 * the register, in the vocabulary of "Strength, as a check can see it" (shared/sources/README.md).
 *
 * The rules, which docs/writing-a-monograph.md explains to writers:
 * - An **instruction** tells the reader to do or not do something: its main clause (after a
 *   leading "If …," or "Before …,") starts with a verb of `imperativeVerbs`, or with "Do not",
 *   "Never", "Always", or "Yes," / "No," (an answer with its condition); or it says "never" or
 *   "must not"; or the reader, their family or carers "must" or "should".
 * - A **safety statement** says what something means or can cause: it names a harm (death,
 *   withdrawal, overdose, damage, …) with a word of cause or chance (can, may, lead to, means, …),
 *   or it says what a pump alarm or beep means.
 * - Each such sentence needs an entry whose `says` is that sentence. A registered sentence is
 *   checked against its entry's `requires` on every scale, wherever it stands (urgent box, body,
 *   key facts, wallet card). A sentence that is not registered but is close to an entry is the
 *   entry's sentence changed: it is reported with what it lost, or as changed.
 */

/** Verbs that start an instruction when they open the main clause ("Call your doctor …"). */
export const imperativeVerbs = new Set([
  'act', 'arrange', 'ask', 'attend', 'avoid', 'be', 'book', 'bring', 'call', 'carry', 'check', 'choose', 'contact', 'dial',
  'dive', 'do', 'find', 'follow', 'get', 'give', 'go', 'have', 'keep', 'know', 'lean', 'learn', 'let', 'linger', 'look',
  'make', 'move', 'note', 'pay', 'phone', 'plan', 'press', 'push', 'put', 'read', 'remember', 'ring', 'rub', 'seek', 'see',
  'set', 'show', 'speak', 'stay', 'stop', 'store', 'take', 'talk', 'teach', 'tell', 'try', 'turn', 'use', 'wait', 'watch',
  'wear', 'write',
]);

type Scale<T extends string> = readonly (readonly [T, RegExp])[];

/** What the words of a sentence say, strongest first on each scale (see `strengthScales`). */
const go: Scale<(typeof strengthScales.go)[number]> = [
  ['hospital', /\bhospital\b|\bemergency (?:number|department|room)\b|\b911\b|\b999\b|\bambulance\b/],
  ['emergency-care', /\bemergency care\b|\burgent care\b/],
  ['doctor', /\bdoctors?\b|\bphysicians?\b/],
  ['care-team', /\bcare team\b|\bclinic\b|\bnurses?\b|\bpharmacists?\b/],
];
const when: Scale<(typeof strengthScales.when)[number]> = [
  ['immediately', /\bimmediately\b|\bat once\b|\bright now\b|\bwithout delay\b/],
  ['right-away', /\bright away\b|\bstraight away\b|\bas soon as\b|\bpromptly\b|\bquickly\b/],
  ['soon', /\bsoon\b|\bwhen you can\b/],
];
const prohibition: Scale<'do-not' | 'avoid' | 'take-care'> = [
  ['do-not', /\bdo not\b|\bdon't\b|\bnever\b|\bmust not\b/],
  ['avoid', /\bavoid\b/],
  ['take-care', /\btake care\b|\bbe careful\b|\btry not to\b|\btry to\b|\bthink about\b/],
];
const obligation: Scale<'always' | 'should' | 'may'> = [
  ['always', /\balways\b|\bmust\b|\bevery\b|\bnever\b/],
  ['should', /\bshould\b/],
  ['may', /\bmay\b|\bcan\b|\bcould\b|\bmight\b/],
];
const hedge = /\b(?:may|might|can|could|possibly|perhaps|sometimes)\b/;

const label: Record<string, string> = {
  hospital: 'a hospital (or the emergency number)',
  'emergency-care': 'emergency care',
  doctor: 'the doctor',
  'care-team': 'the care team',
  immediately: '"immediately" or "at once"',
  'right-away': '"right away"',
  soon: '"soon"',
  'do-not': '"do not" (or "never")',
  avoid: '"avoid"',
  'take-care': '"take care"',
  always: '"always" (or "must", "every")',
  should: 'a plain instruction',
  may: '"may" or "can"',
};

/** The first cue of a scale the sentence uses, with its rank (0 is strongest) and the words. */
function strongest<T extends string>(scale: Scale<T>, text: string): { level: T; rank: number; words: string } | undefined {
  for (const [rank, [level, pattern]] of scale.entries()) {
    const match = pattern.exec(text);
    if (match) return { level, rank, words: match[0] };
  }
  return undefined;
}

export const lower = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** How the check matches a page sentence to an entry: case, curly quotes and spacing aside. */
export const sentenceKey = lower;

/** The main clause: without a leading "Yes," and without a leading condition ("If you notice any of these, "). */
function mainClause(sentence: string): string {
  return lower(sentence)
    .replace(/^["“(]+/, '')
    .replace(/^(?:yes|no)\b,?\s*/, '')
    .replace(/^(?:if|when|whenever|whatever|before|after|while|once|until|during|for|to|in|on|at)\b[^,]*,\s*(?:(?:or|and)\b[^,]*,\s*)*/, '')
    // "…, so check before you go": the instruction after a joining word.
    .replace(/^(?:so|then|and|but)\s+/, '');
}


/** Whether a sentence is one the register must hold, and why (for the message). */
export function classify(sentence: string, block = sentence): { kind: Kind; why: string } | undefined {
  const text = lower(sentence);
  if (/^(?:yes|no)\b/.test(text)) return { kind: 'instruction', why: `it answers "${text.split(/[ ,]/)[0]}" with a condition` };
  const main = mainClause(sentence);
  const first = /^[a-z']+(?: not)?/.exec(main)?.[0] ?? '';
  if (['do not', "don't", 'never', 'always', 'please'].includes(first)) return { kind: 'instruction', why: `it starts "${first}"` };
  const verb = first.split(' ')[0];
  // A line in lower case continues the line before it ("People who: have a spinal cord injury …").
  const continues = /^[a-z]/.test(sentence.trim());
  if (imperativeVerbs.has(verb) && !continues) return { kind: 'instruction', why: `it starts with the verb "${verb}"` };
  const modal = /\b(?:never|must not)\b/.exec(text) ?? /\b(?:you|your family|your carers|carers|family)\b[^.;:]*?\b(?:must|should|need to|have to)\b/.exec(text);
  if (modal) return { kind: 'instruction', why: `it says "${modal[0]}"` };
  const harm = /\b(?:death|die|fatal|serious|injury|withdrawal|overdose|underdose|damage|harm|failure|stops?|stopped|too much|too little|no medicine|less medicine|more medicine|kink|drowsy)\b/.exec(text);
  const chance = /\b(?:can|may|could|might|will|lead|leads|led|cause|causes|caused|risk|means?|makes?|result|when|because)\b/.exec(text);
  if (harm && chance) return { kind: 'safety statement', why: `it says what can cause or follow "${harm[0]}"` };
  if (/\b(?:alarm|beeps?)\b/.test(lower(block)) && /\b(?:means?|sounds?|must|needs?|no longer|getting low|is low)\b/.test(text)) {
    return { kind: 'safety statement', why: 'it says what a pump alarm means' };
  }
  return undefined;
}

/** What a sentence lacks of what its source requires, one phrase per missing thing (empty: as strong). */
export function weaknesses(sentence: string, requires: Requirement): string[] {
  const text = lower(sentence);
  const missing: string[] = [];
  const wanted = requires.go ?? [];
  const named = go.filter(([, pattern]) => pattern.test(text)).map(([level]) => level);
  for (const place of wanted) {
    const rank = strengthScales.go.indexOf(place);
    // Two places asked for (the doctor and a hospital) must both be named; one may be met by a stronger one.
    const met = named.includes(place) || (wanted.length === 1 && named.some((n) => strengthScales.go.indexOf(n) < rank));
    if (!met) missing.push(`it must send the reader to ${label[place]}, but ${named.length ? `names only ${named.map((n) => label[n]).join(' and ')}` : 'names nowhere to go'}`);
  }
  if (requires.when) {
    const found = strongest(when, text);
    if (!found || found.rank > strengthScales.when.indexOf(requires.when)) {
      missing.push(`it must say how soon as ${label[requires.when]}, but says ${found ? `"${found.words}"` : 'no time'}`);
    }
  }
  if (requires.force === 'do-not' || requires.force === 'avoid' || requires.force === 'take-care') {
    const found = strongest(prohibition, text);
    if (!found || found.rank > prohibition.findIndex(([level]) => level === requires.force)) {
      missing.push(`the source says ${label[requires.force]}, but the sentence says ${found ? `"${found.words}"` : 'nothing as strong'}`);
    }
  } else if (requires.force) {
    const imperative = classify(sentence)?.kind === 'instruction';
    const found = strongest(obligation, text) ?? (imperative ? { level: 'should' as const, rank: 1, words: 'a plain instruction' } : undefined);
    const foundRank = found?.level === 'may' && imperative ? 1 : found?.rank;
    if (foundRank === undefined || foundRank > obligation.findIndex(([level]) => level === requires.force)) {
      missing.push(`the source says ${label[requires.force]}, but the sentence says ${found ? found.words.startsWith('a ') ? found.words : `"${found.words}"` : 'nothing as strong'}`);
    }
  }
  if (requires.certainty === 'definite') {
    const found = hedge.exec(text);
    if (found) missing.push(`the source states it as certain, but the sentence hedges it with "${found[0]}"`);
  } else if (requires.certainty === 'may' && !hedge.test(text)) {
    missing.push('the source says "may": the sentence states it as certain');
  }
  for (const condition of requires.conditions) {
    if (!text.includes(lower(condition))) missing.push(`the source's condition "${condition}" is not in the sentence`);
  }
  return missing;
}

/**
 * The requirement as a reader of the evidence page reads it: what the sentence must do, in plain
 * phrases ("send you to the doctor and a hospital", "keep the words “before the scan”").
 * Empty: the entry has no strength rule.
 */
export function describeRequirement(requires: Requirement): string[] {
  const place: Record<string, string> = { hospital: 'a hospital', 'emergency-care': 'emergency care', doctor: 'the doctor', 'care-team': 'the care team' };
  const soon: Record<string, string> = { immediately: 'immediately', 'right-away': 'right away', soon: 'soon' };
  const force: Record<string, string> = {
    'do-not': 'say “do not” or “never”',
    avoid: 'say “avoid”',
    'take-care': 'say “take care”',
    always: 'say “always”, “must” or “every”',
    should: 'tell you to do it',
    may: 'say “may”',
  };
  const quote = (words: string) => `“${words}”`;
  return [
    ...(requires.go ? [`send you to ${requires.go.map((g) => place[g]).join(' and ')}`] : []),
    ...(requires.when ? [`say ${soon[requires.when]}`] : []),
    ...(requires.force ? [force[requires.force]] : []),
    ...(requires.certainty ? [requires.certainty === 'definite' ? 'say it as a fact, with no “may”' : 'keep the source’s “may”'] : []),
    ...(requires.conditions.length ? [`keep the words ${requires.conditions.map(quote).join(', ')}`] : []),
  ];
}
