import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingId } from '../site/page-anchors';

/**
 * Wraps each `##` heading and what follows it, up to the next `##`, in a `<section>`: the body
 * becomes a list of sections a page (or a summary) can pick from. The section takes the heading's
 * id and the heading takes `<id>-heading`, the one convention every section of the page uses.
 */
export default function rehypeSections() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let current: Element | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        const id = String(node.properties.id);
        node.properties.id = headingId(id);
        current = {
          type: 'element',
          tagName: 'section',
          properties: { id, ariaLabelledBy: [headingId(id)] },
          children: [node],
          position: node.position,
        };
        children.push(current);
      } else if (current) {
        current.children.push(node as ElementContent);
      } else {
        children.push(node);
      }
    }
    tree.children = children;
  };
}
