/**
 * lib/pages: what each page shows, built from the loaded Medication: the monograph and its
 * questions page (this module), its outline, the take-home sheets, the page's text as a reader
 * meets it, the site index. Imports lib/text, site, markdown and model.
 */
import type { ElementContent } from 'hast';
import { withLinksTo } from './take-home';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Medication } from '../model/model';
import { sectionContent, type BodySection } from '../markdown/render';
import type { SourceFacts } from '../model/schema';

/**
 * Which parts of a monograph stand on its own page and which on its questions page
 * (`questionsSection`): the body is one tree, the two pages pick from it. Each page lists, and
 * numbers, only the sources its own parts cite.
 */

/** The `##` section that is the questions page, if the monograph has one. */
export const questionsSectionOf = (m: Pick<Medication, 'sections' | 'facts'>): BodySection | undefined =>
  m.facts.questionsSection ? m.sections.find((s) => s.id === m.facts.questionsSection) : undefined;

/** The body sections the monograph itself shows. */
export const monographSections = (m: Pick<Medication, 'sections' | 'facts'>): BodySection[] => m.sections.filter((s) => s.id !== m.facts.questionsSection);

/** The sources of `all` that `ids` name, in the file's order (so the numbers follow the list). */
export const sourcesNamed = (all: readonly SourceFacts[], ids: Iterable<string>): SourceFacts[] => {
  const wanted = new Set(ids);
  return all.filter((s) => wanted.has(s.id));
};

/** The sources the monograph's own parts cite: its Sources list. */
export function monographSources(m: Pick<Medication, 'sections' | 'facts' | 'introCitations'>): SourceFacts[] {
  const { facts } = m;
  return sourcesNamed(facts.sources, [
    ...facts.keyFactsSources,
    ...facts.urgentCards.flatMap((card) => card.sources),
    ...m.introCitations.map((c) => c.id),
    ...monographSections(m).flatMap((s) => s.citations.map((c) => c.id)),
  ]);
}

/** The sources the questions page cites: its own Sources list. */
export function questionsSources(m: Pick<Medication, 'sections' | 'facts'>): SourceFacts[] {
  return sourcesNamed(m.facts.sources, questionsSectionOf(m)?.citations.map((c) => c.id) ?? []);
}

/**
 * The questions section's content as a page of its own: each heading one level up (its `###`
 * questions become the page's `h2`s under its `h1`), on a copy, so the tree the other pages pick
 * from is untouched. Returns the nodes and the questions, for the page's own contents list.
 */
export function questionsPageContent(section: BodySection, monographHref: string): { nodes: ElementContent[]; questions: { id: string; title: string }[] } {
  const [nodes] = withLinksTo(monographHref, [sectionContent(section)]);
  const questions: { id: string; title: string }[] = [];
  for (const node of nodes) {
    visit(node, 'element', (element) => {
      const rank = headingRank(element);
      if (!rank || rank < 3) return;
      element.tagName = `h${rank - 1}`;
      if (rank === 3 && typeof element.properties.id === 'string') questions.push({ id: element.properties.id, title: toString(element).trim() });
    });
  }
  return { nodes, questions };
}
