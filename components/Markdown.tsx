import type { ElementContent } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/**
 * Part of a content file's body, as React elements made from its sanitized tree (lib/markdown):
 * no HTML string is ever pasted into the page.
 */
export function Markdown({ nodes }: { nodes: readonly ElementContent[] }) {
  if (nodes.length === 0) return null;
  return (
    <div className="prose mt-4">
      {toJsxRuntime({ type: 'root', children: [...nodes] }, { Fragment, jsx, jsxs })}
    </div>
  );
}
