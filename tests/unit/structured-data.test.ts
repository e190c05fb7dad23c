import { describe, expect, it } from 'vitest';
import { getMedications } from '@/lib/content/content';
import { medicationJsonLd, serializeJsonLd } from '@/lib/reuse/structured-data';
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
