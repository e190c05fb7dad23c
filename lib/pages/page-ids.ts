import type { ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import { sourceAnchor } from '../model/citations';
import type { Medication } from '../model/model';
import { headingId, pageAnchors, urgentCardId } from '../site/page-anchors';
import { cardRoute, evidenceRoute, medicationRoute, questionsRoute, summaryRoute, type Route } from '../site/routes';
import { evidenceOutline } from './evidence';
import { monographSections, monographSources, questionsPageContent, questionsSectionOf } from './monograph';
import { monographOutline, outlineIds } from './monograph-outline';
import { summaryParts } from './take-home';

/** Every id set inside some rendered Markdown (headings, questions, boxes). */
function idsIn(nodes: readonly ElementContent[]): string[] {
  const ids: string[] = [];
  for (const node of nodes) {
    visit(node, 'element', (element) => {
      if (typeof element.properties.id === 'string') ids.push(element.properties.id);
    });
  }
  return ids;
}

const withHeadings = (ids: readonly string[]) => ids.flatMap((id) => [id, headingId(id)]);

/**
 * The ids a link may point at on each page a medication gets, from the same parts the pages draw,
 * for the link check (`/medications/x/summary/#no-such-part` is an error with file and line).
 * `undefined`: a page a link may not point into (the home page, About). A browser test holds
 * these lists to the built pages, so the check cannot pass an anchor the page lacks.
 */
export function idsOnPage(route: Route, m: Medication): ReadonlySet<string> | undefined {
  if (route === medicationRoute) {
    // Only what the monograph itself draws: the questions section's ids stand on the questions
    // page, and its Sources list numbers only the sources the monograph's own parts cite.
    return new Set([
      ...outlineIds(monographOutline(m)),
      ...idsIn([...m.intro, ...monographSections(m).map((s) => s.node)]),
      ...monographSources(m).map((s) => sourceAnchor(s.id)),
    ]);
  }
  if (route === summaryRoute) {
    const parts = summaryParts(m.facts, m.sections);
    const urgent = withHeadings(m.facts.urgentCards.map((_, index) => urgentCardId(index)));
    return new Set([pageAnchors.main, ...urgent, ...withHeadings([pageAnchors.careTeam, pageAnchors.fullPage]), ...withHeadings(parts.map((p) => p.id)), ...idsIn(parts.flatMap((p) => p.nodes))]);
  }
  if (route === questionsRoute) {
    const section = questionsSectionOf(m);
    if (!section) return undefined;
    return new Set([pageAnchors.main, ...withHeadings([pageAnchors.contents, pageAnchors.sources]), ...idsIn(questionsPageContent(section, m.href).nodes)]);
  }
  if (route === cardRoute) return new Set([pageAnchors.main]);
  if (route === evidenceRoute) {
    const { contents } = evidenceOutline(m);
    return new Set([pageAnchors.main, ...withHeadings([pageAnchors.contents, ...contents.flatMap((e) => [e.id, ...(e.children ?? []).map((c) => c.id)])])]);
  }
  return undefined;
}
