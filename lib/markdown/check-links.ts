import fs from 'node:fs';
import path from 'node:path';
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

export interface CheckLinksOptions {
  /** Where the site's own files live; a local image must be one of them. */
  publicDir: string;
}

/** Link schemes a page may use: the web (https only), email and phone. */
export const allowedSchemes = ['https', 'mailto', 'tel'];

const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();

/**
 * Checks the body's links, images and HTML before anything is dropped, so that nothing a writer
 * typed disappears without a message. Links into the site are collected for the cross-file check
 * (does the page and the anchor exist?). Reported: raw HTML (the page shows Markdown only), a link
 * scheme outside https, mailto and tel, a protocol-relative link, an image that is not a file of
 * this site, and footnotes (a patient page says it in the text).
 */
export default function remarkCheckLinks(options: CheckLinksOptions) {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      definitions.set(node.identifier, node);
    });
    const internalLinks: InternalLink[] = [];

    visit(tree, (node: Nodes) => {
      if (node.type === 'html') {
        // A comment is a note to other writers, dropped on purpose.
        if (!/^<!--[\s\S]*-->$/.test(node.value.trim())) file.message(`raw HTML is not allowed, write Markdown instead: ${JSON.stringify(node.value.slice(0, 40))}`, node);
        return;
      }
      if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
        file.message('footnotes are not supported: put the note in the text', node);
        return;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        const url = urlOf(node, definitions);
        if (url === undefined) return;
        if (schemeOf(url) || url.startsWith('//') || !url.startsWith('/')) {
          file.message(`image "${url}" must be a file on this site (a path starting with /)`, node);
        } else if (!isPublicFile(options.publicDir, url)) {
          file.message(`image "${url}" is not a file in public/`, node);
        }
        return;
      }
      if (node.type !== 'link' && node.type !== 'linkReference') return;

      const url = urlOf(node, definitions);
      if (url === undefined) return; // an undefined reference renders as plain text
      const scheme = schemeOf(url);
      if (url.startsWith('//') || scheme === 'http') {
        file.message(`link "${url}" must be a full https:// address`, node);
      } else if (scheme && !allowedSchemes.includes(scheme)) {
        file.message(`link "${url}" uses "${scheme}:", which a page may not link to (use ${allowedSchemes.join(', ')} or a path on this site)`, node);
      } else if (!scheme) {
        internalLinks.push({ href: url, line: node.position?.start.line });
      }
    });

    file.data.internalLinks = internalLinks;
  };
}

function urlOf(node: Link | LinkReference | Image | ImageReference, definitions: Map<string, Definition>): string | undefined {
  const url = node.type === 'link' || node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
  return url?.trim();
}

function isPublicFile(publicDir: string, url: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.split(/[?#]/)[0]);
  } catch {
    return false;
  }
  const file = path.join(publicDir, decoded);
  return !path.relative(publicDir, file).startsWith('..') && fs.existsSync(file) && fs.statSync(file).isFile();
}
