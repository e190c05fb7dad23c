/**
 * lib/claims: the evidence: the claims register checked against the page (this module), the
 * strength rules, reading the register and completeness files, and the completeness list checked
 * from the source's side. Imports lib/text, site, markdown, model, pages and rules.
 */
import { classify, describeRequirement, isUrgent, lower, offersNonEmergency, playsDown, putsOff, sentenceKey, weaknesses } from './claim-strength';
import { sentencesOf } from '../text/sentences';
import type { Claim, ClaimPart, Kind, RegisterFile, RequirementView } from '../model/model';
import type { TextPart } from '../pages/page-text';
import type { ClaimEntry } from '../model/claims-schema';
import type { Problem } from '../text/problems';

/**
 * The register compared with the page (the vocabulary and the rules are in lib/claims/claim-strength.ts):
 * each sentence the rules pick must have an entry, and be as strong as it; each entry must stand
 * on the page; a sentence close to an entry is that entry reworded, reported with what it lost.
 */
export { classify, describeRequirement, imperativeVerbs, sentenceKey, weaknesses } from './claim-strength';
export { sentencesOf } from '../text/sentences';


interface Occurrence {
  sentence: string;
  block: string;
  part: ClaimPart;
  field: string;
  line?: number;
}

// Words that say nothing of a sentence's force; "do", "not", "may" and the like are kept.
const filler = new Set(['a', 'an', 'the', 'it', 'its', 'is', 'are', 'of', 'to', 'and', 'or', 'your', 'you', 'this', 'that', 'in', 'on', 'at', 'for', 'with', 'as']);
// Kept per text: every sentence of the page is compared with every entry, on every load.
const wordCache = new Map<string, ReadonlySet<string>>();
function words(text: string): ReadonlySet<string> {
  let found = wordCache.get(text);
  if (!found) {
    if (wordCache.size > 50_000) wordCache.clear();
    found = new Set(lower(text).match(/[a-z0-9°.'-]+/g)?.map((w) => w.replace(/\.$/, '')).filter((w) => w && !filler.has(w)) ?? []);
    wordCache.set(text, found);
  }
  return found;
}

/**
 * How alike two sentences are, by their words (Dice coefficient, 0 to 1); 0 unless they share
 * three words (or every word of a shorter one, of two at least) and neither is less than half the
 * other's length (a list line is not its lead-in).
 */
export function likeness(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const shorter = Math.min(wa.size, wb.size);
  if (shorter < 2 || shared < Math.min(3, shorter) || shorter < Math.max(wa.size, wb.size) / 2) return 0;
  return (2 * shared) / (wa.size + wb.size);
}

/** Whether two sentences are about the same thing: they share a word of five letters or more that says what ("withdrawal", "alarm"). */
function sharesSubject(a: string, b: string): boolean {
  const wb = words(b);
  return [...words(a)].some((w) => w.length >= 5 && !common.has(w) && wb.has(w));
}
const common = new Set(['about', 'after', 'again', 'because', 'before', 'being', 'cases', 'could', 'doctor', 'every', 'might', 'often', 'other', 'people', 'should', 'signs', 'their', 'there', 'these', 'thing', 'things', 'think', 'those', 'until', 'usually', 'where', 'which', 'while', 'would', 'yours']);

/** Below this, a sentence is a new one rather than a registered one reworded. */
const sameSentence = 0.65;

/** The entry a sentence is a rewording of: the one most like it, if like enough (the first of equals). */
export function rewordedEntry(sentence: string, entries: readonly Pick<ClaimEntry, 'says'>[]): number | undefined {
  let best = -1;
  let bestLikeness = 0;
  entries.forEach((entry, i) => {
    const l = likeness(sentence, entry.says);
    if (l > bestLikeness) [best, bestLikeness] = [i, l];
  });
  return best >= 0 && bestLikeness >= sameSentence ? best : undefined;
}


/**
 * Compares every sentence of the page with the register: returns the problems (in the content
 * file and in the register file) and the register as the evidence page shows it.
 */
export function checkClaims(parts: ClaimPart[], register: RegisterFile, pageFile: string): { problems: Problem[]; claims: Claim[]; partsOf: ClaimPart[][] } {
  const problems: Problem[] = [];
  const occurrences: Occurrence[] = parts.flatMap((part) =>
    part.blocks.flatMap((block) => sentencesOf(block.text).map((sentence) => ({ sentence, block: block.text, part, field: block.field, line: block.line }))),
  );
  const bySentence = new Map(register.entries.map((entry, index) => [sentenceKey(entry.says), index]));
  // `parts`: where the sentence stands word for word; `closeParts`: where it stands reworded (reported as such).
  const found = register.entries.map(() => ({ parts: new Set<ClaimPart>(), closeParts: new Set<ClaimPart>(), kind: undefined as Kind | undefined, first: Infinity }));
  const where = (o: Occurrence) => ({ file: pageFile, field: o.field, ...(o.line ? { line: o.line } : {}) });
  const entryLine = (index: number) => register.lineOf([index, 'says']) ?? register.lineOf([index]);
  const weaker = (sentence: string, entry: ClaimEntry, lacks: string, where: string) =>
    `"${sentence}" does not say what its source requires (${Object.keys(entry.from).join(', ')}): ${lacks} ${where}`;

  for (const [at, o] of occurrences.entries()) {
    const index = bySentence.get(sentenceKey(o.sentence));
    const kind = classify(o.sentence, o.block);
    if (index !== undefined) {
      const entry = register.entries[index];
      found[index].parts.add(o.part);
      found[index].first = Math.min(found[index].first, at);
      found[index].kind ??= kind?.kind;
      for (const lack of weaknesses(o.sentence, entry.requires)) {
        problems.push({ ...where(o), message: weaker(o.sentence, entry, lack, `(${register.file} line ${entryLine(index)})`) });
      }
      // A part that cites nothing is reported as such already; its sentences' sources follow once it cites.
      for (const id of o.part.citations.length ? Object.keys(entry.from) : []) {
        if (!o.part.citations.includes(id)) {
          problems.push({ file: register.file, field: `${index}.from.${id}`, line: register.lineOf([index, 'from', id]), message: `"${id}" is not a source that ${o.part.name} cites (${o.part.citations.join(', ')}): cite it there, or name the source the part rests on` });
        }
      }
      continue;
    }
    // Not registered word for word: a registered sentence reworded, or a new one.
    const best = rewordedEntry(o.sentence, register.entries);
    if (best !== undefined) {
      const entry = register.entries[best];
      found[best].closeParts.add(o.part);
      const lacks = weaknesses(o.sentence, entry.requires);
      const was = `(registered as "${entry.says}", ${register.file} line ${entryLine(best)})`;
      problems.push({
        ...where(o),
        message: lacks.length
          ? weaker(o.sentence, entry, lacks.join('; '), was)
          : `"${o.sentence}" has changed since it was registered ${was}: if it still says all that ${Object.keys(entry.from).join(', ')} says, put the new wording in the entry's says (the check then holds it to the entry's requires, which only a recorded review may lower, and a reviewer reads any change of held wording); if not, put the registered words back`,
      });
    } else if (kind) {
      problems.push({ ...where(o), message: `"${o.sentence}" is ${kind.kind === 'instruction' ? 'an instruction' : 'a safety statement'} (${kind.why}) with no entry in ${register.file}: add it with its source, the place in the source and what the source requires` });
    }
  }

  // A sentence that plays a danger down contradicts what its part, or an entry on its subject, says to do: registered or not.
  const urgent = register.entries.flatMap((entry, index) => (isUrgent(entry.requires) && found[index].parts.size ? [index] : []));
  for (const o of occurrences) {
    const words = playsDown(o.sentence);
    if (!words) continue;
    // Its part's urgent entry, or one on its subject, or else any: a page that says to act at once plays nothing down anywhere.
    const against = urgent.find((i) => found[i].parts.has(o.part)) ?? urgent.find((i) => sharesSubject(o.block, register.entries[i].says)) ?? urgent[0];
    if (against === undefined) continue;
    problems.push({ ...where(o), message: `"${o.sentence}" plays the danger down ("${words}"), against "${register.entries[against].says}" (${register.file} line ${entryLine(against)}), which its source requires: take it out, or say only what the source says` });
  }

  // In a part that says to act at once, an instruction that waits, makes an exception or sends to a non-emergency line contradicts it,
  // unless its own entry holds it to a time or a place (then its requirement judged it above).
  for (const o of occurrences) {
    const own = bySentence.get(sentenceKey(o.sentence));
    if (own !== undefined && (register.entries[own].requires.when || register.entries[own].requires.go)) continue;
    // An instruction that waits or narrows; any sentence that offers a non-emergency line ("NHS 111 can also advise you").
    const words = classify(o.sentence, o.block)?.kind === 'instruction' ? putsOff(o.sentence) : offersNonEmergency(o.sentence);
    const against = words ? urgent.find((i) => found[i].parts.has(o.part)) : undefined;
    if (against === undefined) continue;
    problems.push({ ...where(o), message: `"${o.sentence}" puts off or narrows what its part says to do ("${words}"), against "${register.entries[against].says}" (${register.file} line ${entryLine(against)}): take it out, or say only what the source says` });
  }

  register.entries.forEach((entry, index) => {
    if (found[index].parts.size === 0 && found[index].closeParts.size === 0) {
      problems.push({ file: register.file, field: `${index}.says`, line: entryLine(index), message: `"${entry.says}" is not a sentence of the page (${pageFile}): put the sentence back, or put the page's new wording in says if it still says all its source requires (a safety entry goes only with a review that names it in lowers)` });
    }
  });

  // In the order a reader meets them on the page.
  const claims = register.entries
    .map((entry, index) => ({ ...entry, parts: [...found[index].parts].map(({ title, id }) => ({ title, id })), kind: found[index].kind, first: found[index].first }))
    .filter((claim) => claim.parts.length > 0)
    .sort((a, b) => a.first - b.first)
    .map(({ first: _first, ...claim }) => claim);
  // A reworded sentence still stands where it stood (its change is reported above), so the approval check does not report it twice.
  return { problems, claims, partsOf: found.map((f) => [...new Set([...f.parts, ...f.closeParts])]) };
}

/** The prose of the evidence page: each checked sentence and requirement, where it comes from, what it asks. */
export function evidenceTextParts(claims: readonly Claim[], requirements: readonly RequirementView[] = []): TextPart[] {
  return [
    {
      name: 'Evidence page',
      blocks: [
        ...requirements.flatMap((r) => [r.tells, ...Object.values(r.from), ...(r.note ? [r.note] : [])]),
        ...claims.flatMap((c) => [c.says, ...Object.values(c.from), ...describeRequirement(c.requires), ...(c.note ? [c.note] : [])]),
      ],
    },
  ];
}
