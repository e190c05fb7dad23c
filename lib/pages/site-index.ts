import type { Medication } from '../model/model';
import type { SiteIndex } from '../site/routes';

/**
 * The names a record may send for each monograph: its title, other brands and other names. Not
 * its ingredient: a record's "baclofen" may be the tablets, and a request with a code the site does
 * not know falls through to its name, so "baclofen" gets the "no page" page, which offers every
 * medicine with its ingredient.
 */
const recordNames = (medications: readonly Medication[]) =>
  medications.flatMap((m) => [m.facts.title, ...m.facts.otherBrands, ...m.facts.otherNames].map((name) => ({ name, slug: m.slug })));

/** What the route registry needs to list the pages made from these medications. */
export function siteIndex(medications: readonly Medication[]): SiteIndex {
  return {
    slugs: medications.map((m) => m.slug),
    lastReviewed: new Map(medications.map((m) => [m.slug, m.facts.lastReviewed])),
    cardSlugs: medications.filter((m) => m.facts.takeHome.card).map((m) => m.slug),
    questionSlugs: medications.filter((m) => m.facts.questionsSection).map((m) => m.slug),
    productCodes: medications.flatMap((m) => m.codes.map((c) => ({ system: c.system, code: c.code, oid: c.oid, slug: m.slug }))),
    recordNames: recordNames(medications),
    otherNames: new Map(medications.flatMap((m) => m.otherNames.map((name) => [name.slug, m.slug] as const))),
  };
}
