import type { BodySection } from '../markdown/render';
import type { Medication } from '../model/model';
import { questionsSectionOf } from './monograph';
import { headingId, pageAnchors, urgentCardId } from '../site/page-anchors';
import { questionsRoute } from '../site/routes';

/** A part of the monograph the page draws (MedicationPage) and a link may land on (the link check). */
export type PartKind = 'urgent' | 'keyFacts' | 'contents' | 'introduction' | 'section' | 'questions' | 'prescribingInformation' | 'glossary' | 'sources' | 'share' | 'reviewDates';

export interface OutlinePart {
  kind: PartKind;
  id: string;
  title: string;
  /** Listed under "On this page". */
  inContents: boolean;
  /** A part that is a page of its own: "On this page" links there, and this page draws nothing. */
  href?: string;
  /** The body section a `section` part draws. */
  section?: BodySection;
  /** The ids the part sets on the page: its own, its heading's, and its boxes'. */
  ids: string[];
}

type OutlineOf = Pick<Medication, 'slug' | 'facts' | 'intro' | 'sections'>;

/**
 * The monograph, top to bottom, as data: one ordered list that draws the page and "On this page",
 * and tells the link check which ids the page has. Urgent advice first: a reader in trouble finds
 * it on the first screen; then the contents, then the key facts.
 */
export function monographOutline(m: OutlineOf): OutlinePart[] {
  const { facts } = m;
  const questions = questionsSectionOf(m);
  const part = (kind: PartKind, id: string, title: string, inContents: boolean, ids: string[] = [id, headingId(id)]): OutlinePart => ({ kind, id, title, inContents, ids });
  const urgentIds = facts.urgentCards.flatMap((_, index) => [urgentCardId(index), headingId(urgentCardId(index))]);
  return [
    ...(facts.urgentCards.length ? [part('urgent', pageAnchors.urgent, 'Urgent advice', false, [pageAnchors.urgent, ...urgentIds])] : []),
    // Right after the urgent boxes, so a phone reader meets the way to every answer within three screens.
    part('contents', pageAnchors.contents, 'On this page', false),
    part('keyFacts', pageAnchors.keyFacts, 'Key facts', false),
    ...(m.intro.length ? [part('introduction', pageAnchors.introduction, 'Introduction', false, [pageAnchors.introduction])] : []),
    // A section's own ids (its heading's, and those inside it) come from the rendered body.
    ...m.sections.filter((s) => s !== questions).map((section) => ({ ...part('section', section.id, section.title, true, []), section })),
    ...(questions ? [{ ...part('questions', questions.id, questions.title, true, []), href: questionsRoute.path({ slug: m.slug }) }] : []),
    // Not in the contents (45 tab stops): it is the last part before the glossary, and the Sources list links to the same document.
    part('prescribingInformation', pageAnchors.prescribingInformation, 'Prescribing Information', false),
    ...(facts.glossary.length ? [part('glossary', pageAnchors.glossary, 'Words used on this page', true)] : []),
    // Not in the contents: every part's "Sources: …" line links there already, and the page keeps to 45 tab stops.
    part('sources', pageAnchors.sources, 'Sources', false),
    part('share', pageAnchors.share, 'Share this page', false),
    part('reviewDates', pageAnchors.reviewDates, 'Review dates', false, [pageAnchors.reviewDates]),
  ];
}

/** Every id the page draws around the body (the main landmark included), for the link check. */
export const outlineIds = (outline: readonly OutlinePart[]): string[] => [pageAnchors.main, ...outline.flatMap((p) => p.ids)];
