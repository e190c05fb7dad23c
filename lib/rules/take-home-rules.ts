import type { FieldLocator } from '../text/front-matter';
import { sentencesOf } from '../text/sentences';
import { pageTextParts } from '../pages/page-text';
import type { PageBody } from '../model/model';
import type { MedicationFacts } from '../model/schema';
import { cardLines } from '../pages/take-home';
import type { Problem } from '../text/problems';

type PageProblem = Omit<Problem, 'file'>;



const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A card line matches a unit of the page with the same words; only a lead-in's colon may go. */
const unitKey = (text: string) => normalize(text).replace(/:$/, '');

/**
 * The take-home pages carry no text of their own: the summary picks headings of the page, and
 * every line of the wallet card (but the reader's own statement, which the page shows as the
 * card's wording) must be a whole heading, list item or sentence of the page, word for word.
 */
export function takeHomeProblems(facts: MedicationFacts, body: PageBody, text: string, lineOf: FieldLocator): PageProblem[] {
  const problems: PageProblem[] = [];
  const headingIds = new Set(body.headings.filter((h) => h.depth >= 2).map((h) => h.id));
  facts.takeHome.summary.forEach((id, index) => {
    const path = ['takeHome', 'summary', index];
    if (!headingIds.has(id)) {
      problems.push({ field: path.join('.'), message: `"${id}" is not the id of a ## or ### heading on this page`, line: lineOf(path) });
    } else if (facts.takeHome.summary.indexOf(id) < index) {
      problems.push({ field: path.join('.'), message: `"${id}" is listed twice`, line: lineOf(path) });
    }
  });
  const card = facts.takeHome.card;
  if (card) {
    const units = wholeUnits(facts, body);
    const prose = normalize(text);
    for (const [line, path] of cardLines(card).slice(1)) {
      if (!units.has(unitKey(line))) {
        const where = units.has(unitKey(`${line}.`))
          ? 'is missing the full stop it has on the page'
          : prose.includes(normalize(line))
            ? 'is only part of a sentence or item of the page'
            : 'is not on the page';
        problems.push({ field: path.join('.'), message: `"${line}" ${where}: a card line must be a whole heading, list item or sentence of the page, word for word`, line: lineOf(path) });
      }
    }
  }
  return problems;
}

/**
 * The whole units of the page a card line may be: each heading (an urgent box's title too),
 * paragraph, list item and table cell, and each sentence of one. A fragment ("dive below 33 feet" of "Do not dive below 33 feet")
 * is none of them.
 */
function wholeUnits(facts: MedicationFacts, body: PageBody): Set<string> {
  const blocks = [...body.headings.map((h) => h.text), ...facts.urgentCards.map((card) => card.title), ...pageTextParts(facts, body).flatMap((part) => part.blocks)];
  return new Set(blocks.flatMap((block) => [block, ...sentencesOf(block)]).map(unitKey));
}

