import { describe, expect, it } from 'vitest';
import { resolveCitations } from '@/lib/model/citations';
import { loadContent } from '@/lib/content/content';
import { fixtureDir, problemsOf, today } from './helpers';

const f = 'tests/fixtures/content/citations/medications/citations.md';

describe('citation rules', () => {
  it('report every uncited part, unknown id, unused source and misplaced directive, with its line', () => {
    expect(problemsOf('citations')).toEqual([
      `${f}: body line 41: ::sources[…] must stand on a line of its own in a section, not inside a list or quote`,
      `${f}: body line 45: "::note" is not supported: the only directive is ::sources[source ids]`,
      `${f}: body line 28: the text before the first ## section cites no source: add a line ::sources[id, …] to it`,
      `${f}: body line 30: section "Cites nothing" cites no source: add a line ::sources[id, …] to it`,
      `${f}: body line 35: ::sources cites "no-such-source", which is not the id of a source in this file (leaflet, never-cited)`,
      `${f}: body line 39: section "Cites from inside a list" cites no source: add a line ::sources[id, …] to it`,
      `${f}: body line 43: section "Uses other directives" cites no source: add a line ::sources[id, …] to it`,
      `${f}: sources.1.id: "never-cited" is listed but nothing on the page cites it: cite it or remove it (line 23)`,
    ]);
  });

  it('accept a page where every part cites and every source is cited', () => {
    const { medications, problems } = loadContent(fixtureDir('valid'), today);
    expect(problems).toEqual([]);
    expect(medications[0].introCitations.map((c) => c.id)).toEqual(['source-1']);
    expect(medications[0].sections.every((s) => s.citations.length > 0)).toBe(true);
  });
});

describe('resolveCitations', () => {
  const sources = [
    { id: 'a', title: 'A', publisher: 'P' },
    { id: 'b', title: 'B', publisher: 'P' },
    { id: 'c', title: 'C', publisher: 'Q' },
  ];
  it('numbers sources as the Sources list does, in its order, each once', () => {
    expect(resolveCitations(['c', 'a', 'c'], sources)).toEqual([
      { number: 1, anchor: 'source-a', title: 'A', publisher: 'P' },
      { number: 3, anchor: 'source-c', title: 'C', publisher: 'Q' },
    ]);
  });
});
