import path from 'node:path';
import type { ElementContent } from 'hast';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/Markdown';
import { renderBody, sectionContent } from '@/lib/markdown/render';
import { fixtureDir } from './helpers';

/** The tree as HTML, to compare with what a writer expects. */
const html = (nodes: readonly ElementContent[]) => unified().use(rehypeStringify).stringify({ type: 'root', children: [...nodes] }).trim();
/** What the page draws from the tree (React, not an HTML string). */
const page = (nodes: readonly ElementContent[]) => renderToStaticMarkup(<Markdown nodes={nodes} />);
const publicDir = path.join(fixtureDir('..'), 'public');

describe('renderBody', () => {
  it('wraps each ## section in a <section>, with ids from the heading text', () => {
    const body = renderBody('Intro.\n\n## What it is\n\nText.\n\n### A detail\n\nMore.\n\n## Side effects\n\n- a\n- b\n');
    expect(html(body.intro)).toBe('<p>Intro.</p>');
    expect(body.sections.map((s) => [s.id, s.title])).toEqual([
      ['what-it-is', 'What it is'],
      ['side-effects', 'Side effects'],
    ]);
    expect(html([body.sections[0].node])).toMatch(/^<section id="what-it-is" aria-labelledby="what-it-is-heading"><h2 id="what-it-is-heading">What it is<\/h2>/);
    expect(html(sectionContent(body.sections[0]))).toContain('<h3 id="a-detail">A detail</h3>');
    expect(html(sectionContent(body.sections[1]))).toContain('<li>a</li>');
  });

  it('keeps an id when the section moves, and never takes an id the page uses', () => {
    const first = renderBody('## Sources\n\n## Side effects\n');
    const moved = renderBody('## Side effects\n\n## Sources\n');
    expect(first.sections.map((s) => s.id)).toEqual(['sources-1', 'side-effects']);
    expect(moved.sections.map((s) => s.id)).toEqual(['side-effects', 'sources-1']);
  });

  it('gives repeated headings distinct ids', () => {
    expect(renderBody('## Dose\n\n## Dose\n').sections.map((s) => s.id)).toEqual(['dose', 'dose-1']);
  });

  it('never gives a heading an id the page itself uses, such as an urgent box or its heading', () => {
    const ids = renderBody('## Urgent\n\n## Urgent 1\n\n## Key facts heading\n').sections.map((s) => s.id);
    for (const id of ids) expect(['urgent', 'urgent-1', 'urgent-2', 'key-facts-heading']).not.toContain(id);
  });

  it('reports a heading that would share an id with a section heading', () => {
    expect(renderBody('## Dose\n\n### Dose heading\n').messages).toEqual([{ line: 3, message: expect.stringContaining('share the id "dose-heading"') }]);
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
    expect(body.sections.map((s) => html(sectionContent(s)))).toEqual(['<p>Text.</p>', '<p>Text.</p>']);
    expect(body.messages).toEqual([]);
  });

  it('keeps a colon in running text as the writer typed it', () => {
    const body = renderBody('Come at 10:30, see:this or :smile[x].');
    expect(html(body.intro)).toBe('<p>Come at 10:30, see:this or :smile[x].</p>');
    expect(body.messages).toEqual([]);
  });

  it('renders GFM tables', () => {
    expect(html(renderBody('| a | b |\n| - | - |\n| 1 | 2 |\n').intro)).toContain('<td>1</td>');
  });

  it('marks links out, draws them with the visible cue once, and collects links in', () => {
    const body = renderBody('[label](https://example.org/x) and [side effects](/medications/x/#side-effects)');
    expect(html(body.intro)).toContain('<a href="https://example.org/x" rel="noopener noreferrer">label<span class="external-cue"> (opens another site)</span></a>');
    expect(page(body.intro)).toContain(
      '<a href="https://example.org/x" rel="noopener noreferrer">label<span class="external-cue"> (opens another site)</span></a>',
    );
    expect(page(body.intro)).toContain('<a href="/medications/x/#side-effects">side effects</a>');
    expect(body.internalLinks).toEqual([{ href: '/medications/x/#side-effects', line: 1 }]);
  });

  it('lets a tel: or mailto: link through, unmarked', () => {
    const body = renderBody('Call [the clinic](tel:+15555550123) or [write](mailto:clinic@example.org).');
    expect(body.messages).toEqual([]);
    expect(page(body.intro)).toBe(
      '<div class="prose mt-4"><p>Call <a href="tel:+15555550123">the clinic</a> or <a href="mailto:clinic@example.org">write</a>.</p></div>',
    );
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
    const one = html(sectionContent(body.sections[0]));
    expect(one).toContain('<a href="https://example.org/pi" rel="noopener noreferrer">the label<span class="external-cue"> (opens another site)</span></a>');
    expect(one).toContain('<a href="#two">side effects</a>');
    expect(body.internalLinks).toEqual([{ href: '#two', line: 3 }]);
  });

  it('reports protocol-relative links, images from other sites or missing from public/, and footnotes', () => {
    const body = renderBody(
      '[a](//example.org/x)\n\n![b](https://tracker.example/p.png)\n\nText.[^1]\n\n[^1]: Note.\n\n![ok](/images/pump.svg)\n\n![gone](/images/gone.png)\n\n![relative](pump.svg)\n',
      undefined,
      { publicDir },
    );
    expect(body.messages).toEqual([
      { line: 1, message: 'link "//example.org/x" must be a full https:// address' },
      { line: 3, message: 'image "https://tracker.example/p.png" must be a file on this site (a path starting with /)' },
      { line: 5, message: 'footnotes are not supported: put the note in the text' },
      { line: 7, message: 'footnotes are not supported: put the note in the text' },
      { line: 11, message: 'image "/images/gone.png" is not a file in public/' },
      { line: 13, message: 'image "pump.svg" must be a file on this site (a path starting with /)' },
    ]);
    expect(html(body.intro)).toContain('<img src="/images/pump.svg" alt="ok">');
  });

  it('reports raw HTML and every unsafe link, and still drops them if a check were missed', () => {
    const markdown =
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](data:text/html,x) <iframe src="x"></iframe>\n\n<!-- a note to other writers -->\n';
    const body = renderBody(markdown);
    expect(body.messages.map((m) => [m.line, m.message.split(' ').slice(0, 2).join(' ')])).toEqual([
      [1, 'raw HTML'],
      [3, 'raw HTML'],
      [5, 'link "javascript:alert(1)"'],
      [5, 'link "data:text/html,x"'],
      [5, 'raw HTML'],
      [5, 'raw HTML'],
    ]);
    const drawn = page(body.intro);
    expect(drawn).not.toMatch(/<script|onerror|javascript:|data:|<iframe|<!--/i);
    expect(drawn).toContain('<a>a</a>');
  });
});
