import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reservedIds } from '../page-anchors';
import remarkHeadingIds, { type HeadingInfo } from './heading-ids';
import remarkLinks, { type InternalLink } from './links';
import { sanitizeSchema } from './sanitize-schema';

export interface BodySection {
  id: string;
  title: string;
  /** Sanitized HTML of the section, without its `##` heading (the page renders that). */
  html: string;
  /** Plain text of each paragraph and table cell, for the readability check. */
  textBlocks: string[];
}

export interface RenderedBody {
  /** Sanitized HTML before the first `##` heading (may be empty). */
  introHtml: string;
  introTextBlocks: string[];
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
  const chunks: { id: string; title: string; children: RootContent[] }[] = [];
  // Reference definitions render nothing, so each section gets all of them: `[text][ref]` then
  // works whichever section its definition sits in.
  const definitions = tree.children.filter((node) => node.type === 'definition');
  for (const node of tree.children) {
    if (node.type === 'definition') continue;
    if (node.type === 'heading' && node.depth === 2) {
      const id = String(node.data?.hProperties?.id);
      chunks.push({ id, title: toString(node).trim(), children: [] });
    } else {
      (chunks.at(-1)?.children ?? intro).push(node);
    }
  }

  return {
    introHtml: toHtml([...intro, ...definitions], file),
    introTextBlocks: textBlocks(intro),
    sections: chunks.map(({ id, title, children }) => ({
      id,
      title,
      html: toHtml([...children, ...definitions], file),
      textBlocks: textBlocks(children),
    })),
    headings: file.data.headings ?? [],
    internalLinks: file.data.internalLinks ?? [],
    messages: file.messages.map((m) => ({ line: m.line ?? undefined, message: m.reason })),
  };
}
