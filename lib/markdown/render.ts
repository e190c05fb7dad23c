import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reservedIds } from '../page-anchors';
import remarkCitations from './citations';
import remarkHeadingIds, { type HeadingInfo } from './heading-ids';
import remarkLinks, { type InternalLink } from './links';
import { sanitizeSchema } from './sanitize-schema';

/** A source id as a `::sources[…]` line names it, with that line (in the body) for messages. */
export interface Citation {
  id: string;
  line?: number;
}

export interface BodySection {
  id: string;
  title: string;
  /** Line of the `##` heading in the body. */
  line?: number;
  /** The sources the section names with `::sources[…]`. */
  citations: Citation[];
  /** Sanitized HTML of the section, without its `##` heading (the page renders that). */
  html: string;
  /** Plain text of each paragraph and table cell, for the readability check. */
  textBlocks: string[];
}

export interface RenderedBody {
  /** Sanitized HTML before the first `##` heading (may be empty). */
  introHtml: string;
  introTextBlocks: string[];
  introCitations: Citation[];
  sections: BodySection[];
  headings: HeadingInfo[];
  internalLinks: InternalLink[];
  /** Problems the plugins found, with the line in the Markdown source. */
  messages: { line?: number; message: string }[];
}

// Built once and reused for every file: a library of thousands of pages pays for it once.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkCitations)
  .use(remarkHeadingIds, { reserved: reservedIds })
  .use(remarkLinks)
  .use(remarkHtml, { sanitize: sanitizeSchema })
  .freeze();

const textBlocks = (children: RootContent[]) => {
  const blocks: string[] = [];
  visit({ type: 'root', children } satisfies Root, (node) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push(toString(node));
      return 'skip';
    }
  });
  return blocks;
};

const toHtml = (children: RootContent[], file: VFile) =>
  String(processor.stringify({ type: 'root', children } satisfies Root, file)).trim();

/** Renders a Markdown body and splits it into its `##` sections. */
export function renderBody(markdown: string, path?: string): RenderedBody {
  const file = new VFile({ value: markdown, path });
  const tree = processor.runSync(processor.parse(file), file) as Root;

  const intro: RootContent[] = [];
  const introCitations: Citation[] = [];
  const chunks: { id: string; title: string; line?: number; citations: Citation[]; children: RootContent[] }[] = [];
  // Reference definitions render nothing, so each section gets all of them: `[text][ref]` then
  // works whichever section its definition sits in.
  const definitions = tree.children.filter((node) => node.type === 'definition');
  for (const node of tree.children) {
    if (node.type === 'definition') continue;
    if (node.type === 'heading' && node.depth === 2) {
      const id = String(node.data?.hProperties?.id);
      chunks.push({ id, title: toString(node).trim(), line: node.position?.start.line, citations: [], children: [] });
    } else if (node.type === 'leafDirective' && node.data?.sourceIds) {
      // The page shows a section's citations under it, not where the line stands.
      const line = node.position?.start.line;
      (chunks.at(-1)?.citations ?? introCitations).push(...node.data.sourceIds.map((id) => ({ id, line })));
    } else {
      (chunks.at(-1)?.children ?? intro).push(node);
    }
  }

  return {
    introHtml: toHtml([...intro, ...definitions], file),
    introTextBlocks: textBlocks(intro),
    introCitations,
    sections: chunks.map(({ id, title, line, citations, children }) => ({
      id,
      title,
      line,
      citations,
      html: toHtml([...children, ...definitions], file),
      textBlocks: textBlocks(children),
    })),
    headings: file.data.headings ?? [],
    internalLinks: file.data.internalLinks ?? [],
    messages: file.messages.map((m) => ({ line: m.line ?? undefined, message: m.reason })),
  };
}
