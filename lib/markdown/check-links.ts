import fs from 'node:fs';
import path from 'node:path';
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
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
    // `HTTPS://` and `MAILTO:` mean what they say, but the sanitizer knows schemes in lowercase only.
    visit(tree, (node: Nodes) => {
      if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
      const scheme = schemeOf(node.url);
      if (scheme && !node.url.startsWith(scheme)) node.url = scheme + node.url.slice(scheme.length);
    });
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      // The page uses the first of two definitions with one name; the check must not read another.
      const first = definitions.get(node.identifier);
      if (first) file.message(`the link name [${node.label ?? node.identifier}] is defined twice: keep one (the page would use the first, the check might read the other)`, node);
      else definitions.set(node.identifier, node);
    });
    const internalLinks: InternalLink[] = [];

    visit(tree, (node: Nodes) => {
      if (node.type === 'html') {
        // A comment is a note to other writers, dropped on purpose; text beside one on its line would go with it.
        const outside = node.value.replace(/<!--[\s\S]*?-->/g, '').trim();
        if (/^<!--/.test(node.value.trim()) && outside && !/<[a-z!/]/i.test(outside)) {
          file.message(`the text ${JSON.stringify(outside.slice(0, 40))} beside a <!-- comment --> would not show: put each comment on a line of its own`, node);
        } else if (outside) {
          file.message(`raw HTML is not allowed, write Markdown instead: ${JSON.stringify(node.value.slice(0, 40))}`, node);
        }
        return;
      }
      if (node.type === 'text') {
        // A reference whose name has no definition stays as typed, brackets and all, with no link.
        const reference = /\[[^\]\n]+\]\[[^\]\n]*\]/.exec(node.value);
        if (reference) file.message(`${reference[0]} has no link definition: add a line [name]: https://… or write [text](https://…)`, node);
        return;
      }
      if (node.type === 'table') {
        for (const row of node.children) {
          if (row.children.length > node.align!.length) file.message(`this table row has ${row.children.length} cells but the header has ${node.align!.length}: the extra cells would not show`, row);
        }
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
        } else if (!imageExtension.test(url.split(/[?#]/)[0])) {
          file.message(`image "${url}" is not a picture (use a .png, .jpg, .gif, .svg, .webp or .avif file in public/)`, node);
        } else if (!isPublicFile(options.publicDir, url)) {
          file.message(`image "${url}" is not a file in public/`, node);
        }
        return;
      }
      if (node.type !== 'link' && node.type !== 'linkReference') return;

      const url = urlOf(node, definitions);
      if (url === undefined) return; // an undefined reference is reported as text above
      const scheme = schemeOf(url);
      if (!url) {
        file.message('this link has no address: write it between the round brackets, as in [text](https://…)', node);
      } else if (url.includes('\\')) {
        file.message(`link "${url}" has a backslash: a browser reads \\ as // (another site); use /`, node);
      } else if ((scheme === 'https' || scheme === 'http') && !url.slice(scheme.length + 1).startsWith('//')) {
        file.message(`link "${url}" must start with https:// (two slashes), or a browser reads it as a page of this site`, node);
      } else if (url.startsWith('//') || scheme === 'http') {
        file.message(`link "${url}" must be a full https:// address`, node);
      } else if (scheme && !allowedSchemes.includes(scheme)) {
        file.message(`link "${url}" uses "${scheme}:", which a page may not link to (use ${allowedSchemes.join(', ')} or a path on this site)`, node);
      } else if (!scheme) {
        internalLinks.push({ href: url, line: node.position?.start.line });
      } else if (scheme === 'tel') {
        // A phone link dials what it says: "[911](tel:311)" would show one number and call another.
        const shown = toString(node).replace(/\D/g, '');
        const dialled = url.slice(4).replace(/\D/g, '');
        if (shown && shown !== dialled) file.message(`the phone link "${toString(node)}" dials ${url.slice(4)}: show the number it calls`, node);
      }
    });

    file.data.internalLinks = internalLinks;
  };
}

function urlOf(node: Link | LinkReference | Image | ImageReference, definitions: Map<string, Definition>): string | undefined {
  const url = node.type === 'link' || node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
  return url?.trim();
}

const imageExtension = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

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
