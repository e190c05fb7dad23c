import { describe, expect, it } from 'vitest';
import { isoDate, medicationSchema } from '@/lib/schema';

const valid = {
  title: 'Testamol',
  genericName: 'testamol',
  description: 'A made-up medicine that the tests use to check that content loading works.',
  summary: 'Made up.',
  usedFor: 'Tests',
  givenBy: 'By mouth',
  genericAvailable: true,
  activeIngredient: 'testamol',
  administrationRoute: 'oral',
  prescriptionStatus: 'OTC',
  prescribingInformation: { title: 'PI', url: 'https://example.org/pi' },
  lastReviewed: '2026-01-15',
  nextReview: '2027-01-15',
  sources: [{ title: 'S', publisher: 'P', url: 'https://example.org/s' }],
};
const schema = medicationSchema('2026-11-25');

describe('isoDate', () => {
  it.each(['2026-01-31', '2024-02-29'])('accepts the real date %s', (d) => expect(isoDate.safeParse(d).success).toBe(true));
  it.each(['2026-13-45', '2026-02-30', '2025-02-29', '26-01-01', '2026-1-1', ''])('rejects %j', (d) =>
    expect(isoDate.safeParse(d).success).toBe(false),
  );
});

describe('medicationSchema', () => {
  it('accepts a complete medication and fills defaults', () => {
    const parsed = schema.parse(valid);
    expect(parsed.otherBrands).toEqual([]);
    expect(parsed.urgentCards).toEqual([]);
  });

  it.each([
    ['description', 'x'.repeat(49)],
    ['description', 'x'.repeat(161)],
    ['title', '   '],
    ['genericAvailable', 'yes'],
    ['lastReviewed', '2026-11-26'],
  ])('rejects a bad %s', (field, value) => {
    const result = schema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });

  it('accepts descriptions of exactly 50 and 160 characters', () => {
    expect(schema.safeParse({ ...valid, description: 'x'.repeat(50) }).success).toBe(true);
    expect(schema.safeParse({ ...valid, description: 'x'.repeat(160) }).success).toBe(true);
  });

  it('requires https for every address', () => {
    const result = schema.safeParse({ ...valid, sources: [{ ...valid.sources[0], url: 'http://example.org/s' }] });
    expect(result.error?.issues[0].path).toEqual(['sources', 0, 'url']);
  });

  it('accepts a source named without an address, but not one with an empty address', () => {
    expect(schema.safeParse({ ...valid, sources: [{ title: 'Leaflet', publisher: 'P' }] }).success).toBe(true);
    expect(schema.safeParse({ ...valid, sources: [{ title: 'Leaflet', publisher: 'P', url: '' }] }).success).toBe(false);
  });

  it('rejects unknown keys, also inside nested objects', () => {
    const result = schema.safeParse({ ...valid, sideEffcts: 'x', prescribingInformation: { ...valid.prescribingInformation, lable: 'x' } });
    expect(result.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys', 'unrecognized_keys']);
  });

  it('allows at most two urgent cards', () => {
    const card = { title: 'T', intro: 'I', items: ['a'], action: 'A' };
    expect(schema.safeParse({ ...valid, urgentCards: [card, card] }).success).toBe(true);
    expect(schema.safeParse({ ...valid, urgentCards: [card, card, card] }).success).toBe(false);
  });

  it('wants the next review after the last one', () => {
    const result = schema.safeParse({ ...valid, nextReview: valid.lastReviewed });
    expect(result.error?.issues[0].path).toEqual(['nextReview']);
  });
});
