import { describe, expect, it } from 'vitest';
import { isoDate, medicationSchema } from '@/lib/model/schema';

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
  keyFactsSources: ['s'],
  reviewHistory: [{ date: '2026-01-15', change: 'First review.' }],
  nextReview: '2027-01-15',
  sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org/s' }],
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

  it('takes the last-reviewed date from the newest review, so the two cannot disagree', () => {
    const reviewHistory = [
      { date: '2026-11-25', change: 'Safety wording.' },
      { date: '2026-01-15', change: 'First review.' },
    ];
    expect(schema.parse({ ...valid, reviewHistory }).lastReviewed).toBe('2026-11-25');
  });

  it.each([
    ['description', 'x'.repeat(49)],
    ['description', 'x'.repeat(161)],
    ['title', '   '],
    ['genericAvailable', 'yes'],
    ['reviewHistory', []],
    ['keyFactsSources', []],
  ])('rejects a bad %s', (field, value) => {
    const result = schema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });

  it('rejects a review in the future, and a history that is not newest first', () => {
    const future = schema.safeParse({ ...valid, reviewHistory: [{ date: '2026-11-26', change: 'x' }] });
    expect(future.error?.issues.map((i) => [i.path, i.message])).toEqual([[['reviewHistory', 0, 'date'], 'must not be in the future (today is 2026-11-25)']]);
    const order = schema.safeParse({
      ...valid,
      reviewHistory: [
        { date: '2026-01-15', change: 'x' },
        { date: '2026-02-01', change: 'y' },
      ],
    });
    expect(order.error?.issues.map((i) => i.path)).toEqual([['reviewHistory', 1, 'date']]);
  });

  it('wants a stable id on every source, each different', () => {
    const noId = schema.safeParse({ ...valid, sources: [{ title: 'S', publisher: 'P' }] });
    expect(noId.error?.issues[0].path).toEqual(['sources', 0, 'id']);
    const badId = schema.safeParse({ ...valid, sources: [{ id: 'Not An Id', title: 'S', publisher: 'P' }] });
    expect(badId.error?.issues[0].path).toEqual(['sources', 0, 'id']);
    const twice = schema.safeParse({ ...valid, sources: [valid.sources[0], valid.sources[0]] });
    expect(twice.error?.issues.map((i) => i.path)).toEqual([['sources', 1, 'id']]);
  });

  it('lets the key facts and urgent boxes cite only sources of the file', () => {
    const card = { title: 'T', intro: 'I', items: ['a'], action: 'A', sources: ['s', 'nope'] };
    const result = schema.safeParse({ ...valid, keyFactsSources: ['missing'], urgentCards: [card] });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['keyFactsSources', 0], 'is not the id of a source in this file (s)'],
      [['urgentCards', 0, 'sources', 1], 'is not the id of a source in this file (s)'],
    ]);
    const uncited = schema.safeParse({ ...valid, urgentCards: [{ ...card, sources: [] }] });
    expect(uncited.error?.issues[0].path).toEqual(['urgentCards', 0, 'sources']);
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
    expect(schema.safeParse({ ...valid, sources: [{ id: 's', title: 'Leaflet', publisher: 'P' }] }).success).toBe(true);
    expect(schema.safeParse({ ...valid, sources: [{ id: 's', title: 'Leaflet', publisher: 'P', url: '' }] }).success).toBe(false);
  });

  it('rejects unknown keys, also inside nested objects', () => {
    const result = schema.safeParse({ ...valid, sideEffcts: 'x', prescribingInformation: { ...valid.prescribingInformation, lable: 'x' } });
    expect(result.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys', 'unrecognized_keys']);
  });

  it('allows at most two urgent cards', () => {
    const card = { title: 'T', intro: 'I', items: ['a'], action: 'A', sources: ['s'] };
    expect(schema.safeParse({ ...valid, urgentCards: [card, card] }).success).toBe(true);
    expect(schema.safeParse({ ...valid, urgentCards: [card, card, card] }).success).toBe(false);
  });

  it('wants the next review after the last one', () => {
    const result = schema.safeParse({ ...valid, nextReview: valid.reviewHistory[0].date });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['nextReview'], 'must be after the latest review (2026-01-15)']]);
  });
});
