import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface InternalLink {
  href: string;
  line?: number;
}

declare module 'vfile' {
  interface DataMap {
    internalLinks: InternalLink[];
  }
}

export const externalCueText = '(opens another site)';

const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);
const isWeb = (url: string) => /^https?:/i.test(url) || url.startsWith('//');

/**
 * Sorts the body's links and images, inline or by reference (`[text][ref]`). Links into the site
 * are collected for the cross-file check (does the page and the anchor exist?). Links out get
 * `rel="noopener noreferrer"` and a visible cue, because a patient should know before tapping that
 * they are leaving. Reported: links out that are not https, images from other sites (they would
 * tell another server who reads the page), and footnotes (they do not survive the split into
 * sections, and a patient page should say it in the text). Unsafe schemes (`javascript:`) are left
 * to the sanitizer, which removes them.
 */
export default function remarkLinks() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      definitions.set(node.identifier, node);
    });
    const internalLinks: InternalLink[] = [];

    visit(tree, (node: Nodes) => {
      if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
        file.message('footnotes are not supported: put the note in the text', node);
        return;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        const url = urlOf(node, definitions);
        if (url && isWeb(url)) file.message(`image "${url}" must be a file on this site (a path starting with /)`, node);
        return;
      }
      if (node.type !== 'link' && node.type !== 'linkReference') return;

      const url = urlOf(node, definitions);
      if (url === undefined) return; // an undefined reference renders as plain text
      if (!hasScheme(url) && !url.startsWith('//')) {
        internalLinks.push({ href: url, line: node.position?.start.line });
        return;
      }
      if (!isWeb(url)) return;
      if (!/^https:/i.test(url)) file.message(`link "${url}" must be a full https:// address`, node);
      node.data = {
        ...node.data,
        hProperties: { ...node.data?.hProperties, rel: ['noopener', 'noreferrer'], className: ['external-link'] },
      };
      node.children.push({
        type: 'text',
        value: ` ${externalCueText}`,
        data: { hName: 'span', hProperties: { className: ['external-cue'] } },
      } as never);
    });

    file.data.internalLinks = internalLinks;
  };
}

function urlOf(node: Link | LinkReference | Image | ImageReference, definitions: Map<string, Definition>): string | undefined {
  const url = node.type === 'link' || node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
  return url?.trim();
}
