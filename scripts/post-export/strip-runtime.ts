import type { Element, Root } from 'hast';
import { remove } from 'unist-util-remove';

const tokens = (value: unknown) => (Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/));

/** Structured data is not a program: browsers never run it, search engines read it. */
const isDataBlock = (el: Element) => el.properties.type === 'application/ld+json';

const isRuntimeScript = (el: Element) => el.tagName === 'script' && !isDataBlock(el);

const isScriptPreload = (el: Element) => {
  if (el.tagName !== 'link') return false;
  const rel = tokens(el.properties.rel);
  return rel.includes('modulepreload') || (rel.includes('preload') && el.properties.as === 'script');
};

/**
 * Removes the framework's runtime from an exported page: every script except JSON-LD, the
 * preloads that fetch scripts, and the comments React leaves for hydration. The page was rendered
 * on the server, so everything a reader needs is already in the HTML; what goes is only React's
 * hydration and client router.
 */
export default function rehypeStripRuntime() {
  return (tree: Root) => {
    remove(tree, (node) => node.type === 'element' && (isRuntimeScript(node as Element) || isScriptPreload(node as Element)));
    // React's markers for hydration (<!--$-->, <!-- --> between text) and the hidden box that held some.
    remove(tree, { cascade: false }, (node) => node.type === 'comment');
    remove(tree, (node) => node.type === 'element' && (node as Element).properties.hidden === true && (node as Element).children.length === 0);
  };
}

/** Every local path a page still points at (href, src), so unused build files can be deleted. */
export function localReferences(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      for (const name of ['href', 'src'] as const) {
        const value = child.properties[name];
        if (typeof value === 'string' && value.startsWith('/')) found.push(value.split(/[?#]/)[0]);
      }
      walk(child);
    }
  };
  walk(tree);
  return found;
}
