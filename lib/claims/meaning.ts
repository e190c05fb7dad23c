import { createRequire } from 'node:module';
import type nlpType from 'compromise';

// Its one-file CommonJS build: the ES build is some 200 files, which tsx turns into a second of check:content.
const nlp = createRequire(import.meta.url)('compromise') as typeof nlpType;

/**
 * A sentence as the strength rules read it for meaning: in lower case, with numbers in words
 * written as numbers ("thirty-three feet" is "33 feet") and units in one spelling, and split into
 * clauses. The numbers and the clauses come from compromise (an English NLP library kept on npm),
 * not from hand-written parsing; it is only asked when a sentence has a number word or a
 * negation, since the requirements check reads the same sentences many times.
 */
export interface Reading {
  text: string;
  clauses: string[];
}

const numberWord = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)\b/;
const negationWord = /\b(?:not|never|no|nothing|without|n't)\b|n't\b/;

/** One spelling of each unit, so "10 metres" and "10 meters" are the same distance. */
const units: [RegExp, string][] = [
  [/\b(?:feet|foot|ft)\b/g, 'feet'],
  [/\b(?:metres?|meters?)\b/g, 'meters'],
  [/\b(?:centimetres?|centimeters?|cm)\b/g, 'cm'],
  [/\b(?:inches|inch)\b/g, 'inches'],
  [/\b(?:atmospheres?|atm|ata)\b/g, 'atmospheres'],
  [/\b(?:teslas?)\b/g, 'tesla'],
];

export const lower = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

const withUnits = (text: string) => units.reduce((t, [pattern, unit]) => t.replace(pattern, unit), text);

const cache = new Map<string, Reading>();

export function read(sentence: string): Reading {
  const cached = cache.get(sentence);
  if (cached) return cached;
  let text = lower(sentence);
  let clauses = [text];
  if (numberWord.test(text) || negationWord.test(text)) {
    const doc = nlp(text);
    if (numberWord.test(text)) doc.numbers().toNumber();
    text = lower(doc.all().text());
    clauses = (doc.clauses().out('array') as string[]).map(lower);
  }
  const reading = { text: withUnits(text), clauses: clauses.map(withUnits) };
  cache.set(sentence, reading);
  return reading;
}

/** Text as a regular expression that matches it literally. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the sentence keeps a condition of the source. A condition with a number is met by the
 * same number with the same unit and the same words around it, compared as numbers: "2
 * atmospheres" meets "2.0 atmospheres", and "13 tesla" does not meet "3 tesla".
 */
export function keepsCondition(reading: Reading, condition: string): boolean {
  const wanted = read(condition).text;
  const numbers = wanted.match(/\d+(?:\.\d+)?/g);
  // "light-headed" is "lightheaded": a hyphen is spelling, not meaning.
  const unhyphened = (text: string) => text.replace(/-/g, '');
  if (!numbers) return unhyphened(reading.text).includes(unhyphened(wanted));
  // The same measure with the same words, in another order: "over 39°C (about 102°F)" keeps "over 102°F".
  const measures = quantities(condition);
  const have = quantities(reading.text);
  const words = wanted.replace(/\d+(?:\.\d+)?\s*(?:°\s*[cf]\b|%|[a-z]+)?/g, ' ').split(/\s+/).filter(Boolean);
  if (measures.length && measures.every((m) => have.includes(m)) && words.every((w) => reading.text.includes(w))) return true;
  const pattern = new RegExp(wanted.split(/\d+(?:\.\d+)?/).map(escape).join('(?<![\\d.])(\\d+(?:\\.\\d+)?)(?![\\d]|\\.\\d)'), 'g');
  for (const match of reading.text.matchAll(pattern)) {
    if (numbers.every((n, i) => Number(match[i + 1]) === Number(n))) return true;
  }
  return false;
}

/**
 * The measures a sentence states, each as "number unit" ("10 meters", "39°c", "90 days"), read
 * as numbers (so "2.0 atmospheres" is "2 atmospheres" and "thirty-three feet" is "33 feet"). A
 * count ("your two cards") or a phone number ("911") is not a measure.
 */
export function quantities(sentence: string): string[] {
  const found: string[] = [];
  for (const match of read(sentence).text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*(°\s*[cf]\b|%|(?:feet|meters|cm|mm|inches|atmospheres|tesla|mg|ml|minutes?|hours?|days?|weeks?|months?|years?|times)\b)/g)) {
    found.push(`${Number(match[1])} ${match[2].replace(/\s+/g, '')}`);
  }
  return found;
}
