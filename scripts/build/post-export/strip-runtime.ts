import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { remove } from 'unist-util-remove';

/**
 * The framework's runtime in an exported page: every script but structured data (JSON-LD is not a
 * program: browsers never run it, search engines read it) and the preloads that fetch scripts.
 */
const runtime = 'script:not([type="application/ld+json"]), link[rel~="modulepreload"], link[rel~="preload"][as="script"]';

/**
 * Removes the framework's runtime from an exported page: the scripts above, and the comments
 * React leaves for hydration. The page was rendered on the server, so everything a reader needs
 * is already in the HTML; what goes is only React's hydration and client router.
 */
export default function rehypeStripRuntime() {
  return (tree: Root) => {
    const scripts = new Set<Element>(selectAll(runtime, tree));
    remove(tree, (node) => scripts.has(node as Element));
    // React's markers for hydration (<!--$-->, <!-- --> between text) and the hidden box that held some.
    remove(tree, { cascade: false }, (node) => node.type === 'comment');
    const emptyHidden = new Set<Element>(selectAll('[hidden]:empty', tree));
    remove(tree, (node) => emptyHidden.has(node as Element));
  };
}

/** Every local path a page still points at (href, src), so unused build files can be deleted. */
export function localReferences(tree: Root): string[] {
  return selectAll('[href^="/"], [src^="/"]', tree).flatMap((el) =>
    (['href', 'src'] as const).map((name) => el.properties[name]).filter((v): v is string => typeof v === 'string' && v.startsWith('/')).map((v) => v.split(/[?#]/)[0]),
  );
}
