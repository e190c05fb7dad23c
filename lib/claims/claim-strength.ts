import type { Kind } from '../model/model';
import { strengthScales, type Requirement } from '../model/claims-schema';
import { keepsCondition, lower, read, type Reading } from './meaning';

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
 * - Meaning as well as words: a place or a time said with "not" in front of it ("do not go to
 *   a hospital at once"), a condition that puts it off ("if it gets worse", "at your next
 *   refill"), a hedge that makes it optional ("usually", "consider", "if you can"), a
 *   non-emergency line for an emergency, and a number with its unit compared as a number
 *   ("13 tesla" is not "3 tesla"; "two atmospheres" is "2.0 atmospheres").
 * - A sentence that **plays down** a danger ("this is not urgent", "it can wait") is read
 *   wherever it stands, registered or not: in a part that tells the reader to act at once or
 *   never to do something, it contradicts that part.
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
  // What a US, UK or European edition writes for it: A&E, the ER, 999, 112, the local emergency number.
  ['hospital', /\bhospital\b(?!'s|s'| (?:pump |outpatient |day |spasticity )?(?:clinic|appointment|team))|(?<!non-|non )\bemergency (?:number|department|room|services?)\b|\b(?:911|999|112)\b|\bambulance\b|\ba ?& ?e\b|\baccident and emergency\b|\ber\b/],
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
const hedge = /\b(?:may|might|can|could|possibly|perhaps|sometimes|usually|often|probably|likely|generally|in most cases|not always|suggests?|seems?|appears?|indicates?)\b/;

/** Words that make an instruction optional; in a leading condition only when the condition is one ("If you can, …"). */
const optional = /\b(?:usually|generally|normally|typically|often|mostly|probably|perhaps|maybe|possibly|ideally|preferably|consider(?:ing)?|think about|might want|may want|may wish|you (?:could|might|may)|may also|if you can|if possible|where possible|when possible|(?:if|where|when) (?:practical|convenient)|as far as (?:possible|practical)|if you like|if you want|if you wish|if needed|if necessary|as needed|in most cases|most of the time|if in doubt|try to|aim to|you can|it is ok to|it is fine to|no harm in|as a last resort)\b/;
/** Words that hand the decision to someone else, or narrow it to a case the source does not name ("ask whether to go", "only if"). */
const deferred = /\bask (?:whether|if)\b|\bif (?:your (?:pump )?doctor|the doctor|they|someone|the clinic|your (?:care|pump) team) (?:tells?|says?|advises?|agrees?|thinks?|decides?)\b|\b(?:will|would|can|may|to) decide (?:whether|if)\b|\bdecides? (?:whether|if)\b|\bonly (?:if|when|after|once|as|in)\b|\bbut only\b/;
const optionalCondition = /\bif (?:you can|possible|needed|necessary|you want|you like|you wish|convenient|in doubt)\b/;
const leadingConditions = /^(?:(?:if|when|whenever|whatever|before|after|while|once)\b[^,]*,\s*(?:(?:or|and)\b[^,]*,\s*)*)/;

/** Conditions that put off what the source says to do now. */
const delay = /\bwait\b|\bonce you have (?:checked|asked|spoken|talked|called|heard)\b|\bafter (?:checking|asking|speaking|talking|calling)\b|\bwithin (?:a|an|one|two|three|\d+) (?:hours?|days?|weeks?)\b|\b(?:in|after) (?:an?|one|two|\d+|a few) (?:hours?|days?|weeks?)\b|\b(?:next|following) (?:working |business )?(?:day|week|morning)\b|\bif (?:it|they|this|these|that|the signs?|symptoms?|things?)\b[^,;:]*?\b(?:gets? worse|get worse|becomes? worse|worsens?|lasts?|persists?|continues?|keeps? (?:on|up|happening)|comes? back|happens? again|(?:does|do) not (?:get better|improve|go away|stop|pass|settle))\b|\b(?:later|tomorrow|in the morning|the next day|next (?:day|week|time|refill|appointment|visit|check-?up)|in a (?:day|few days|week)|after a (?:while|day|few days)|within (?:a|one|two|three|\d+) (?:days?|weeks?))\b|\bwait (?:for|until|a|to see|and see)\b|\buntil\b|\bwhen (?:you are|it is) (?:free|ready|convenient)\b|\bif (?:it is|they are|it seems|it feels|you feel it is) (?:serious|bad|severe|very bad)\b|\bif (?:you are|you're|you feel) (?:worried|concerned|very unwell)\b|\bif (?:it|they) (?:do|does) not (?:stop|go away)\b/;

/** A number that is not an emergency line, offered for an emergency. */
const nonEmergency = /\bnon-? ?emergency\b|\b111\b|\bnot an emergency\b|\bwhen (?:the )?(?:clinic|office|surgery) (?:is )?opens?\b|\b(?:during|in|within) (?:\w+ )?(?:office|opening|working|clinic|business) hours\b|\b(?:call|ring|dial|phone) (?!911\b|999\b|112\b)\d{3}\b/;
/** A way to reach someone that does not reach them now. */
const notNowWay = /\b(?:e-?mail|text|message|write to|letter|voicemail|leave a message|online form|portal)\b|\bduring (?:\w+ ){0,2}hours\b|\bon (?:a )?weekdays?\b|\bmonday to friday\b/;
/** An exception the source does not make. */
const exception = /\bunless\b|\bexcept\b|\bapart from\b|\bother than\b|\bexcluding\b|\beven if you (?:cannot|can't|do not|don't)\b|\b(?:in|for|during|within) the (?:first|next) (?:few )?(?:hours?|days?|weeks?|months?|years?)\b/;
/** "Never miss a refill": a negation of a failing is an obligation, not a "not". */
const notFailing = /\b(?:never|do not|don't|not) (?:miss|forget|skip|neglect|fail to|let (?:it|them|the pump) run out)\b/g;

const negation = /\b(?:not|never|no need to|no longer need to|need not|needn't|don't|doesn't|without|rather than|instead of|cannot|can't|unable to)\b/;
/** "Do not wait: go to a hospital" tells the reader to go: a negation of delay adds force. */
const notDelaying = /\b(?:do not|don't|never|not) (?:wait|delay|hesitate|put (?:it |this )?off)\b/g;

/** The clause of the sentence where `cue` is said with "not" in front of it, if any. */
function negated(reading: Reading, cue: RegExp): string | undefined {
  for (const clause of reading.clauses) {
    const at = clause.search(cue);
    if (at >= 0 && negation.test(clause.slice(0, at).replace(notDelaying, ''))) return clause;
  }
  return undefined;
}

/** Sentences that play a danger down: phrases rather than single words, so "rare" alone is not one. */
const minimising = /\bnot (?:usually |always |very |really |that )?(?:urgent|serious|dangerous|an emergency|a (?:big |real |serious )?(?:problem|worry|concern|cause for concern)|harmful|life-threatening|a worry)\b|\bcan (?:safely )?wait\b|\b(?:nothing|little|not much) to worry about\b|\bno (?:need|reason) to (?:worry|rush|hurry|panic|call|go|act|be (?:worried|concerned))\b|\b(?:do not|don't) (?:need to )?(?:worry|panic|rush|hurry)\b|\b(?:rarely|seldom|hardly ever|almost never) (?:serious|dangerous|harmful|a problem|an emergency|urgent)\b|\b(?:is|are|will be|should be|usually|generally) (?:fine|ok|okay|harmless|nothing serious|nothing to)\b|\bharmless\b|\b(?:often|usually|mostly|normally|will|tends? to|should|generally) (?:pass|passes|go away|goes away|settle|settles|wear off|wears off|clear up|clears up|sort itself out|resolve|resolves)\b|\bwait and see\b|\bno cause for (?:alarm|concern)\b|\bsafe to (?:ignore|wait)\b|\bcan be ignored\b|\bnothing serious\b|\bin most cases (?:it|this) is (?:not|nothing|fine)\b|\b(?:clears? up|go(?:es)? away|settles?|pass(?:es)?|wears? off|gets? better) (?:by (?:itself|themselves)|on (?:its|their) own)\b|\bmost (?:\w+ ){0,3}(?:clear up|pass|go away|settle|get better|wear off)\b|\b(?:is|are) no (?:emergency|cause|reason|problem)\b|\bno emergency\b|\b(?:rarely|seldom|hardly ever|does not|doesn't|won't|will not|may not|need not) matters?\b|\bno problem\b|\bnot (?:always|necessarily|usually) (?:a |an )?(?:warning|sign|serious|dangerous|urgent|problem|emergency)\b|\bonly (?:when|if) (?:they are |it is |it gets |they get |you feel )?(?:severe|serious|bad|very|really|worse)\b|\b(?:very|extremely) rare(?:ly)?\b|\b(?:a|is|are) (?:mild|minor|trivial)\b|\bmild (?:signs?|symptoms?|withdrawal|overdose)\b|\bsoon enough\b|\bplenty of time\b|\b(?:is|are) safe for most\b|\bmakes? (?:little|no) difference\b|\bjust a reminder\b|\bnothing to (?:do|fear)\b|\bno need to\b|\b(?:rarely|seldom|hardly ever|almost never) (?:causes?|leads? to|results? in|happens?)\b|\bnot (?:911|999|112|(?:the |your )?(?:local )?emergency (?:number|services)|an ambulance|a hospital)\b|\bcan (?:usually |safely |often |normally )?be (?:left|dealt with|managed at home|handled at home|treated at home|put off)\b|\b(?:left|put off) until\b|\bseldom calls? for\b|\b(?:rarely|seldom|not usually) (?:needs?|calls? for|requires?)\b/;

/** The words with which a sentence plays a danger down, if it does. */
export function playsDown(sentence: string): string | undefined {
  return minimising.exec(read(sentence).text)?.[0];
}

/** The words with which a sentence puts off, narrows or sends elsewhere what a part says to do at once, if it does. */
export function putsOff(sentence: string): string | undefined {
  const text = read(sentence).text.replace(notDelaying, '');
  return (delay.exec(text) ?? exception.exec(text) ?? nonEmergency.exec(text) ?? deferred.exec(text))?.[0];
}

/** The words with which a sentence offers a line that is not for emergencies, if it does. */
export const offersNonEmergency = (sentence: string) => nonEmergency.exec(read(sentence).text)?.[0];

/** Whether a requirement asks the reader to act now or never to do something: what a sentence playing it down contradicts. */
export const isUrgent = (requires: Requirement) =>
  requires.when === 'immediately' || requires.when === 'right-away' || !!requires.go?.some((g) => g === 'hospital' || g === 'emergency-care') || requires.force === 'do-not';

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

/** The place cues, to find every occurrence (weaknesses runs on every sentence many times: built once). */
const goEverywhere = go.map(([level, pattern]) => [level, new RegExp(pattern.source, 'g')] as const);

/** The places a sentence sends the reader to: each cue not said with "no", "not" or "never" just before it ("no ambulance is needed" names none). */
function namedPlaces(text: string): (typeof strengthScales.go)[number][] {
  return goEverywhere
    .filter(([, pattern]) => [...text.matchAll(pattern)].some((m) => !/\b(?:no|not|never|without|nor)\s+(?:\w+\s+){0,2}$/.test(text.slice(Math.max(0, m.index - 30), m.index))))
    .map(([level]) => level);
}

/** The first cue of a scale the sentence uses, with its rank (0 is strongest) and the words. */
function strongest<T extends string>(scale: Scale<T>, text: string): { level: T; rank: number; words: string } | undefined {
  for (const [rank, [level, pattern]] of scale.entries()) {
    const match = pattern.exec(text);
    if (match) return { level, rank, words: match[0] };
  }
  return undefined;
}

export { lower };

/** How the check matches a page sentence to an entry: case, curly quotes and spacing aside. */
export const sentenceKey = lower;

/** The main clause: without a leading "Yes," and without a leading condition ("If you notice any of these, "). */
function mainClause(sentence: string): string {
  return lower(sentence)
    .replace(/^["“(]+/, '')
    .replace(/^(?:yes|no)\b,?\s*/, '')
    .replace(/^(?:alternatively|otherwise|instead|however|also|meanwhile|then|first|next|finally),?\s+/, '')
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
  // "If you only have itching ring the clinic": a condition with no comma still leads to an instruction.
  const unmarked = /^(?:if|when|whenever|before|after|once)\b[^,]*?\b(?<!\b(?:to|you|will|can|may|could|would|might|not|should|must)\s)(call|ring|phone|go|contact|tell|take|ask|see|get|keep|avoid|stop|wait|have|seek|use)\b/.exec(text);
  if (unmarked && !text.includes(',')) return { kind: 'instruction', why: `its condition leads to the verb "${unmarked[1]}"` };
  const modal = /\b(?:never|must not)\b/.exec(text) ?? /\b(?:you|your family|your carers|carers|family)\b[^.;:]*?\b(?:must|should|need to|have to)\b/.exec(text);
  if (modal) return { kind: 'instruction', why: `it says "${modal[0]}"` };
  const harm = /\b(?:death|die|fatal|serious|injury|withdrawal|overdose|underdose|damage|harm|failure|stops?|stopped|stopping|too much|too little|no medicine|less medicine|more medicine|kink|drowsy)\b/.exec(text);
  const chance = /\b(?:can|may|could|might|will|lead|leads|led|cause|causes|caused|risk|means?|makes?|result|when|because)\b/.exec(text);
  if (harm && chance) return { kind: 'safety statement', why: `it says what can cause or follow "${harm[0]}"` };
  if (/\b(?:alarm|beeps?)\b/.test(lower(block)) && /\b(?:means?|sounds?|must|needs?|no longer|getting low|is low)\b/.test(text)) {
    return { kind: 'safety statement', why: 'it says what a pump alarm means' };
  }
  return undefined;
}

/** What a sentence lacks of what its source requires, one phrase per missing thing (empty: as strong). */
export function weaknesses(sentence: string, requires: Requirement): string[] {
  const reading = read(sentence);
  const text = reading.text;
  const missing: string[] = [];
  const wanted = requires.go ?? [];
  const named = namedPlaces(text);
  const weakest = Math.max(-1, ...named.map((n) => strengthScales.go.indexOf(n)));
  for (const place of wanted) {
    const rank = strengthScales.go.indexOf(place);
    // Two places asked for (the doctor and a hospital) must both be named; one may be met by a stronger one.
    // A stronger place meets one asked for, unless a weaker one is named instead ("call your pharmacist …; they work with the hospital").
    const met = named.includes(place) || (wanted.length === 1 && named.some((n) => strengthScales.go.indexOf(n) < rank) && weakest <= rank);
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
    if (!keepsCondition(reading, condition)) missing.push(`the source's condition "${condition}" is not in the sentence`);
  }
  return [...missing, ...lostMeaning(sentence, reading, requires)];
}

/** What the sentence takes back of the force its words have: "not", a delay, a hedge, a non-emergency line. */
function lostMeaning(sentence: string, reading: Reading, requires: Requirement): string[] {
  const lost: string[] = [];
  const acts = !!(requires.go || requires.when || (requires.force && !['may', 'do-not', 'avoid', 'take-care'].includes(requires.force)));
  if (!acts && !requires.force) return lost;
  for (const place of requires.go ?? []) {
    const cue = go.find(([level]) => level === place)?.[1];
    const clause = cue && negated(reading, cue);
    if (clause) lost.push(`it says not to go to ${label[place]} ("${clause}"), where the source says to go`);
  }
  // Two places asked for together ("the doctor and a hospital") offered as a choice ("… or go to a hospital").
  if ((requires.go?.length ?? 0) > 1) {
    const cues = requires.go!.map((place) => go.find(([level]) => level === place)![1]);
    const at = cues.map((cue) => reading.text.search(cue)).filter((i) => i >= 0).sort((a, b) => a - b);
    const between = at.length > 1 ? reading.text.slice(at[0], at[at.length - 1]) : '';
    if (/\bor\b/.test(between) && !/\band\b/.test(between)) lost.push(`it offers ${requires.go!.map((g) => label[g]).join(' or ')} as a choice, where the source says both`);
  }
  const whenCue = requires.when && when.find(([level]) => level === requires.when)?.[1];
  const notNow = whenCue && negated(reading, whenCue);
  if (notNow) lost.push(`it says not to act ${label[requires.when!]} ("${notNow}")`);
  if (requires.force === 'always' || requires.force === 'should') {
    const main = reading.clauses.filter((c) => !/^(?:if|when|whenever|before|after|while|once|unless)\b/.test(c));
    const no = main.find((c) => negation.test(c.replace(notDelaying, '').replace(notFailing, '')));
    if (no) lost.push(`it says not to ("${no}"), where the source says ${label[requires.force]}`);
  }
  if (requires.force === 'do-not' || requires.force === 'avoid') {
    const taken = /\b(?:do not|don't|never|need not|needn't) (?:need to|have to|worry|hesitate|be afraid|panic|bother)\b|\bno need to\b/.exec(reading.text);
    if (taken) lost.push(`"${taken[0]}" takes back the source's ${label[requires.force]}`);
  }
  // Every instruction, a "do not" too, loses force to a delay, a hedge, a hand-off or an exception the source does not make.
  const instructs = acts || requires.force === 'do-not' || requires.force === 'avoid';
  if (instructs) {
    const later = delay.exec(reading.text.replace(notDelaying, ''));
    if (later) lost.push(`"${later[0]}" puts off what the source says to do now`);
    const but = exception.exec(reading.text);
    if (but) lost.push(`"${but[0]}" makes an exception the source does not make`);
  }
  if (requires.when === 'immediately') {
    const slow = notNowWay.exec(reading.text);
    if (slow) lost.push(`"${slow[0]}" does not reach anyone at once, where the source says immediately`);
  }
  if (instructs) {
    const main = lower(sentence).replace(leadingConditions, (condition) => (optionalCondition.test(condition) ? condition : ''));
    const maybe = optional.exec(main);
    if (maybe) lost.push(`"${maybe[0]}" makes it optional, where the source says to do it`);
    const handed = deferred.exec(lower(sentence));
    if (handed) lost.push(`"${handed[0]}" makes it depend on someone or something the source does not name, where the source says to do it`);
  }
  if (requires.go?.includes('hospital')) {
    const line = nonEmergency.exec(reading.text);
    if (line) lost.push(`"${line[0]}" is not the way to emergency care the source sends the reader to`);
  }
  return lost;
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
