import { ParseEnglish } from 'parse-english';
import { toString } from 'nlcst-to-string';

const parser = new ParseEnglish();

/** The sentences of a block of text, as a reader reads them. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of parser.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') sentences.push(toString(sentence).trim());
    }
  }
  return sentences.filter(Boolean);
}
