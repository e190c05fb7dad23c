import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/markdown/render';
import { pickPart } from '@/lib/take-home';
import { problemsOf } from './helpers';

const f = 'tests/fixtures/content/take-home/medications/take-home.md';

describe('take-home choices in the content file', () => {
  it('must name headings of the page, and quote the page word for word on the card', () => {
    expect(problemsOf('take-home')).toEqual([
      `${f}: takeHome.summary.2: "no-such-heading" is not the id of a ## or ### heading on this page (line 27)`,
      `${f}: takeHome.card.front.items.1: "Something the page never says" is not on the page: a card line must be copied from the page, word for word (line 32)`,
      `${f}: takeHome.card.back.action: "Take it with a smile." is not on the page: a card line must be copied from the page, word for word (line 37)`,
    ]);
  });
});

describe('pickPart', () => {
  const { sections } = renderBody('## One\n\nA.\n\n### Two\n\nB.\n\n#### Deeper\n\nC.\n\n### Three\n\nD.\n\n## Four\n\nE.\n');
  const text = (id: string) => pickPart(sections, id)?.nodes.map((n) => toString(n)).join('').replace(/\s+/g, ' ').trim();

  it('takes a whole ## section without its heading', () => {
    expect(pickPart(sections, 'one')?.title).toBe('One');
    expect(text('one')).toBe('A. Two B. Deeper C. Three D.');
  });

  it('takes a ### heading up to the next heading of its level or higher, deeper ones included', () => {
    expect(pickPart(sections, 'two')?.title).toBe('Two');
    expect(text('two')).toBe('B. Deeper C.');
    expect(text('three')).toBe('D.');
  });

  it('finds nothing for an id that is not a heading', () => {
    expect(pickPart(sections, 'nope')).toBeUndefined();
  });
});
