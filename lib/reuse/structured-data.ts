import type { Drug, MedicalDevice, MedicalWebPage, WithContext } from 'schema-dts';
import type { Medication } from '../model/model';
import { monographSources } from '../pages/monograph';
import { absoluteUrl, siteName, siteUrl } from '../site/site';

/** schema.org description of a monograph: a MedicalWebPage for patients about a Drug (and its device). */
export function medicationJsonLd(medication: Medication): WithContext<MedicalWebPage> {
  const { facts } = medication;
  const pageUrl = absoluteUrl(medication.href);
  const drug: Drug = {
    '@type': 'Drug',
    '@id': `${pageUrl}#drug`,
    name: facts.title,
    nonProprietaryName: facts.activeIngredient,
    activeIngredient: facts.activeIngredient,
    administrationRoute: facts.administrationRoute,
    isAvailableGenerically: facts.genericAvailable,
    prescribingInfo: facts.prescribingInformation.url,
    prescriptionStatus: `https://schema.org/${facts.prescriptionStatus}`,
    ...(facts.relevantSpecialty ? { relevantSpecialty: `https://schema.org/${facts.relevantSpecialty}` } : {}),
  };
  const device: MedicalDevice | undefined = facts.device && {
    '@type': 'MedicalDevice',
    name: facts.device.name,
    // schema.org's MedicalDevice has no manufacturer property; say it in words.
    description: `Made by ${facts.device.manufacturer}.`,
  };

  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    // The same id as the JSON copy's (lib/reuse/reuse.ts): both describe this page.
    '@id': pageUrl,
    name: `${facts.title}, ${facts.genericName}`,
    description: facts.description,
    url: pageUrl,
    inLanguage: 'en',
    lastReviewed: facts.lastReviewed,
    dateModified: facts.lastReviewed,
    audience: { '@type': 'Patient' },
    mainEntity: drug,
    about: device ? [{ '@id': `${pageUrl}#drug` }, device] : { '@id': `${pageUrl}#drug` },
    isPartOf: { '@type': 'WebSite', name: siteName, url: `${siteUrl()}/` },
    citation: monographSources(medication).flatMap((s) => (s.url ? [s.url] : [])),
  };
}
