import type { Medication } from '../model/model';
import type { SiteIndex } from '../site/routes';

/** What the route registry needs to list the pages made from these medications. */
export function siteIndex(medications: readonly Medication[]): SiteIndex {
  return {
    slugs: medications.map((m) => m.slug),
    lastReviewed: new Map(medications.map((m) => [m.slug, m.facts.lastReviewed])),
    cardSlugs: medications.filter((m) => m.facts.takeHome.card).map((m) => m.slug),
    questionSlugs: medications.filter((m) => m.facts.questionsSection).map((m) => m.slug),
    productCodes: medications.flatMap((m) => m.codes.map((c) => ({ code: c.code, oid: c.oid, slug: m.slug }))),
    otherNames: new Map(medications.flatMap((m) => m.otherNames.map((name) => [name.slug, m.slug] as const))),
  };
}
