import { describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/markdown/render';

describe('renderBody', () => {
  it('splits the body into ## sections with ids from their text', () => {
    const body = renderBody('Intro.\n\n## What it is\n\nText.\n\n### A detail\n\nMore.\n\n## Side effects\n\n- a\n- b\n');
    expect(body.introHtml).toBe('<p>Intro.</p>');
    expect(body.sections.map((s) => [s.id, s.title])).toEqual([
      ['what-it-is', 'What it is'],
      ['side-effects', 'Side effects'],
    ]);
    expect(body.sections[0].html).toContain('<h3 id="a-detail">A detail</h3>');
    expect(body.sections[1].html).toContain('<li>a</li>');
  });

  it('keeps an id when the section moves, and never takes an id the page uses', () => {
    const first = renderBody('## Sources\n\n## Side effects\n');
    const moved = renderBody('## Side effects\n\n## Sources\n');
    expect(first.sections.map((s) => s.id)).toEqual(['sources-1', 'side-effects']);
    expect(moved.sections.map((s) => s.id)).toEqual(['side-effects', 'sources-1']);
  });

  it('gives repeated headings distinct ids', () => {
    const ids = renderBody('## Dose\n\n## Dose\n').sections.map((s) => s.id);
    expect(ids).toEqual(['dose', 'dose-1']);
  });

  it('reads ::sources lines into each section, and leaves them off the page', () => {
    const body = renderBody('## One\n::sources[a, b]\n\nText.\n\n## Two\n\nText.\n\n::sources[c]\n');
    expect(body.sections.map((s) => s.citations)).toEqual([
      [
        { id: 'a', line: 2 },
        { id: 'b', line: 2 },
      ],
      [{ id: 'c', line: 10 }],
    ]);
    expect(body.sections.map((s) => s.html)).toEqual(['<p>Text.</p>', '<p>Text.</p>']);
    expect(body.messages).toEqual([]);
  });

  it('keeps a colon in running text as the writer typed it', () => {
    const body = renderBody('Come at 10:30, see:this or :smile[x].');
    expect(body.introHtml).toBe('<p>Come at 10:30, see:this or :smile[x].</p>');
    expect(body.messages).toEqual([]);
  });

  it('renders GFM tables', () => {
    expect(renderBody('| a | b |\n| - | - |\n| 1 | 2 |\n').introHtml).toContain('<td>1</td>');
  });

  it('marks links out with rel and a visible cue, and collects links in', () => {
    const body = renderBody('[label](https://example.org/x) and [side effects](/medications/x/#side-effects)');
    expect(body.introHtml).toContain(
      '<a href="https://example.org/x" rel="noopener noreferrer" class="external-link">label<span class="external-cue"> (opens another site)</span></a>',
    );
    expect(body.internalLinks).toEqual([{ href: '/medications/x/#side-effects', line: 1 }]);
  });

  it('reports a # heading, a skipped level and an http link, with their lines', () => {
    const body = renderBody('# Title\n\n## A\n\n#### B\n\n[x](http://example.org)\n');
    expect(body.messages).toEqual([
      { line: 1, message: expect.stringContaining('use ## for sections') },
      { line: 5, message: expect.stringContaining('jumps from level 2 to 4') },
      { line: 7, message: 'link "http://example.org" must be a full https:// address' },
    ]);
  });

  it('handles reference links like inline ones, wherever their definition is', () => {
    const body = renderBody('## One\n\nSee [the label][pi] and [side effects][se].\n\n## Two\n\n[pi]: https://example.org/pi\n[se]: #two\n');
    expect(body.sections[0].html).toContain(
      '<a href="https://example.org/pi" rel="noopener noreferrer" class="external-link">the label<span class="external-cue"> (opens another site)</span></a>',
    );
    expect(body.sections[0].html).toContain('<a href="#two">side effects</a>');
    expect(body.internalLinks).toEqual([{ href: '#two', line: 3 }]);
  });

  it('reports protocol-relative and http links, images from other sites, and footnotes', () => {
    const body = renderBody('[a](//example.org/x)\n\n![b](https://tracker.example/p.png)\n\nText.[^1]\n\n[^1]: Note.\n\n![ok](/icon.svg)\n');
    expect(body.messages).toEqual([
      { line: 1, message: 'link "//example.org/x" must be a full https:// address' },
      { line: 3, message: 'image "https://tracker.example/p.png" must be a file on this site (a path starting with /)' },
      { line: 5, message: 'footnotes are not supported: put the note in the text' },
      { line: 7, message: 'footnotes are not supported: put the note in the text' },
    ]);
  });

  it('never gives a heading an id the page itself uses, such as an urgent box or its heading', () => {
    const ids = renderBody('## Urgent\n\n## Urgent 1\n\n## Key facts heading\n').sections.map((s) => s.id);
    for (const id of ids) expect(['urgent', 'urgent-1', 'urgent-2', 'key-facts-heading']).not.toContain(id);
  });

  it('drops raw HTML and unsafe URLs', () => {
    const html = renderBody(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](data:text/html,x) <iframe src="x"></iframe>',
    ).introHtml;
    expect(html).not.toMatch(/<script|onerror|javascript:|data:|<iframe/i);
    expect(html).toContain('<a>a</a>');
  });
});
