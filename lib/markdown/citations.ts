import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
// The directive node types (textDirective, leafDirective, …) come with remark-directive.
import type {} from 'remark-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The one directive the body may use: `::sources[nmss, lioresal-safety]`. */
export const citationDirective = 'sources';

/** A source id as a `::sources[…]` line names it, with that line (in the body) for messages. */
export interface Citation {
  id: string;
  line?: number;
}

/** The citations of one part of the body: the `##` section starting on `sectionLine`, or the intro. */
export interface CitationGroup {
  sectionLine?: number;
  citations: Citation[];
}

declare module 'vfile' {
  interface DataMap {
    citations: CitationGroup[];
  }
}

/**
 * Reads `::sources[id, id]`, a line of its own in a `##` section naming the sources the section
 * rests on, into `file.data.citations` (keyed by the line of the section's heading), and takes
 * the line out of the tree: the page shows a section's sources under it, not where the line stood.
 *
 * remark-directive also reads `:name` inside text as a directive, which would swallow the `:30`
 * of "10:30"; those go back to the text the writer typed. Any other `::name` or `:::name` would
 * vanish from the page, so it is reported.
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
        } else if (!idsOf(node)) {
          file.message(`::${citationDirective}[…] names no source: write the ids of the sources, such as ::${citationDirective}[nmss]`, node);
        } else if (Object.keys(node.attributes ?? {}).length) {
          file.message(`::${citationDirective}[…] takes no {…} after it: what is in the braces would be dropped; remove it`, node);
        }
        return 'skip';
      }
      file.message(`"${node.type === 'leafDirective' ? '::' : ':::'}${node.name}" is not supported: the only directive is ::${citationDirective}[source ids]`, node);
    });

    const groups: CitationGroup[] = [{ sectionLine: undefined, citations: [] }];
    const kept: RootContent[] = [];
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) groups.push({ sectionLine: node.position?.start.line, citations: [] });
      if (node.type === 'leafDirective' && node.name === citationDirective) {
        const line = node.position?.start.line;
        groups.at(-1)!.citations.push(...(idsOf(node) ?? []).map((id) => ({ id, line })));
      } else {
        kept.push(node);
      }
    }
    tree.children = kept;
    file.data.citations = groups;
  };
}

const idsOf = (node: Parameters<typeof toString>[0]) => {
  const ids = toString(node).split(/[\s,]+/).filter(Boolean);
  return ids.length ? ids : undefined;
};
