import type { Root } from 'mdast';
// The directive node types (textDirective, leafDirective, …) come with remark-directive.
import type {} from 'remark-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The one directive the body may use: `::sources[nmss, lioresal-safety]`. */
export const citationDirective = 'sources';

declare module 'mdast-util-directive' {
  interface LeafDirectiveData {
    /** The source ids a `::sources[…]` line names, in the order written. */
    sourceIds?: string[];
  }
}

/**
 * Reads `::sources[id, id]`, a line of its own in a `##` section naming the sources the section
 * rests on (remark-directive parses it; the loader checks the ids and the page shows them as
 * links into the Sources list).
 *
 * remark-directive also reads `:name` inside text as a directive, which would swallow the `:30`
 * of "10:30"; those go back to the text the writer typed. Any other `::name` or `:::name` line
 * would vanish from the page, so it is reported.
 */
export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (node.type === 'textDirective') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (parent && index !== undefined && start !== undefined && end !== undefined) {
          parent.children.splice(index, 1, { type: 'text', value: source.slice(start, end), position: node.position });
        }
        return 'skip';
      }
      if (node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      if (node.type === 'leafDirective' && node.name === citationDirective) {
        if (parent?.type !== 'root') {
          file.message(`::${citationDirective}[…] must stand on a line of its own in a section, not inside a list or quote`, node);
        }
        const ids = toString(node).split(/[\s,]+/).filter(Boolean);
        if (ids.length === 0) file.message(`::${citationDirective}[…] names no source: write the ids of the sources, such as ::${citationDirective}[nmss]`, node);
        node.data = { ...node.data, sourceIds: ids };
        return 'skip';
      }
      file.message(`"${node.type === 'leafDirective' ? '::' : ':::'}${node.name}" is not supported: the only directive is ::${citationDirective}[source ids]`, node);
    });
  };
}
