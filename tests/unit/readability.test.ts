import { describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/markdown/render';
import { pageTextParts, usesTerm } from '@/lib/pages/page-text';
import { countText, gradeOf, pageReadability } from '@/lib/rules/readability';

describe('countText', () => {
  it('counts sentences, words and syllables', () => {
    expect(countText(['The cat sat. The dog ran!'])).toEqual({ sentences: 2, words: 6, syllables: 6 });
  });

  it('treats each block, such as a bullet, as its own sentence', () => {
    expect(countText(['itching', 'low blood pressure']).sentences).toBe(2);
  });

  it('ignores blocks with no words', () => {
    expect(countText(['', '—'])).toEqual({ sentences: 0, words: 0, syllables: 0 });
  });
});

describe('gradeOf', () => {
  it('is low for short plain sentences and high for long technical ones', () => {
    const plain = gradeOf(countText(['The pump is under your skin. It gives you the medicine.']));
    const hard = gradeOf(
      countText([
        'Intrathecal baclofen therapy consists of long-term delivery of baclofen to the intrathecal space in the spinal column, providing better spasticity reduction at lower doses than can be achieved with oral medications.',
      ]),
    );
    expect(plain).toBeLessThan(4);
    expect(hard).toBeGreaterThan(16);
  });

  it('is 0 with no text', () => expect(gradeOf(countText([]))).toBe(0));
});

describe('pageReadability', () => {
  it('grades the summary and urgent boxes, each section and the whole page', () => {
    const body = renderBody('## Side effects\n\nYou may feel sleepy.\n\n- [a link](#x) in a list\n');
    const card = { title: 'T', intro: 'Call now.', items: ['a sign'], action: 'Act.', sources: ['s'] };
    const result = pageReadability(pageTextParts({ summary: 'A short summary.', urgentCards: [card] }, body));
    expect(result.sections.map((s) => [s.name, s.words])).toEqual([
      ['Summary and urgent boxes', 8],
      ['Side effects', 9],
    ]);
    expect(result.page).toMatchObject({ name: 'Whole page', words: 17 });
  });
});

describe('usesTerm', () => {
  it('finds a glossary term as a whole word or phrase, in any case, singular or plural', () => {
    expect(usesTerm('Two incisions (cuts) are made.', 'Incision')).toBe(true);
    expect(usesTerm('the central  nervous system', 'Central nervous system')).toBe(true);
    expect(usesTerm('intrathecally', 'Intrathecal')).toBe(false);
    expect(usesTerm('a catheterisation', 'Catheter')).toBe(false);
  });
});
