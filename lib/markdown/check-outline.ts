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
      // A section's heading is drawn from its plain text (on the page, in the contents): a link,
      // emphasis or picture in it would be lost, and an empty one leaves a blank heading.
      if (node.depth === 2) {
        const styled = node.children.find((child) => child.type !== 'text');
        if (!toString(node).trim()) file.message('this ## heading has no text: write the section\'s name after ##', node);
        else if (styled) file.message(`the ## heading "${toString(node).trim()}" has ${styled.type === 'link' || styled.type === 'linkReference' ? 'a link' : styled.type === 'image' ? 'a picture' : 'formatting'}, which the page would drop: write it as plain text and put the link in the section`, node);
      }
      if (node.depth === 1) {
        file.message('use ## for sections: the page title (#) comes from the front matter title', node);
      } else if (node.depth > previousDepth + 1) {
        file.message(`heading "${toString(node).trim()}" jumps from level ${previousDepth} to ${node.depth}; do not skip levels`, node);
      }
      previousDepth = node.depth;
    });
  };
}
