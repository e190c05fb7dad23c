/**
 * lib/reuse: what other systems reuse, made from the same Medication: the JSON copies and the feed
 * (this module) and the schema.org structured data. Imports lib/text, site, markdown, model and
 * pages; nothing imports it but the app and scripts.
 */
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { Medication } from '../model/model';
import { sectionContent } from '../markdown/render';
import { monographSections, questionsSectionOf } from '../pages/monograph';
import { textBlocks } from '../pages/page-text';
import type { CreativeWork, ItemList, MediaObject, MedicalWebPage, WithContext } from 'schema-dts';
import { aboutRoute, evidenceRoute, feedRoute, jsonIndexRoute, jsonRoute, questionsRoute } from '../site/routes';
import { aboutReuseId, absoluteUrl, siteName, siteUrl } from '../site/site';
import type { SourceFacts } from '../model/schema';
import { reviewAnchors, urgentCardId } from '../site/page-anchors';

/**
 * The forms other systems reuse, made from the same loaded `Medication` as the pages: a JSON copy
 * of each monograph (schema.org MedicalWebPage, split into its parts, as the NHS website content
 * API serves its pages), an index of them, and an Atom feed of every review.
 */

/** How the text may be reused: a rule a portal or app can show beside it. */
export const attributionRule =
  `Reuse the text with its source: name ${siteName}, link to the page, and show its last-reviewed date. ` +
  'Do not change the wording of an instruction or a warning, and take the text again when the page is reviewed.';

interface Part {
  identifier: string;
  name: string;
  /** Where the part stands: the monograph or its questions page. */
  url: string;
  text: string;
  /** The ids of the sources it cites (see `citation`). */
  citation: string[];
}

const joined = (blocks: string[]) => blocks.join('\n');

/** The monograph's parts in page order, each as plain text with the sources it cites. */
function partsOf(m: Medication): Part[] {
  const page = absoluteUrl(m.href);
  const { facts } = m;
  const urgent = facts.urgentCards.map((card, i) => ({
    identifier: urgentCardId(i),
    name: card.title,
    url: `${page}#${urgentCardId(i)}`,
    text: joined([card.intro, ...(card.listLabel ? [card.listLabel] : []), ...card.items, card.action]),
    citation: card.sources,
  }));
  const section = (s: Medication['sections'][number], url: string) => ({
    identifier: s.id,
    name: s.title,
    url,
    text: joined(textBlocks(sectionContent(s))),
    citation: s.citations.map((c) => c.id),
  });
  const questions = questionsSectionOf(m);
  return [
    ...urgent,
    {
      identifier: 'key-facts',
      name: 'Key facts',
      url: `${page}#key-facts`,
      text: joined([`Used for: ${facts.usedFor}`, `How it is given: ${facts.givenBy}`, `Generic available: ${facts.genericAvailable ? 'Yes' : 'No'}`]),
      citation: facts.keyFactsSources,
    },
    ...monographSections(m).map((s) => section(s, `${page}#${s.id}`)),
    ...(questions ? [section(questions, absoluteUrl(questionsRoute.path({ slug: m.slug })))] : []),
  ];
}

/** A source's `@id` in the copy: the parts cite their sources by it. */
const sourceNode = (page: string, id: string) => `${page}#source-${id}`;

const sourceJson = (page: string, s: SourceFacts): CreativeWork => ({
  '@type': 'CreativeWork',
  '@id': sourceNode(page, s.id),
  identifier: s.id,
  name: s.title,
  publisher: { '@type': 'Organization', name: s.publisher },
  ...(s.url ? { url: s.url } : {}),
});

/** Where the reuse terms stand, as a URL (schema.org's usageInfo takes a URL or a creative work, not text). */
const reuseTermsUrl = () => absoluteUrl(`${aboutRoute.path({})}#${aboutReuseId}`);

/** The copy as a file: its address and type, so a reader of the page's data finds the JSON too. */
const jsonEncoding = (m: Medication): MediaObject => ({ '@type': 'MediaObject', contentUrl: absoluteUrl(jsonRoute.path({ slug: m.slug })), encodingFormat: 'application/json' });

/**
 * The JSON copy of one monograph: schema.org JSON-LD whose every type and property is in the
 * vocabulary (the schema-dts types hold it to that at compile time), with the same `@id` as the
 * page's own structured data (lib/reuse/structured-data.ts), so both describe one page.
 */
export function monographJson(m: Medication): WithContext<MedicalWebPage> {
  const { facts } = m;
  const page = absoluteUrl(m.href);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': page,
    url: page,
    name: facts.title,
    alternateName: [...facts.otherBrands, ...facts.otherNames],
    description: facts.description,
    abstract: facts.summary,
    inLanguage: 'en',
    audience: { '@type': 'Patient' },
    about: {
      '@type': 'Drug',
      '@id': `${page}#drug`,
      name: facts.title,
      nonProprietaryName: facts.activeIngredient,
      administrationRoute: facts.administrationRoute,
      code: m.codes.map((c) => ({ '@type': 'MedicalCode', codeValue: c.code, codingSystem: c.system, identifier: c.oid })),
    },
    lastReviewed: facts.lastReviewed,
    dateModified: facts.lastReviewed,
    // Each review of the page, newest first: the date and what changed.
    review: facts.reviewHistory.map((r) => ({ '@type': 'Review', datePublished: r.date, reviewBody: r.change })),
    hasPart: partsOf(m).map(({ citation, ...part }) => ({ '@type': 'WebPageElement', '@id': part.url, ...part, citation: citation.map((id) => ({ '@id': sourceNode(page, id) })) })),
    // Every listed source is cited by a part or a product code (lib/rules/page-rules.ts), so the copy lists them all.
    citation: facts.sources.map((s) => sourceJson(page, s)),
    relatedLink: absoluteUrl(evidenceRoute.path({ slug: m.slug })),
    usageInfo: reuseTermsUrl(),
    creditText: attributionRule,
    publisher: { '@type': 'Organization', name: siteName, url: `${siteUrl()}/` },
    encoding: jsonEncoding(m),
  };
}

/** The index of every monograph's JSON copy. */
export function indexJson(medications: readonly Medication[]): WithContext<ItemList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': absoluteUrl(jsonIndexRoute.path({})),
    name: `${siteName}: every medicine page`,
    itemListElement: medications.map((m, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'MedicalWebPage',
        '@id': absoluteUrl(m.href),
        url: absoluteUrl(m.href),
        name: m.facts.title,
        lastReviewed: m.facts.lastReviewed,
        dateModified: m.facts.lastReviewed,
        usageInfo: reuseTermsUrl(),
        encoding: jsonEncoding(m),
      },
    })),
  };
}

/** A review date as an Atom date-time: the day, at midnight UTC. */
export const atomDate = (date: string) => `${date}T00:00:00Z`;

/** The Atom feed: one entry per review of any page, newest first, dated with the review date. */
export function reviewsFeed(medications: readonly Medication[]): string {
  const entries = medications
    .flatMap((m) => {
      const anchors = reviewAnchors(m.facts.reviewHistory);
      const evidence = absoluteUrl(evidenceRoute.path({ slug: m.slug }));
      return m.facts.reviewHistory.map((review, i) => ({ m, review, id: `${evidence}#${anchors[i]}` }));
    })
    .sort((a, b) => b.review.date.localeCompare(a.review.date) || a.m.facts.title.localeCompare(b.m.facts.title));
  const feedUrl = absoluteUrl(feedRoute.path({}));
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' }, [
      x('id', feedUrl),
      x('title', `${siteName}: page reviews`),
      x('subtitle', 'Each time a medicine page is reviewed: the date, and what changed.'),
      x('updated', atomDate(entries[0]?.review.date ?? '1970-01-01')),
      x('link', { rel: 'self', type: 'application/atom+xml', href: feedUrl }),
      x('link', { rel: 'alternate', type: 'text/html', href: absoluteUrl('/') }),
      x('author', [x('name', siteName)]),
      x('rights', attributionRule),
      ...entries.map(({ m, review, id }) =>
        x('entry', [
          // An address that resolves: the review in the evidence page's full history.
          x('id', id),
          x('title', `${m.facts.title}: reviewed ${review.date}`),
          x('updated', atomDate(review.date)),
          x('link', { rel: 'alternate', type: 'text/html', href: absoluteUrl(m.href) }),
          x('summary', review.change),
        ]),
      ),
    ]),
  ]);
  return `${toXml(tree)}\n`;
}
