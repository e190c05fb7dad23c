import type { Element, ElementContent, Nodes, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { sectionContent, type RenderedBody } from '../markdown/render';
import { urgentCardText, type MedicationFacts } from '../model/schema';
import type { TextBlock, TextList } from '../model/model';
import { cardLines, summaryParts } from './take-home';

/**
 * The text a reader reads, as the page shows it: one definition for the reading grade and the
 * glossary rule, taken from the rendered tree (so link targets, ids and `::sources` lines never
 * count as words).
 */

/**
 * The words of a node as a reader reads them: the "(opens another site)" cue the pipeline puts
 * after a link out is the page's, not the writer's, so it is no part of a sentence.
 */
function readerText(node: ElementContent, marked = false): string {
  // Marked, a typed star is not bold (an escaped "**" shows two stars), nor a typed backquote code.
  if (node.type === 'text') return marked ? node.value.replace(/\*/g, '∗').replace(/`/g, 'ˋ') : node.value;
  if (node.type !== 'element') return '';
  if ((node.properties.className as string[] | undefined)?.includes('external-cue')) return '';
  // Struck-through words tell the reader they do not apply: the checks read the sentence without them (held wording holds them too).
  if (node.tagName === 'del' && !marked) return '';
  const inner = node.children.map((child) => readerText(child, marked)).join('');
  if (!marked) return inner;
  if (node.tagName === 'del') return `~~${inner}~~`;
  // Marked: what else a reader meets, for held wording (lib/claims/wording.ts): bold, a link's target and title, a picture.
  const { href, title, src, alt } = node.properties;
  const titled = typeof title === 'string' ? ` "${title}"` : '';
  if (node.tagName === 'strong' || node.tagName === 'b') return `**${inner}**`;
  if (node.tagName === 'em' || node.tagName === 'i') return `_${inner}_`;
  if (node.tagName === 'a') return `${inner} <${String(href ?? '')}${titled}>`;
  if (node.tagName === 'img') return `[picture: ${String(alt ?? '')} <${String(src ?? '')}${titled}>]`;
  // Code shows as one unwrapped line; a task list's box shows ticked or not.
  if (node.tagName === 'code') return `\`${inner}\``;
  if (node.tagName === 'input') return node.properties.checked ? '[ticked box] ' : '[empty box] ';
  // A line break pushes what follows down a line.
  if (node.tagName === 'br') return '↵';
  return inner;
}

/** Marked text trimmed of the spaces HTML folds away, and no more: a non-breaking or wide space shows, and is held. */
const trimFolded = (text: string) => text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');

/**
 * Each paragraph, list item and table cell of a tree (and, asked, each heading), as plain text, with
 * its line; asked, also marked (bold, links, bullets …) for held wording (lib/claims/wording.ts).
 */
export function textBlocksAt(nodes: readonly ElementContent[], { headings = false, marked: withMarks = false } = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  const leads = withMarks ? itemLeads(nodes) : new Map<Element, string>();
  for (const node of nodes) {
    visit(node as Nodes, 'element', (element) => {
      const line = element.position?.start.line;
      // Headings, for the claims check ("Never stop suddenly" is an instruction); not for the reading grade.
      // A code block is read too: whatever stands on the page is read like a sentence.
      const rank = headings ? headingRank(element) : undefined;
      // Marked, a quote is set apart (indented, with a bar): a sentence moved into one reads as an aside.
      if (withMarks && element.tagName === 'blockquote') {
        const quoted = textBlocksAt(element.children, { headings, marked: true });
        const lead = leads.get(element) ?? '';
        for (const block of quoted) blocks.push({ ...block, marked: `${lead}> ${block.marked}` });
        // An empty quote still shows, as a bar: a run of them pushes a warning away from its signs.
        if (!quoted.length) blocks.push({ text: '', marked: `${lead}>`, line });
        return SKIP;
      }
      // Marked, a rule across the page cuts what is above it from what is below (a lead-in from its list).
      if (withMarks && element.tagName === 'hr') blocks.push({ text: '', marked: '---', line });
      if (['p', 'td', 'th', 'pre'].includes(element.tagName) || rank) {
        const id = element.properties.id;
        // Marked, a table cell says so: a warning made a cell (or a header) reads as a table's.
        const cell = `${leads.get(element) ?? ''}${element.tagName === 'td' ? '| ' : element.tagName === 'th' ? '‖ ' : ''}`;
        const marked = withMarks ? trimFolded(readerText(element, true)) : '';
        blocks.push({ text: readerText(element).trim(), ...(withMarks ? { marked: marked && `${cell}${marked}` } : {}), line, ...(rank ? { heading: { rank, ...(typeof id === 'string' ? { id } : {}) } } : {}) });
        return SKIP;
      }
      if (element.tagName === 'li') {
        // A tight list item holds its text directly; nested lists and paragraphs are blocks of their own.
        const own = element.children.filter((c) => !(c.type === 'element' && ['p', 'ul', 'ol'].includes(c.tagName)));
        const text = own.map((child) => readerText(child)).join('').trim();
        const marked = withMarks ? trimFolded(own.map((child) => readerText(child, true)).join('')) : '';
        // Marked as an item: a sentence made one more line of a list of signs has moved.
        // A bullet for each level: an item indented under another reads as part of it. An empty item still shows its bullet.
        const empty = own.length === element.children.length;
        if (text || marked || (withMarks && empty)) blocks.push({ text, ...(withMarks ? { marked: `${leads.get(element) ?? '• '}${marked}` } : {}), line });
      }
    });
  }
  // A block whose words are all struck through is still held wording (lib/claims/wording.ts).
  return blocks.filter((block) => block.text || block.marked);
}

/**
 * What leads each list item of a tree, and each block inside one, as a reader sees it: a bullet
 * ("•") or a number ("•3") for each level (an item indented under another reads as part of it);
 * a block after the first of an item is still in it ("•+": a paragraph indented into a loose
 * item, or a warning made its second paragraph, has moved).
 */
function itemLeads(nodes: readonly ElementContent[]): Map<Element, string> {
  const leads = new Map<Element, string>();
  const walk = (node: ElementContent, outer: string, item: { lead: string; blocks: number } | undefined) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'ol' || node.tagName === 'ul') {
      const start = typeof node.properties.start === 'number' ? node.properties.start : 1;
      node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li').forEach((li, i) => {
        const lead = `${outer}${node.tagName === 'ol' ? `•${start + i}` : '•'} `;
        leads.set(li, lead);
        const own = { lead, blocks: li.children.some((c) => c.type === 'text' && c.value.trim()) ? 1 : 0 };
        for (const child of li.children) walk(child, `${outer}• `, own);
      });
      return;
    }
    if (item && ['p', 'pre', 'blockquote'].includes(node.tagName)) {
      leads.set(node, item.blocks++ === 0 ? item.lead : item.lead.replace(/•(?:\d+|\+)?(?= $)/, '•+'));
      return;
    }
    for (const child of node.children) walk(child, outer, item);
  };
  for (const node of nodes) walk(node, '', undefined);
  return leads;
}

/**
 * Each list of a tree with its lead-in (the paragraph or heading just before it, as a reader
 * meets it: "Signs of overdose can come on suddenly or over a few days:") and its items.
 */
export function listsAt(nodes: readonly ElementContent[]): TextList[] {
  const lists: TextList[] = [];
  // Under one root, so a list at the top has the nodes before it as siblings too.
  visit({ type: 'root', children: [...nodes] } as Root, 'element', (element, index, parent) => {
    if (element.tagName !== 'ul' && element.tagName !== 'ol') return;
    const before = parent && index !== undefined ? parent.children.slice(0, index).filter((c) => c.type === 'element').at(-1) : undefined;
    const label = before && (before.tagName === 'p' || headingRank(before)) ? readerText(before).trim() : '';
    const items = element.children.flatMap((li) => (li.type === 'element' && li.tagName === 'li' ? [readerText(li).trim()] : []));
    lists.push({ label, items, line: element.position?.start.line });
  });
  return lists;
}

/** Each paragraph, list item and table cell of a tree, as plain text. */
export const textBlocks = (nodes: readonly ElementContent[]): string[] => textBlocksAt(nodes).map((block) => block.text).filter(Boolean);

export interface TextPart {
  name: string;
  blocks: string[];
}

type Body = Pick<RenderedBody, 'intro' | 'sections'>;

/** The parts of a monograph a patient reads as prose, in page order. */
export function pageTextParts(facts: Pick<MedicationFacts, 'summary' | 'urgentCards'>, body: Body): TextPart[] {
  const intro = textBlocks(body.intro);
  return [
    { name: 'Summary and urgent boxes', blocks: [facts.summary, ...facts.urgentCards.flatMap(urgentCardText)] },
    ...(intro.length ? [{ name: 'Introduction', blocks: intro }] : []),
    ...body.sections.map((s) => ({ name: s.title, blocks: textBlocks(sectionContent(s)) })),
  ];
}

/** All the words on the page: names and key facts, headings and prose. */
export function pageText(facts: MedicationFacts, body: Body): string {
  const headings = body.sections.flatMap((s) => {
    const inner: string[] = [];
    visit(s.node, 'element', (e) => {
      if ((headingRank(e) ?? 0) >= 2) inner.push(toString(e));
    });
    return inner;
  });
  return [
    facts.title, facts.genericName, facts.usedFor, facts.givenBy, ...facts.otherBrands, ...headings,
    ...pageTextParts(facts, body).flatMap((part) => part.blocks),
  ].join('\n');
}

/** Whether `text` uses `term` as a whole word or phrase, in any case, singular or plural. */
export function usesTerm(text: string, term: string): boolean {
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The prose of the take-home pages (made of the page's own text), for the reading grade. */
export function takeHomeTextParts(facts: MedicationFacts, sections: RenderedBody['sections']): TextPart[] {
  const picked = summaryParts(facts, sections).flatMap((part) => part.nodes);
  const card = facts.takeHome.card;
  return [
    { name: 'Two-page summary', blocks: [facts.summary, ...facts.urgentCards.flatMap(urgentCardText), ...textBlocks(picked)] },
    ...(card ? [{ name: 'Emergency card', blocks: cardLines(card).map(([line]) => line) }] : []),
  ];
}
