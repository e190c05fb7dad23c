import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * GitHub's sanitizing rules (no script, handlers, frames, forms, `javascript:`/`data:` URLs, styles),
 * extended only by what our own plugins add. Raw HTML in Markdown never gets this far: remark-html
 * drops it when sanitizing. Heading ids are set by our plugin from the heading text, so they are kept
 * as they are instead of being prefixed with `user-content-`, which would break the anchors.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    // One className entry per element: the sanitizer reads only the first, so extend GitHub's.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'data-footnote-backref', 'external-link'],
      ['rel', 'noopener', 'noreferrer'],
    ],
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'external-cue']],
  },
};
