import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { withStyleHashes } from '@/scripts/hosts/headers-file';
import { nginxBuildConf } from '@/scripts/hosts/nginx-conf';
import rehypeInlineStyles, { cssUsedBy, linkedStylesheets, styleHash } from '@/scripts/build/post-export/inline-styles';

const page = `<!doctype html><html lang="en"><head><title>T</title>
<link rel="stylesheet" href="/_next/static/chunks/a.css"><link rel="stylesheet" href="/_next/static/chunks/b.css">
</head><body><main class="mx-auto sm:grid dark:text-white px-1.5"><ul class="list"><li>One</li></ul><a href="https://example.org">x</a></main></body></html>`;

// The kinds of rule Tailwind and app/globals.css write, used and unused.
const css = [
  '*,:before,:after{box-sizing:border-box}',
  ':root{--color-x:#000}',
  'html{font-size:112.5%}',
  ':focus-visible{outline:3px solid #fd0}',
  '.mx-auto{margin-inline:auto}',
  '.px-1\\.5{padding-inline:.375rem}',
  '.unused-utility{color:red}',
  '@media (min-width:40rem){.sm\\:grid{display:grid}.sm\\:flex{display:flex}}',
  '@media (prefers-color-scheme:dark){.dark\\:text-white{color:#fff}.dark\\:text-black{color:#000}}',
  '.list :where(li)::marker{color:gray}',
  '.take-home-summary .list{columns:2}',
  '@media print{@page{margin:15mm}main a[href^=http]:after{content:attr(href)}.wallet-card{width:171mm}}',
].join('');

describe('inline CSS', () => {
  it('keeps the rules a page can use, with variants, pseudo-classes and print rules, and drops the rest', async () => {
    const used = await cssUsedBy([page], css);
    for (const kept of ['box-sizing', '--color-x', '112.5%', ':focus-visible', '.mx-auto', '.px-1\\.5', '.sm\\:grid', '.dark\\:text-white', '::marker', '@page{margin:15mm}', 'content:attr(href)']) {
      expect(used, kept).toContain(kept);
    }
    for (const dropped of ['.unused-utility', '.sm\\:flex', '.dark\\:text-black', '.take-home-summary', '.wallet-card']) expect(used, dropped).not.toContain(dropped);
  });

  it('keeps a rule that any page of the kind uses', async () => {
    const other = page.replace('class="list"', 'class="list take-home-summary"');
    expect(await cssUsedBy([page, other], css)).toContain('.take-home-summary .list');
  });

  it('puts the CSS in one <style> where the first stylesheet was, and the page links none', () => {
    const processor = unified().use(rehypeParse).use(rehypeStringify);
    const tree = processor.parse(page) as Root;
    expect(linkedStylesheets(tree)).toEqual(['/_next/static/chunks/a.css', '/_next/static/chunks/b.css']);
    rehypeInlineStyles({ css: 'a{color:red}' })(tree);
    const html = processor.stringify(tree);
    expect(html).toContain('<title>T</title>\n<style>a{color:red}</style>\n</head>');
    expect(linkedStylesheets(tree)).toEqual([]);
  });

  it('allows exactly that text by its SHA-256, in _headers and for nginx', () => {
    const hash = styleHash('a{color:red}');
    expect(hash).toBe(`'sha256-${createHash('sha256').update('a{color:red}').digest('base64')}'`);
    expect(withStyleHashes("/*\n  Content-Security-Policy: default-src 'none'; style-src $inline_style_hashes; img-src 'self'", hash)).toBe(
      `/*\n  Content-Security-Policy: default-src 'none'; style-src ${hash}; img-src 'self'`,
    );
    expect(() => withStyleHashes("/*\n  Content-Security-Policy: style-src 'self'", hash)).toThrow(/public\/_headers.*\$inline_style_hashes/);
    // A comment that names the placeholder is neither filled in nor taken for the policy.
    const commented = `# the build fills in $inline_style_hashes\n/*\n  Content-Security-Policy: style-src 'self'`;
    expect(() => withStyleHashes(commented, hash)).toThrow(/style-src must list/);
    expect(withStyleHashes(`# $inline_style_hashes\n/*\n  Content-Security-Policy: style-src $inline_style_hashes`, hash)).toBe(
      `# $inline_style_hashes\n/*\n  Content-Security-Policy: style-src ${hash}`,
    );
    expect(nginxBuildConf([], hash)).toContain(`set $inline_style_hashes "${hash}";`);
  });
});
