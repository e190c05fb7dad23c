import crypto from 'node:crypto';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { PurgeCSS } from 'purgecss';
import purgeFromHtml from 'purgecss-from-html';
import { remove } from 'unist-util-remove';

/**
 * Each page carries its CSS in a <style> element instead of linking a stylesheet: one response
 * paints the page, where a linked stylesheet costs a second round trip before anything shows
 * (measured with `npm run bench`, docs/architecture.md, "Speed"). The CSS is cut to the rules the pages of one
 * kind use (all monographs share one, all summaries another), so each kind's CSS is one text with
 * one hash: the Content-Security-Policy allows exactly those hashes and no other inline style.
 */

const stylesheet = 'link[rel~="stylesheet"]';

/** The local stylesheets a page links, in order. */
export const linkedStylesheets = (tree: Root): string[] =>
  selectAll(stylesheet, tree)
    .map((link) => link.properties.href)
    .filter((href): href is string => typeof href === 'string' && href.startsWith('/'));

/**
 * The rules of `css` that can apply to at least one of `pages` (PurgeCSS, reading each page's
 * elements, classes, ids and attributes with an HTML parser, not by guessing at words).
 */
export async function cssUsedBy(pages: string[], css: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: pages.map((raw) => ({ raw, extension: 'html' })),
    css: [{ raw: css }],
    extractors: [{ extractor: purgeFromHtml, extensions: ['html'] }],
    // Custom properties and @property rules are read through var(), which PurgeCSS cannot follow.
    variables: false,
    // A selector that starts with a pseudo-class (the focus ring, `:focus-visible`) names no element,
    // class or attribute to look for: it applies to any page, so it always stays.
    safelist: { standard: [/^:/] },
  });
  return result.css;
}

/** The CSP source that allows exactly this text in a <style> element. */
export const styleHash = (css: string) => `'sha256-${crypto.createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/** Replaces the page's stylesheet links with one <style> element holding `css`, in the first one's place. */
export default function rehypeInlineStyles(options: { css: string }) {
  return (tree: Root) => {
    const [first, ...rest] = selectAll(stylesheet, tree);
    if (!first) return;
    Object.assign(first, { tagName: 'style', properties: {}, children: [{ type: 'text', value: options.css }] });
    remove(tree, { cascade: false }, (node) => rest.includes(node as Element));
  };
}
