import type { ElementContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { sectionContent, type BodySection } from '../markdown/render';
import type { MedicationFacts, WalletCardFacts } from '../model/schema';

/** A part of the page picked for the take-home summary: its heading text and what follows it. */
export interface PickedPart {
  id: string;
  title: string;
  nodes: ElementContent[];
}

const rankOf = (node: ElementContent) => (node.type === 'element' ? (headingRank(node) ?? 0) : 0);

/**
 * The part of the body under the heading `id`: a whole `##` section, or a `###` (or deeper)
 * heading and everything after it up to the next heading of the same or a higher level. The
 * nodes are the page's own: a summary made of them says nothing the page does not.
 */
export function pickPart(sections: readonly Pick<BodySection, 'id' | 'title' | 'node'>[], id: string): PickedPart | undefined {
  for (const section of sections) {
    const content = sectionContent(section);
    if (section.id === id) return { id, title: section.title, nodes: content };
    const start = content.findIndex((node) => rankOf(node) > 0 && node.type === 'element' && node.properties.id === id);
    if (start < 0) continue;
    const rank = rankOf(content[start]);
    const end = content.findIndex((node, index) => index > start && rankOf(node) > 0 && rankOf(node) <= rank);
    return { id, title: toString(content[start]).trim(), nodes: content.slice(start + 1, end < 0 ? undefined : end) };
  }
  return undefined;
}

/**
 * Parts of the monograph shown on a page of their own keep their links working: a link to an
 * anchor that page does not have (`#side-effects` from the summary) goes to the monograph's. Takes
 * every part the page shows at once, since a link in one may point into another. Works on copies,
 * so the monograph's own tree is untouched.
 */
export function withLinksTo(pageHref: string, parts: readonly (readonly ElementContent[])[], alsoHere: readonly string[] = []): ElementContent[][] {
  const copies = parts.map((nodes) => structuredClone(nodes) as ElementContent[]);
  const here = new Set(alsoHere);
  for (const node of copies.flat()) {
    visit(node, 'element', (element) => {
      if (typeof element.properties.id === 'string') here.add(element.properties.id);
    });
  }
  for (const node of copies.flat()) {
    visit(node, 'element', (element) => {
      const href = element.tagName === 'a' ? element.properties.href : undefined;
      if (typeof href === 'string' && href.startsWith('#') && !here.has(href.slice(1))) element.properties.href = pageHref + href;
    });
  }
  return copies;
}

/** The parts of the page its content file puts on the two-page summary, in the order listed. */
export function summaryParts(facts: Pick<MedicationFacts, 'takeHome'>, sections: readonly Pick<BodySection, 'id' | 'title' | 'node'>[], pageHref = ''): PickedPart[] {
  const parts = facts.takeHome.summary.flatMap((id) => pickPart(sections, id) ?? []);
  if (!pageHref) return parts;
  const linked = withLinksTo(pageHref, parts.map((part) => part.nodes), parts.map((part) => part.id));
  return parts.map((part, index) => ({ ...part, nodes: linked[index] }));
}

/**
 * Every line of the wallet card in reading order, with its path in the front matter: the
 * statement, then each face's title, items and actions.
 */
export function cardLines(card: WalletCardFacts): [string, (string | number)[]][] {
  return [
    [card.statement, ['takeHome', 'card', 'statement']],
    ...card.faces.flatMap((face, f): [string, (string | number)[]][] => [
      [face.title, ['takeHome', 'card', 'faces', f, 'title']],
      ...face.items.map((item, i): [string, (string | number)[]] => [item, ['takeHome', 'card', 'faces', f, 'items', i]]),
      ...face.action.map((action, a): [string, (string | number)[]] => [action, ['takeHome', 'card', 'faces', f, 'action', ...(face.action.length > 1 ? [a] : [])]]),
    ]),
  ];
}
