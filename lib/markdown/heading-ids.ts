import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface HeadingInfo {
  depth: number;
  id: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: HeadingInfo[];
  }
}

export interface HeadingIdOptions {
  /** Ids the page already uses; headings never take them. */
  reserved?: readonly string[];
}

/**
 * Gives every heading an id made from its own text (so a link keeps working when sections move)
 * and records the outline in `file.data.headings`. It runs after the sanitizer, so these ids are
 * ours and keep no `user-content-` prefix.
 */
export default function rehypeHeadingIds(options: HeadingIdOptions = {}) {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    for (const id of options.reserved ?? []) slugger.slug(id);
    const headings: HeadingInfo[] = [];
    visit(tree, 'element', (node: Element) => {
      const rank = /^h([1-6])$/.exec(node.tagName);
      if (!rank) return;
      const depth = Number(rank[1]);
      const text = toString(node).trim();
      // A heading of only symbols (an emoji, a dash) slugs to nothing; it still needs an id.
      const id = slugger.slug(text) || slugger.slug('section');
      node.properties.id = id;
      headings.push({ depth, id, text });
    });
    file.data.headings = headings;
  };
}
