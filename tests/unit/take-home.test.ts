import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/markdown/render';
import { pickPart, summaryParts } from '@/lib/pages/take-home';
import { problemsOf } from './helpers';

const f = 'tests/fixtures/content/take-home/medications/take-home.md';

describe('take-home choices in the content file', () => {
  it('must name headings of the page, and quote whole items or sentences of the page on the card', () => {
    const rule = 'a card line must be a whole heading, list item or sentence of the page, word for word';
    expect(problemsOf('take-home')).toEqual([
      `${f}: takeHome.summary.2: "no-such-heading" is not the id of a ## or ### heading on this page (line 27)`,
      `${f}: takeHome.card.faces.0.items.1: "Something the page never says" is not on the page: ${rule} (line 32)`,
      // Words of the page, but not a whole sentence: the card must not say less than the page.
      `${f}: takeHome.card.faces.0.items.2: "our sources and below" is only part of a sentence or item of the page: ${rule} (line 32)`,
      `${f}: takeHome.card.faces.1.action.1: "Take it with a smile." is not on the page: ${rule} (line 36)`,
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

describe('withLinksTo', () => {
  it('sends a link to an anchor the take-home page lacks to the monograph, and leaves the rest', () => {
    const { sections } = renderBody('## One\n\nSee [two](#two), [one](#one) and [away](https://example.org/).\n\n## Two\n\nB.\n');
    const [one] = summaryPartsOf(sections);
    const hrefs = JSON.stringify(one.nodes).match(/"href":"[^"]+"/g);
    expect(hrefs).toEqual(['"href":"/medications/x/#two"', '"href":"#one"', '"href":"https://example.org/"']);
    // The monograph's own tree is untouched.
    expect(JSON.stringify(sections[0].node)).toContain('"href":"#two"');
    // With the other part on the summary too, the link stays on the summary.
    const [both] = summaryParts({ takeHome: { summary: ['one', 'two'], careTeam: [] } }, sections, '/medications/x/');
    expect(JSON.stringify(both.nodes)).toContain('"href":"#two"');
  });
});

function summaryPartsOf(sections: ReturnType<typeof renderBody>['sections']) {
  return summaryParts({ takeHome: { summary: ['one'], careTeam: [] } }, sections, '/medications/x/');
}
