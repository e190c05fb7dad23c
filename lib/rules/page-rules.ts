/**
 * lib/rules: the rules a page must keep beyond the schema: the page's own rules (this module), the
 * take-home sheets' rules, links that lead somewhere, and the reading grade. Imports lib/text,
 * site, markdown, model and pages.
 */
import type { ClaimPart } from '../model/model';
import { pageAnchors, urgentCardId } from '../site/page-anchors';
import { sourceAnchor } from '../model/citations';
import type { FieldLocator } from '../text/front-matter';
import type { Citation } from '../markdown/render';
import { sectionContent } from '../markdown/render';
import { listsAt, pageText, textBlocks, textBlocksAt, usesTerm } from '../pages/page-text';
import type { Problem } from '../text/problems';
import type { PageBody } from '../model/model';
import { takeHomeProblems } from './take-home-rules';
import { cardLines } from '../pages/take-home';
import type { MedicationFacts } from '../model/schema';

/**
 * The rules that need a whole page, the front matter and the body together (the schema checks
 * the front matter alone, the Markdown plugins the body alone). Lines are file lines.
 */

type PageProblem = Omit<Problem, 'file'>;

export function pageProblems(facts: MedicationFacts, body: PageBody, lineOf: FieldLocator): PageProblem[] {
  const text = pageText(facts, body);
  return [
    ...glossaryProblems(facts, text, lineOf),
    ...citationProblems(facts, citedParts(body), lineOf),
    ...idProblems(facts, body),
    ...takeHomeProblems(facts, body, text, lineOf),
    ...questionsProblems(facts, body, lineOf),
  ];
}

/** The questions page is one `##` section of the body; the urgent boxes and sources stay on the monograph. */
function questionsProblems(facts: MedicationFacts, body: PageBody, lineOf: FieldLocator): PageProblem[] {
  const id = facts.questionsSection;
  if (id === undefined || body.sections.some((s) => s.id === id)) return [];
  return [{ field: 'questionsSection', message: `"${id}" is not the id of a ## section of this page (${body.sections.map((s) => s.id).join(', ')})`, line: lineOf(['questionsSection']) }];
}

/** The glossary explains words the page uses; a term the page never uses is a leftover or a typo. */
function glossaryProblems(facts: MedicationFacts, text: string, lineOf: FieldLocator): PageProblem[] {
  const terms = facts.glossary.map((entry) => entry.term.trim().toLowerCase());
  return facts.glossary.flatMap((entry, index) => {
    const at = { field: `glossary.${index}.term`, line: lineOf(['glossary', index, 'term']) };
    // Two definitions of one word would both show, and may not agree.
    if (terms.indexOf(terms[index]) < index) return [{ ...at, message: `"${entry.term}" is defined twice in the glossary (also entry ${terms.indexOf(terms[index])}): keep one definition` }];
    return usesTerm(text, entry.term) ? [] : [{ ...at, message: `"${entry.term}" does not appear on the page` }];
  });
}

/** Citation links land on `#source-<id>`; a heading must not take one of those ids. */
function idProblems(facts: MedicationFacts, body: PageBody): PageProblem[] {
  const anchors = new Set(facts.sources.map((source) => sourceAnchor(source.id)));
  return body.headings
    .filter((heading) => anchors.has(heading.id))
    .map((heading) => ({ field: 'body', message: `heading "${heading.text}" would take the id #${heading.id}, which the Sources list uses; reword the heading` }));
}

const citedParts = (body: PageBody): CitedPart[] => [
  ...(textBlocks(body.intro).length ? [{ name: 'the text before the first ## section', line: body.startLine, citations: body.introCitations }] : []),
  ...body.sections.map((s) => ({ name: `section "${s.title}"`, line: s.line, citations: s.citations })),
];

interface CitedPart {
  /** How a writer knows the part: `section "Side effects"`. */
  name: string;
  /** File line of the part's heading (or of its first text). */
  line?: number;
  /** With file lines. */
  citations: Citation[];
}

/**
 * Every part of the page says where it comes from: each body section cites at least one source,
 * every id it cites is a source of the file, and every listed source is cited somewhere (the key
 * facts and urgent boxes cite in the front matter; the schema checks their ids).
 */
function citationProblems(facts: MedicationFacts, parts: CitedPart[], lineOf: FieldLocator): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const known = new Set(facts.sources.map((s) => s.id));
  const field = (line?: number) => (line ? `body line ${line}` : 'body');

  for (const part of parts) {
    if (part.citations.length === 0) {
      problems.push({ field: field(part.line), message: `${part.name} cites no source: add a line ::sources[id, …] to it` });
    }
    for (const citation of part.citations) {
      if (!known.has(citation.id)) {
        problems.push({ field: field(citation.line), message: `::sources cites "${citation.id}", which is not the id of a source in this file (${[...known].join(', ')})` });
      }
    }
  }

  const cited = new Set([
    ...facts.keyFactsSources,
    ...facts.urgentCards.flatMap((card) => card.sources),
    ...facts.productCodes.map((c) => c.source),
    ...parts.flatMap((part) => part.citations.map((c) => c.id)),
  ]);
  facts.sources.forEach((source, index) => {
    if (!cited.has(source.id)) {
      const path = ['sources', index, 'id'];
      problems.push({ field: path.join('.'), message: `"${source.id}" is listed but nothing on the page cites it: cite it or remove it`, line: lineOf(path) });
    }
  });
  return problems;
}

/**
 * The page's text as the claims check reads it, part by part, each part with the sources it
 * cites and each block with the field or file line a writer finds it at. The wallet card cites
 * nothing of its own: every line of it is the page's, so any source the page cites will do.
 */
export function claimParts(facts: MedicationFacts, body: PageBody, lineOf: FieldLocator): ClaimPart[] {
  const field = (...path: (string | number)[]) => ({ field: path.join('.'), line: lineOf(path) });
  const parts: ClaimPart[] = [
    {
      name: 'the summary and key facts',
      title: 'Summary and key facts',
      id: pageAnchors.keyFacts,
      citations: facts.keyFactsSources,
      blocks: [
        { text: facts.summary, ...field('summary') },
        { text: facts.usedFor, ...field('usedFor') },
        { text: facts.givenBy, ...field('givenBy') },
        // What search results and the home page's urgent link say of the page is read too.
        { text: facts.description, ...field('description') },
        ...(facts.urgentPrompt ? [{ text: facts.urgentPrompt, ...field('urgentPrompt') }] : []),
        // The lines a reader fills in on the summary and the card are read too ("Clinic to call first, not 911").
        ...facts.takeHome.careTeam.map((label, i) => ({ text: label, ...field('takeHome', 'careTeam', i) })),
        ...(facts.takeHome.card?.blanks ?? []).map((label, i) => ({ text: label, ...field('takeHome', 'card', 'blanks', i) })),
      ],
      lists: [],
    },
    ...facts.urgentCards.map((card, i) => ({
      name: `the urgent box "${card.title}"`,
      title: `Urgent: ${card.title}`,
      id: urgentCardId(i),
      citations: card.sources,
      blocks: [
        { text: card.title, ...field('urgentCards', i, 'title') },
        ...(card.listLabel ? [{ text: card.listLabel, ...field('urgentCards', i, 'listLabel') }] : []),
        { text: card.intro, ...field('urgentCards', i, 'intro') },
        ...card.items.map((item, j) => ({ text: item, ...field('urgentCards', i, 'items', j) })),
        { text: card.action, ...field('urgentCards', i, 'action') },
      ],
      lists: [{ label: card.listLabel ?? card.title, items: card.items, ...field('urgentCards', i, card.listLabel ? 'listLabel' : 'title') }],
    })),
    ...(body.intro.length ? [{ name: 'the text before the first ## section', title: 'Introduction', id: pageAnchors.introduction, citations: body.introCitations.map((c) => c.id), ...bodyText(body.intro, body.startLine) }] : []),
    ...body.sections.map((s) => ({ name: `section "${s.title}"`, title: s.title, id: s.id, citations: s.citations.map((c) => c.id), ...bodyText(s.node.children, body.startLine) })),
    ...(facts.glossary.length
      ? [{
          name: 'the glossary',
          title: 'Glossary',
          id: pageAnchors.glossary,
          citations: [],
          blocks: facts.glossary.map((g, i) => ({ text: g.definition, ...field('glossary', i, 'definition') })),
          lists: [],
        }]
      : []),
  ];
  const card = facts.takeHome.card;
  if (card) {
    const cited = [...new Set(parts.flatMap((part) => part.citations))];
    const blocks = cardLines(card).map(([text, path]) => ({ text, ...field(...path) }));
    const lists = card.faces.map((face, f) => ({ label: face.title, items: face.items, ...field('takeHome', 'card', 'faces', f, 'title') }));
    parts.push({ name: 'the wallet card', title: 'Wallet card', citations: cited, blocks, lists });
  }
  return parts;
}

/** The blocks and lists of part of the body, each with the file line a writer finds it at. */
export function bodyText(nodes: Parameters<typeof textBlocksAt>[0], startLine: number): Pick<ClaimPart, 'blocks' | 'lists'> {
  const at = (line?: number) => {
    const fileLine = line === undefined ? undefined : line + startLine - 1;
    return { field: fileLine ? `body line ${fileLine}` : 'body', line: fileLine };
  };
  return {
    blocks: textBlocksAt(nodes, { headings: true, marked: true }).map((block) => ({ text: block.text, marked: block.marked, ...(block.heading ? { heading: block.heading } : {}), field: at(block.line).field })),
    lists: listsAt(nodes).map((list) => ({ ...list, ...at(list.line) })),
  };
}
