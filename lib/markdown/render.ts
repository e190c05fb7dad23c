/**
 * lib/markdown: the one unified pipeline (this module) and its small tree plugins: headings and
 * their ids, ::sources citations, links, sections and limits. Imports lib/site and lib/text.
 */
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { reservedIds } from '../site/page-anchors';
import remarkCheckLinks, { type InternalLink } from './check-links';
import remarkCheckOutline from './check-outline';
import remarkCitations, { type Citation } from './citations';
import rehypeHeadingIds, { type HeadingInfo } from './heading-ids';
import rehypeSections from './sections';
import { externalCueText } from '../site/site';
import { markdownCostProblems } from './limits';

export type { Citation } from './citations';

export interface BodySection {
  id: string;
  title: string;
  /** Line of the `##` heading in the body. */
  line?: number;
  /** The sources the section names with `::sources[…]`. */
  citations: Citation[];
  /** The `<section>` element: its `<h2>`, then its content. */
  node: Element;
}

export interface RenderedBody {
  /** What stands before the first `##` heading (may be empty). */
  intro: ElementContent[];
  introCitations: Citation[];
  sections: BodySection[];
  headings: HeadingInfo[];
  internalLinks: InternalLink[];
  /** Problems the plugins found, with the line in the Markdown source. */
  messages: { line?: number; message: string }[];
  /** The body was too costly to parse (lib/markdown/limits.ts): there is nothing to check against. */
  unread?: boolean;
}

/** GitHub's sanitizing rules as they are, plus `tel:` links (a phone number a reader can tap). */
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
};

/**
 * Markdown → checks → HTML tree → sanitizer → our own trusted changes. The checks run on the
 * Markdown tree first and report anything the later steps would drop; the sanitizer then works
 * on everything from the writer, and only our plugins run after it (ids, link marks, sections).
 */
function createProcessor(publicDir: string) {
  return unified()
    .use(remarkParse)
    // One ~ is text ("1~2 refills"); only ~~two~~ strike through.
    .use(remarkGfm, { singleTilde: false })
    .use(remarkDirective)
    .use(remarkCitations)
    .use(remarkCheckOutline)
    .use(remarkCheckLinks, { publicDir })
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeHeadingIds, { reserved: reservedIds })
    // A link that leaves the site says so in words a reader sees before tapping, as every other link out does.
    .use(rehypeExternalLinks, { protocols: ['https'], rel: ['noopener', 'noreferrer'], content: { type: 'text', value: ` ${externalCueText}` }, contentProperties: { className: ['external-cue'] } })
    .use(rehypeSections)
    .freeze();
}

// Built once per public folder and reused for every file: a library of thousands pays for it once.
const processors = new Map<string, Processor<never, never, Root>>();
const processorFor = (publicDir: string) => {
  let processor = processors.get(publicDir);
  if (!processor) {
    processor = createProcessor(publicDir) as unknown as Processor<never, never, Root>;
    processors.set(publicDir, processor);
  }
  return processor;
};

/** `public/`: where the site's own files (images) live. */
export const publicDir = () => path.resolve('public');

/** Turns a Markdown body into a checked, sanitized HTML tree, split into its `##` sections. */
export function renderBody(markdown: string, filePath?: string, options: { publicDir?: string } = {}): RenderedBody {
  const tooCostly = markdownCostProblems(markdown);
  if (tooCostly.length) return { intro: [], introCitations: [], sections: [], headings: [], internalLinks: [], messages: tooCostly, unread: true };
  const processor = processorFor(options.publicDir ?? publicDir());
  const file = new VFile({ value: markdown, path: filePath });
  const tree = processor.runSync(processor.parse(file) as never, file) as Root;

  // Ids must be unique for links to land; a `### X heading` could meet section X's heading id.
  const seen = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) file.message(`two parts of the page would share the id "${id}"; reword one heading`, node);
    seen.add(id);
  });

  const groups = file.data.citations ?? [];
  const citationsOf = (sectionLine?: number) => groups.find((g) => g.sectionLine === sectionLine)?.citations ?? [];
  const intro: ElementContent[] = [];
  const sections: BodySection[] = [];
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'section') {
      const [heading] = node.children;
      const line = node.position?.start.line;
      sections.push({ id: String(node.properties.id), title: toString(heading).trim(), line, citations: citationsOf(line), node });
    } else if (node.type !== 'doctype' && !(node.type === 'text' && !node.value.trim())) {
      intro.push(node);
    }
  }

  return {
    intro,
    introCitations: citationsOf(undefined),
    sections,
    headings: file.data.headings ?? [],
    internalLinks: file.data.internalLinks ?? [],
    messages: file.messages.map((m) => ({ line: m.line ?? undefined, message: m.reason })),
  };
}

/** A section's content without its heading (the page draws the heading itself). */
export const sectionContent = (section: Pick<BodySection, 'node'>): ElementContent[] => section.node.children.slice(1);
