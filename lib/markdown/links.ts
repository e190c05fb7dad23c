import type { Link, Root } from 'mdast';
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

function isExternal(url: string) {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/**
 * Sorts the body's links. Links into the site are collected for the cross-file check (does the
 * page and the anchor exist?). Links out get `rel="noopener noreferrer"` and a visible cue,
 * because a patient should know before tapping that they are leaving. Plain http links are
 * reported: every address on the site is https.
 */
export default function remarkLinks() {
  return (tree: Root, file: VFile) => {
    const internalLinks: InternalLink[] = [];

    visit(tree, 'link', (node: Link) => {
      const url = node.url.trim();
      if (!isExternal(url)) {
        internalLinks.push({ href: url, line: node.position?.start.line });
        return;
      }
      if (/^http:/i.test(url)) {
        file.message(`link "${url}" must use https://`, node);
      }
      if (!/^https?:/i.test(url)) return; // mailto: and friends; unsafe schemes are stripped by the sanitizer
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
