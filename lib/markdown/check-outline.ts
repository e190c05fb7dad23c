import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Reports an outline a screen reader would trip over: a `#` heading (the page title comes from
 * the front matter) or a skipped level.
 */
export default function remarkCheckOutline() {
  return (tree: Root, file: VFile) => {
    let previousDepth = 1;
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth === 1) {
        file.message('use ## for sections: the page title (#) comes from the front matter title', node);
      } else if (node.depth > previousDepth + 1) {
        file.message(`heading "${toString(node).trim()}" jumps from level ${previousDepth} to ${node.depth}; do not skip levels`, node);
      }
      previousDepth = node.depth;
    });
  };
}
