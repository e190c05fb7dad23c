import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
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
    const found: { node: Element; depth: number; text: string }[] = [];
    visit(tree, 'element', (node: Element) => {
      const depth = headingRank(node);
      if (depth) found.push({ node, depth, text: toString(node).trim() });
    });
    // Sections (##) take their ids first: a ### that repeats a section's words gets the suffix,
    // so a link or a take-home summary naming the section never lands on the ### instead.
    const ids = new Map<Element, string>();
    for (const pass of [(d: number) => d <= 2, (d: number) => d > 2]) {
      for (const heading of found.filter((h) => pass(h.depth))) {
        // A heading of only symbols (an emoji, a dash) slugs to nothing; it still needs an id.
        ids.set(heading.node, slugger.slug(heading.text) || slugger.slug('section'));
      }
    }
    file.data.headings = found.map(({ node, depth, text }) => {
      const id = ids.get(node)!;
      node.properties.id = id;
      return { depth, id, text };
    });
  };
}
