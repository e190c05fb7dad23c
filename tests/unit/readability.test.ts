import { describe, expect, it } from 'vitest';
import { countText, gradeOf, pageReadability } from '@/lib/readability';

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
    const result = pageReadability({
      facts: { summary: 'A short summary.', urgentCards: [{ intro: 'Call now.', items: ['a sign'], action: 'Act.' }] },
      introTextBlocks: [],
      sections: [{ title: 'Side effects', textBlocks: ['You may feel sleepy.'] }],
    });
    expect(result.sections.map((s) => [s.name, s.words])).toEqual([
      ['Summary and urgent boxes', 8],
      ['Side effects', 4],
    ]);
    expect(result.page).toMatchObject({ name: 'Whole page', words: 12 });
  });
});
