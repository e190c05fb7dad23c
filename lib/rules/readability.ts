import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { TextPart } from '../pages/page-text';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Counts sentences, words and syllables in blocks of prose. Each block (a paragraph, a list
 * item, a table cell) ends a sentence even without a full stop: a short bullet is a short
 * sentence to a reader, not part of one long one.
 */
export function countText(blocks: string[]): TextCounts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    for (const sentence of block.split(/[.!?:;]+(?=\s|$)/)) {
      const words = sentence.match(wordPattern) ?? [];
      if (words.length === 0) continue;
      counts.sentences += 1;
      counts.words += words.length;
      counts.syllables += words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
    }
  }
  return counts;
}

export const addCounts = (all: TextCounts[]): TextCounts =>
  all.reduce((a, b) => ({ sentences: a.sentences + b.sentences, words: a.words + b.words, syllables: a.syllables + b.syllables }), {
    sentences: 0,
    words: 0,
    syllables: 0,
  });

/** US school grade (Flesch–Kincaid); 0 for no text. */
export const gradeOf = (counts: TextCounts) =>
  counts.words === 0 ? 0 : Math.round(fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables }) * 10) / 10;

export interface SectionReadability {
  name: string;
  words: number;
  grade: number;
}

export interface PageReadability {
  sections: SectionReadability[];
  page: SectionReadability;
}

/** Grade of each part of a monograph a patient reads as prose, and of the whole page. */
export function pageReadability(parts: TextPart[]): PageReadability {
  const counted = parts.map((part) => ({ name: part.name, counts: countText(part.blocks) }));
  const total = addCounts(counted.map((p) => p.counts));
  return {
    sections: counted.map((p) => ({ name: p.name, words: p.counts.words, grade: gradeOf(p.counts) })),
    page: { name: 'Whole page', words: total.words, grade: gradeOf(total) },
  };
}
