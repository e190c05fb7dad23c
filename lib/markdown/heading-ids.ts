import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
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
 * Gives every heading an id made from its own text (so a link keeps working when sections move),
 * records the outline in `file.data.headings`, and reports an outline a screen reader would trip
 * over: a `#` heading (the page title comes from front matter) or a skipped level.
 */
export default function remarkHeadingIds(options: HeadingIdOptions = {}) {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    for (const id of options.reserved ?? []) slugger.slug(id);
    const headings: HeadingInfo[] = [];
    let previousDepth = 1;

    visit(tree, 'heading', (node: Heading) => {
      const text = toString(node).trim();
      if (node.depth === 1) {
        file.message('use ## for sections: the page title (#) comes from the front matter title', node);
      } else if (node.depth > previousDepth + 1) {
        file.message(`heading "${text}" jumps from level ${previousDepth} to ${node.depth}; do not skip levels`, node);
      }
      previousDepth = node.depth;

      const id = slugger.slug(text || 'section');
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      headings.push({ depth: node.depth, id, text });
    });

    file.data.headings = headings;
  };
}
