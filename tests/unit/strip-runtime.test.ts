import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeStripRuntime, { localReferences } from '@/scripts/build/post-export/strip-runtime';

const page = `<!doctype html><html lang="en"><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css">
<link rel="preload" as="script" href="/_next/static/chunks/b.js">
<link rel="modulepreload" href="/_next/static/chunks/c.js">
<link rel="preload" as="font" href="/font.woff2">
<script src="/_next/static/chunks/d.js" async></script>
</head><body><div hidden><!--$--><!--/$--></div><p>Text</p><p>Medicines Explained<!-- -->: all</p><div hidden>kept</div>
<script>self.__next_f.push([1,"payload"])</script>
<script type="application/ld+json">{"@type":"Drug"}</script>
<img src="/icon.svg?v=1"></body></html>`;

describe('rehypeStripRuntime', () => {
  const processor = unified().use(rehypeParse).use(rehypeStripRuntime).use(rehypeStringify);
  const tree = processor.runSync(processor.parse(page)) as Root;
  const html = processor.stringify(tree);

  it('removes every runtime script and script preload, and keeps JSON-LD, CSS and content', () => {
    expect(html).not.toMatch(/\.js|__next_f|modulepreload/);
    expect(html).toContain('<script type="application/ld+json">{"@type":"Drug"}</script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(html).toContain('<link rel="preload" as="font" href="/font.woff2">');
    expect(html).toContain('<p>Text</p>');
  });

  it("removes React's hydration comments and the empty hidden box that held them, and nothing else", () => {
    expect(html).not.toContain('<!--');
    expect(html).toContain('<body><p>Text</p><p>Medicines Explained: all</p><div hidden>kept</div>');
  });

  it('lists the local files the page still needs', () => {
    expect(localReferences(tree)).toEqual(['/_next/static/chunks/a.css', '/font.woff2', '/icon.svg']);
  });
});
