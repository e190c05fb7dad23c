import { describe, expect, it } from 'vitest';
import { getMedications, loadContent } from '@/lib/content/content';
import { ContentError } from '@/lib/text/problems';
import { medicationRoute } from '@/lib/site/routes';
import { textBlocks } from '@/lib/pages/page-text';
import { idsOnPage } from '@/lib/pages/page-ids';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fixtureDir, problemsOf, today } from './helpers';

const file = (name: string, slug: string) => `tests/fixtures/content/${name}/medications/${slug}.md`;

describe('loading valid content', () => {
  const { medications, problems } = loadContent(fixtureDir('valid'), today);

  it('finds no problems and sorts by name', () => {
    expect(problems).toEqual([]);
    expect(medications.map((m) => m.slug)).toEqual(['testamol', 'zeta-fixture']);
  });

  it('types the front matter', () => {
    const [testamol] = medications;
    expect(testamol.facts.genericAvailable).toBe(false);
    expect(testamol.facts.otherBrands).toEqual(['Fakeprofen']);
    expect(testamol.facts.lastReviewed).toBe('2026-01-15');
    expect(testamol.href).toBe(medicationRoute.path({ slug: 'testamol' }));
  });

  it('renders the body into sections with stable ids', () => {
    const [testamol] = medications;
    expect(textBlocks(testamol.intro)).toEqual(['Intro text before the first section.']);
    expect(testamol.sections.map((s) => s.id)).toEqual(['what-it-is', 'how-to-take-it', 'what-it-is-1']);
    expect(selectAll('strong', testamol.sections[0].node).map((n) => toString(n))).toEqual(['made up']);
    expect(selectAll('table td', testamol.sections[1].node).map((n) => toString(n))).toEqual(['Morning', 'With water']);
    // Links may land on a section, its heading, a heading inside it, or a source.
    for (const id of ['what-it-is', 'what-it-is-heading', 'a-detail', 'source-source-1', 'key-facts']) expect(idsOnPage(medicationRoute, testamol)).toContain(id);
  });

  it('is what getMedications returns', () => {
    expect(getMedications(fixtureDir('valid')).map((m) => m.slug)).toEqual(['testamol', 'zeta-fixture']);
  });
});

describe('every class of bad input names the file and the field', () => {
  it('malformed YAML', () => {
    expect(problemsOf('malformed-yaml')).toEqual([
      `${file('malformed-yaml', 'broken-yaml')}: front matter: is not valid YAML: nested mappings are not allowed in compact mappings (line 2)`,
    ]);
  });

  it('a file without front matter', () => {
    expect(problemsOf('no-front-matter')).toEqual([
      `${file('no-front-matter', 'plain')}: front matter: missing: the file must start with a --- line, then the YAML fields, then --- (line 1)`,
    ]);
  });

  it('a missing field', () => {
    expect(problemsOf('missing-field')).toEqual([`${file('missing-field', 'no-title')}: title: is missing (Invalid input: expected string, received undefined)`]);
  });

  it('wrong fields, all reported at once', () => {
    const f = file('wrong-fields', 'wrong-fields');
    expect(problemsOf('wrong-fields')).toEqual([
      `${f}: description: "Too short." must be 50 to 160 characters (it is the search-result snippet) (line 4)`,
      `${f}: genericAvailable: "yes" must be true or false (without quotes) (line 8)`,
      `${f}: prescribingInformation.url: "http://example.org/pi" must be a full https:// address (line 14)`,
      `${f}: reviewHistory.0.date: "2026-13-45" is not a valid date (use YYYY-MM-DD, in quotes) (line 16)`,
      `${f}: front matter: unknown field sideEffcts (check the spelling) (line 24)`,
    ]);
  });

  it('a review date in the future', () => {
    expect(problemsOf('future-review')).toEqual([
      `${file('future-review', 'future')}: reviewHistory.0.date: "2099-01-01" must not be in the future (today is ${today}) (line 16)`,
    ]);
  });

  it('a next review that is not after the last', () => {
    expect(problemsOf('review-order')).toEqual([
      `${file('review-order', 'review-order')}: nextReview: "2026-01-15" must be after the latest review (2026-01-15) (line 18)`,
    ]);
  });

  it('two files claiming one slug', () => {
    const dir = 'tests/fixtures/content/duplicate-slug/medications';
    expect(problemsOf('duplicate-slug')).toEqual([`${dir}/b/same-name.md: file name: slug "same-name" is already used by ${dir}/a/same-name.md`]);
  });

  it('a link to a page that does not exist', () => {
    const f = file('broken-link', 'broken-link');
    expect(problemsOf('broken-link')).toEqual([
      `${f}: body line 29: link "/medications/does-not-exist/" points to a page that does not exist`,
      `${f}: body line 29: link "/#x" points to an anchor on the home page; link to the page instead`,
      // Issue 28: the URL parser drops a tab, so "/\t/evil.example/" read as //evil.example/ (another site) and passed.
      `${f}: body line 31: link "/%09/evil.example/" has a space, tab, line break or invisible character in it, so it leads to no page: type the address without it`,
      `${f}: body line 31: link "/%09/evil.example/" has a space, tab, line break or invisible character in it, so it leads to no page: type the address without it`,
      `${f}: body line 33: link "/medications/broken-link/summary/#no-such-part" points to "#no-such-part", which is not a heading or section on /medications/broken-link/summary/`,
    ]);
  });

  it('a link to an anchor that does not exist, here or on another page', () => {
    const f = file('broken-anchor', 'broken-anchor');
    expect(problemsOf('broken-anchor')).toEqual([
      `${f}: body line 29: link "#no-such-section" points to "#no-such-section", which is not a heading or section on /medications/broken-anchor/`,
      `${f}: body line 31: link "/medications/other-page/#nope" points to "#nope", which is not a heading or section on /medications/other-page/`,
      // A part the page draws only when it has one: this page has no urgent box.
      `${f}: body line 33: link "#urgent-1" points to "#urgent-1", which is not a heading or section on /medications/broken-anchor/`,
      `${f}: body line 33: link "#%zz" has a broken %-escape`,
    ]);
  });

  it('an outline a screen reader trips over, and an http link', () => {
    const f = file('bad-outline', 'bad-outline');
    expect(problemsOf('bad-outline')).toEqual([
      `${f}: body line 26: use ## for sections: the page title (#) comes from the front matter title`,
      `${f}: body line 31: heading "Skipped a level" jumps from level 2 to 4; do not skip levels`,
      `${f}: body line 33: link "http://example.org/" must be a full https:// address`,
    ]);
  });

  it('a glossary term the page never uses', () => {
    expect(problemsOf('glossary-unused')).toEqual([
      `${file('glossary-unused', 'glossary-unused')}: glossary.0.term: "Catheter" does not appear on the page (line 16)`,
    ]);
  });

  it('an empty content folder', () => {
    expect(problemsOf('does-not-exist')).toEqual(['tests/fixtures/content/does-not-exist/medications: folder: has no .md files']);
  });

  it('stops the build with every problem in one error', () => {
    expect(() => getMedications(fixtureDir('wrong-fields'))).toThrow(ContentError);
    expect(() => getMedications(fixtureDir('wrong-fields'))).toThrow(/5 content problems:\n {2}tests\/fixtures/);
  });
});
