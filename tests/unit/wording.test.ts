import { describe, expect, it } from 'vitest';
import { canonical, equalWording, heldParts, safetyTest, wordingChanges, wordingParts } from '@/lib/claims/wording';
import type { ClaimPart } from '@/lib/model/model';

const speaksOfSafety = safetyTest(['tingling']);

/** A part as the loader gives it: blocks of text, `###` headings among them. */
const part = (id: string | undefined, name: string, blocks: (string | [heading: string, id: string])[]): ClaimPart => ({
  id,
  name,
  title: name,
  citations: [],
  lists: [],
  blocks: blocks.map((b, i) => (typeof b === 'string' ? { text: b, field: `body line ${i + 10}` } : { text: b[0], heading: { rank: 3, id: b[1] }, field: `body line ${i + 10}` })),
});

const page = (blocks: Parameters<typeof part>[2]) =>
  wordingParts([
    part('urgent-1', 'the urgent box "If your pump alarm sounds"', ['If your pump alarm sounds', 'Call your pump doctor immediately and go to a hospital at once.']),
    part('questions', 'section "Questions"', blocks),
    part(undefined, 'the wallet card', ['I have a pump.']),
  ]);
const approvedPage = page([
  'People ask these.',
  ['Can the pump move?', 'can-the-pump-move'],
  'It moves a little in your belly. It is held by stitches.',
  ['What do I do if I feel unwell?', 'unwell'],
  'Call your pump doctor immediately. Then go to a hospital at once.',
]);
const heldNow = heldParts(approvedPage, speaksOfSafety);
const approved = { held: Object.fromEntries(heldNow.map((p) => [p.key, p.units.map((u) => u.text)])), free: approvedPage.filter((p) => !heldNow.includes(p)).map((p) => p.key) };
const changes = (blocks: Parameters<typeof part>[2]) => wordingChanges(approved, page(blocks), speaksOfSafety);
const withAnswer = (answer: string[]) => ['People ask these.', ['Can the pump move?', 'can-the-pump-move'] as [string, string], 'It moves a little in your belly. It is held by stitches.', ['What do I do if I feel unwell?', 'unwell'] as [string, string], ...answer];

describe('held wording', () => {
  it('cuts a section at its ### answers, a heading or a sentence each', () => {
    expect(approvedPage.map((p) => p.key)).toEqual(['urgent-1', 'questions', 'questions/can-the-pump-move', 'questions/unwell', 'card']);
    expect(approvedPage[3].units.map((u) => u.text)).toEqual(['### What do I do if I feel unwell?', 'Call your pump doctor immediately.', 'Then go to a hospital at once.']);
  });

  it('makes each front-matter field a part, and each line of a list an item, so a sentence moved across either has moved', () => {
    const card = (fields: [string, string][]): ClaimPart => ({ id: undefined, name: 'the wallet card', title: 'Card', citations: [], lists: [], blocks: fields.map(([field, text]) => ({ text, field })) });
    const parts = wordingParts([card([['takeHome.card.faces.0.items.0', 'Fever. Go to a hospital at once.'], ['takeHome.card.faces.0.action', 'Call 911.']])]);
    expect(parts.map((p) => [p.key, p.units.map((u) => u.text)])).toEqual([
      ['card/takeHome.card.faces.0.items', ['• Fever.', '•+ Go to a hospital at once.']],
      ['card/takeHome.card.faces.0.action', ['Call 911.']],
    ]);
    const held = { held: Object.fromEntries(parts.map((p) => [p.key, p.units.map((u) => u.text)])), free: [] };
    // The action made one more line of the list: taken out of one part, added to the other.
    const moved = wordingParts([card([['takeHome.card.faces.0.items.0', 'Fever. Go to a hospital at once.'], ['takeHome.card.faces.0.items.1', 'Call 911.']])]);
    expect(wordingChanges(held, moved, speaksOfSafety).map((c) => c.what)).toEqual([
      '"• Call 911." was added to the wallet card (takeHome.card.faces.0.items)',
      'the part "card/takeHome.card.faces.0.action" (beginning "Call 911.") is gone from the page',
    ]);
  });

  it('holds the parts that speak of safety, and the urgent boxes and the card whatever they say', () => {
    expect(Object.keys(approved.held)).toEqual(['urgent-1', 'questions/unwell', 'card']);
    expect(approved.free).toEqual(['questions', 'questions/can-the-pump-move']);
  });

  it('lets the same page through', () => {
    expect(changes(withAnswer(['Call your pump doctor immediately. Then go to a hospital at once.']))).toEqual([]);
  });

  it.each([
    ['A&E', 'Then go to A&E at once.'],
    ['the emergency department', 'Then go to the emergency department immediately.'],
    ['phone', 'Phone your pump doctor immediately.'],
    ['do not wait', 'Do not wait: call your pump doctor immediately.'],
  ])('lets an equal wording through (%s)', (_kind, sentence) => {
    const answer = sentence.startsWith('Then') ? ['Call your pump doctor immediately.', sentence] : [sentence, 'Then go to a hospital at once.'];
    expect(changes(withAnswer(answer))).toEqual([]);
  });

  it.each([
    ['a softer word', ['Call your pump doctor soon. Then go to a hospital at once.'], 'was "Call your pump doctor immediately."'],
    ['reassurance added', ['Call your pump doctor immediately. Then go to a hospital at once. Most of the time this is not needed.'], 'was added to'],
    ['a sentence taken out', ['Call your pump doctor immediately.'], '"Then go to a hospital at once." was taken out of'],
    ['the order changed', ['Then go to a hospital at once. Call your pump doctor immediately.'], 'was moved within'],
  ])('stops %s in a held part', (_kind, answer, what) => {
    const found = changes(withAnswer(answer));
    expect(found.map((c) => c.what).join('\n')).toContain(what);
    expect(found.every((c) => c.part === 'questions/unwell')).toBe(true);
  });

  it('stops a warning moved to another answer, and safety words coming into a part held for nothing', () => {
    const found = changes(['People ask these.', ['Can the pump move?', 'can-the-pump-move'], 'It moves a little in your belly. Then go to a hospital at once. It is held by stitches.', ['What do I do if I feel unwell?', 'unwell'], 'Call your pump doctor immediately.']);
    expect(found.map((c) => c.what)).toEqual([
      '"Then go to a hospital at once." was taken out of the answer "What do I do if I feel unwell?" of section "Questions"',
      '"Then go to a hospital at once." speaks of safety ("hospital") in the answer "Can the pump move?" of section "Questions", which spoke of none when it was reviewed',
    ]);
  });

  it('holds a part no review read, and a held part moved', () => {
    const added = changes([...withAnswer(['Call your pump doctor immediately. Then go to a hospital at once.']), ['Can I swim?', 'swim'], 'Yes, swimming is good for you.']);
    expect(added.map((c) => [c.name, c.what])).toEqual([['questions/swim', 'the answer "Can I swim?" of section "Questions" is new: the review never read "### Can I swim?" and 1 more']]);
    const moved = wordingChanges(approved, [...page(withAnswer(['Call your pump doctor immediately. Then go to a hospital at once.']))].sort((a, b) => (a.key === 'urgent-1' ? 1 : b.key === 'urgent-1' ? -1 : 0)), speaksOfSafety);
    expect(moved.map((c) => c.what)).toEqual(['the urgent box "If your pump alarm sounds" was moved: it now stands after the wallet card']);
  });

  it('holds bold, brackets and a link\'s target', () => {
    const held = { held: { 'urgent-1': ['**Call your doctor immediately and go to a hospital at once.**', 'Call <tel:911> if you need help.'] }, free: [] };
    const now = (units: string[]) => wordingChanges(held, [{ key: 'urgent-1', name: 'the box', units: units.map((text) => ({ text, field: 'x' })) }], speaksOfSafety).length;
    expect(now(['**Call your doctor immediately and go to a hospital at once.**', 'Call <tel:911> if you need help.'])).toBe(0);
    expect(now(['Call your doctor immediately and go to a hospital at once.', 'Call <tel:911> if you need help.'])).toBe(1);
    expect(now(['**Call your doctor immediately (and go to a hospital at once).**', 'Call <tel:911> if you need help.'])).toBe(1);
    expect(now(['**Call your doctor immediately and go to a hospital at once.**', 'Call <tel:+1-800-555-0199> if you need help.'])).toBe(1);
  });

  it('lets a part held for nothing change freely while it stays so', () => {
    expect(changes(withAnswer(['Call your pump doctor immediately. Then go to a hospital at once.']).map((b) => (b === 'It moves a little in your belly. It is held by stitches.' ? 'It can shift a little in your belly; stitches hold it.' : b)))).toEqual([]);
  });

  it('follows a held part whose heading was renamed, and reports one that is gone', () => {
    const renamed = changes(['People ask these.', ['Can the pump move?', 'can-the-pump-move'], 'It moves a little in your belly. It is held by stitches.', ['If I feel unwell', 'if-i-feel-unwell'], 'Call your pump doctor immediately. Then go to a hospital at once.']);
    expect(renamed.map((c) => [c.part, c.what])).toEqual([['questions/unwell', '"### If I feel unwell" in the answer "If I feel unwell" of section "Questions" was "### What do I do if I feel unwell?"']]);
    const gone = changes(['People ask these.', ['Can the pump move?', 'can-the-pump-move'], 'It moves a little in your belly. It is held by stitches.']);
    expect(gone.map((c) => c.name)).toEqual(['questions/unwell']);
  });
});

describe('the table of equal wordings', () => {
  it.each([
    ['call 911 or your local emergency number', 'ring 999 or your local emergency number'],
    ['Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than thirty-three feet (ten metres).'],
    ['Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than 10 metres (33 feet).'],
    ['feeling light-headed', 'feeling lightheaded'],
    ['Do not have it above 2.0 atmospheres.', 'Do not have it above two atmospheres.'],
    ['Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, phone your pump doctor at once, day or night.'],
    ['Do not stay near them.', 'Never stay near them.'],
    ['You are most often fully asleep for it (general anaesthesia).', 'You are most often fully asleep for it (general anesthesia).'],
    ['**Do not rub the pump.**', '**Never rub the pump.**'],
  ])('"%s" is "%s"', (was, now) => {
    expect(equalWording(was, now)).toBe(true);
  });

  it.each([
    ['Call your pump doctor immediately.', 'Contact your pump doctor immediately.'],
    ['Call your pump doctor immediately.', 'Call your pump doctor.'],
    ['Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than 133 feet (10 meters).'],
    ['Go to a hospital, not your clinic.', 'Go to your clinic, not a hospital.'],
    ['Do not wait for the alarm.', 'Wait for the alarm.'],
    ['Call your doctor immediately.', 'Call your doctor, or wait until the morning.'],
    ['Go to a hospital at once.', 'Go to the hospital that put in your pump at once.'],
    ['Go to a hospital at once.', 'Go to your hospital at once.'],
    ['call 911 or your local emergency number', 'ring 999 for an ambulance'],
    ['If you need help to get there, call 911 or your local emergency number.', 'If you need help to get there, call 999.'],
    ['Never stop suddenly', 'Never stop suddenly?'],
    ['It must be replaced within 90 days.', 'It must be replaced within 𝟣90 days.'],
    ['Call your doctor immediately.', 'Call your doctor immediately 𝗂𝖿 𝗍𝗁𝖾 𝗌𝗂𝗀𝗇𝗌 𝖺𝗋𝖾 𝗌𝖾𝗏𝖾𝗋𝖾.'],
    ['Call 911 or your local emergency number.', 'Call \u202E911\u202C or your local emergency number.'],
    ['**Act on the signs.**', '∗∗Act on the signs.∗∗'],
    ['Act on the signs.', '`Act on the signs.`'],
    ['If you notice a sign, go to a hospital at once.', '🚫 If you notice a sign, go to a hospital at once.'],
    ['Also go to a hospital at once.', 'Also go to, er, at once.'],
    ['The medicine must never stop suddenly.', 'The medicine "must never" stop suddenly.'],
    ['Go to a hospital at once.', '~~Go to a hospital at once.~~'],
    ['Never stop suddenly', 'Never ſtop suddenly'],
    ['**If you notice any sign, go to a hospital at once.**', '• **If you notice any sign, go to a hospital at once.**'],
    ['**Act on the signs.**', '> **Act on the signs.**'],
    ['> Act on the signs.', '> > Act on the signs.'],
    ['> • Act on the signs.', '• Act on the signs.'],
    ['Tell your doctor if you do not feel well.', 'Tell your doctor if you never feel well.'],
    ['A beep about once an hour means it must be replaced within 90 days.', 'A beep once an hour means it must be replaced within about 90 days.'],
  ])('"%s" is not "%s"', (was, now) => {
    expect(equalWording(was, now)).toBe(false);
  });

  it('reads equal wordings as one', () => {
    expect(canonical('Go to A&E at once.')).toBe(canonical('go to a hospital immediately'));
  });
});

describe('what speaks of safety', () => {
  it.each(['It is usually fine.', 'Go to hospital.', 'Skip this part.', 'Tingling', 'This is nothing to worry about.', "You don't need to."])('"%s" does', (text) => {
    expect(speaksOfSafety(text)).toBeDefined();
  });
  it.each(['Wide clothes may feel more comfortable.', 'It can shift a little in your belly; stitches hold it.'])('"%s" does not', (text) => {
    expect(speaksOfSafety(text)).toBeUndefined();
  });
});
