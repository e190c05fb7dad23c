import type { Medication } from '../model/model';
import type { SiteIndex } from '../site/routes';

/**
 * The names a record may send for each monograph: its title, other brands and other names, and its
 * ingredient where no other monograph has that ingredient (a shared one names no single page).
 */
function recordNames(medications: readonly Medication[]) {
  const byIngredient = new Map<string, number>();
  for (const m of medications) byIngredient.set(m.facts.activeIngredient.toLowerCase(), (byIngredient.get(m.facts.activeIngredient.toLowerCase()) ?? 0) + 1);
  return medications.flatMap((m) => {
    const { title, otherBrands, otherNames, activeIngredient } = m.facts;
    const ingredient = byIngredient.get(activeIngredient.toLowerCase()) === 1 ? [activeIngredient] : [];
    return [title, ...otherBrands, ...otherNames, ...ingredient].map((name) => ({ name, slug: m.slug }));
  });
}

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
