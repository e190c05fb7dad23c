import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { getMedications } from '@/lib/content/content';
import { medicationJsonLd } from '@/lib/reuse/structured-data';
import { serializeJsonLd } from '@/components/JsonLd';
import { monographJson } from '@/lib/reuse/reuse';
import { fixtureDir } from './helpers';

describe('serializeJsonLd', () => {
  it('cannot be closed or commented out by content, and parses back unchanged', () => {
    const data = { name: '</script><script>alert(1)</script><!-- & \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('medicationJsonLd', () => {
  it('describes a page for patients about a Drug, without a device when there is none', () => {
    const [testamol] = getMedications(fixtureDir('valid'));
    const ld = medicationJsonLd(testamol);
    expect(ld).toMatchObject({ '@type': 'MedicalWebPage', audience: { '@type': 'Patient' }, lastReviewed: '2026-01-15' });
    expect(ld.mainEntity).toMatchObject({ '@type': 'Drug', name: 'Testamol', isAvailableGenerically: false, prescriptionStatus: 'https://schema.org/OTC' });
    expect(ld.about).toEqual({ '@id': expect.stringMatching(/\/medications\/testamol\/#drug$/) });
  });
});

/**
 * The page's JSON-LD and its JSON copy, read by a JSON-LD processor (jsonld) with the part of
 * schema.org's context that matters here: its vocabulary, and the properties whose values it reads
 * as addresses. No network: the context is given here. (That every type and property is in the
 * vocabulary, in its domain and range, the schema-dts types check when the code compiles.)
 */
describe('the structured data, as a JSON-LD processor reads it', () => {
  const addressProperties = ['url', 'usageInfo', 'relatedLink', 'contentUrl', 'prescribingInfo'];
  const context = { '@vocab': 'https://schema.org/', ...Object.fromEntries(addressProperties.map((p) => [p, { '@type': '@id' }])) };
  const documentLoader = async (url: string) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network in tests: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: { '@context': context } };
  };
  const ids = (node: unknown): string[] =>
    Array.isArray(node) ? node.flatMap(ids) : node && typeof node === 'object' ? Object.entries(node).flatMap(([key, value]) => (key === '@id' ? [value as string] : ids(value))) : [];

  it('expands the page\'s and the copy\'s data to one page, every address absolute', async () => {
    const [lioresal] = getMedications('content');
    const [page] = await jsonld.expand(medicationJsonLd(lioresal) as object, { documentLoader });
    const [copy] = await jsonld.expand(monographJson(lioresal) as object, { documentLoader });
    expect(page['@id']).toBe(copy['@id']);
    expect(page['@id']).toBe(`https://medicines-explained.example.org${lioresal.href}`);
    // Text where the vocabulary wants an address expands to a broken relative IRI: none may.
    for (const id of [...ids(page), ...ids(copy)]) expect(id, id).toMatch(/^https:\/\/[^\s]+$/);
    expect(copy['https://schema.org/usageInfo']).toEqual([{ '@id': expect.stringMatching(/\/about\/#reusing-these-pages$/) }]);
  });
});
