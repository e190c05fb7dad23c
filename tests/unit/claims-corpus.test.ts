import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';
import { todayIso } from '@/lib/model/schema';

/**
 * The claims check tried as a hurried writer would: each edit changes the real page and, where
 * the sentence is registered, its entry's `says` the same way (so "changed since it was
 * registered" cannot be what stops it). Every unsafe edit must stop the check with file and
 * line; every honest one must pass.
 */
const content = path.join(import.meta.dirname, '..', '..', 'content');
const page = 'lioresal-intrathecal.md';
const register = 'lioresal-intrathecal.claims.yaml';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The problems after `from` becomes `to` everywhere on the page and in the register. */
function afterEdit(from: string, to: string): string[] {
  const dir = fs.mkdtempSync(path.join(work, 'edit-'));
  fs.cpSync(content, dir, { recursive: true });
  for (const file of [page, register]) {
    const target = path.join(dir, 'medications', file);
    const text = fs.readFileSync(target, 'utf8');
    if (file === page) expect(text, `the page says "${from}"`).toContain(from);
    fs.writeFileSync(target, text.split(from).join(to));
  }
  return loadContent(dir, todayIso()).problems.map(formatProblem);
}

type Edit = [kind: string, from: string, to: string];

const unsafe: Edit[] = [
  // Meaning changed, keywords kept.
  ['negation', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately, but do not go to a hospital at once.'],
  ['negation', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, do not go to a hospital at once.'],
  ['negation', 'Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, you do not need to contact your pump doctor immediately.'],
  ['negation', 'Keep every refill appointment.', 'Do not keep every refill appointment.'],
  ['negation', 'Always carry your two cards.', 'You do not always need to carry your two cards.'],
  ['negation', 'Always have baclofen to take by mouth.', 'Never have baclofen to take by mouth.'],
  ['negation', 'Never dive deeper than 33 feet (10 meters).', 'Do not worry about diving deeper than 33 feet (10 meters).'],
  ['negation', 'Do not have it above 2.0 atmospheres.', 'No need to avoid having it above 2.0 atmospheres.'],
  ['negation', 'If you miss a refill, contact your doctor immediately.', 'If you miss a refill, do not contact your doctor immediately.'],
  ['delay', 'call your pump doctor immediately and go to a hospital at once. Do this even', 'call your pump doctor immediately and go to a hospital at once if it gets worse. Do this even'],
  ['delay', 'Call your pump doctor immediately to arrange a refill or a new pump.', 'Call your pump doctor immediately to arrange a refill or a new pump at your next appointment.'],
  ['delay', 'If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment.', 'If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once if it does not get better.'],
  ['delay', 'If you miss a refill, contact your doctor immediately.', 'If you miss a refill, contact your doctor immediately the next day.'],
  ['delay', 'If this happens, call your pump doctor immediately and go to a hospital at once.', 'If this happens, wait until morning, then call your pump doctor immediately and go to a hospital at once.'],
  ['delay', 'If you think your pump is not working, call your pump doctor immediately and go to a hospital at once.', 'If you think your pump is not working, call your pump doctor immediately and go to a hospital at once if it lasts.'],
  ['delay', 'Call your doctor immediately if you have a fever, or redness or swelling near a cut.', 'Call your doctor immediately if you have a fever, or redness or swelling near a cut, and it lasts a week. Wait until then.'],
  ['hedge', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately and usually go to a hospital at once.'],
  ['hedge', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, consider going to a hospital at once.'],
  ['hedge', 'Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, contact your pump doctor immediately if you can.'],
  ['hedge', 'Always carry your two cards.', 'Always carry your two cards where possible.'],
  ['hedge', 'Keep every refill appointment.', 'Try to keep every refill appointment.'],
  ['hedge', 'If you notice signs of withdrawal, call your pump doctor immediately and go to a hospital at once.', 'If you notice signs of withdrawal, you might want to call your pump doctor immediately and go to a hospital at once.'],
  ['hedge', 'Always call your pump doctor first if you are going to have a medical test, a medical procedure or dental work.', 'Ideally, always call your pump doctor first if you are going to have a medical test, a medical procedure or dental work.'],
  ['hedge', '"A two-tone alarm: the medicine is no longer flowing.', '"A two-tone alarm: the medicine is probably no longer flowing.'],
  ['non-emergency', 'If you need help to get there, call 911 or your local emergency number.', 'If you need help to get there, call 911 or your local non-emergency number.'],
  ['non-emergency', 'To get there, call 911 or your local emergency number, especially', 'To get there, call 111 or your local non-emergency number, especially'],
  ['non-emergency', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, also phone the hospital at once on its non-emergency line.'],
  ['numbers', 'Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than 133 feet (40 meters).'],
  ['numbers', 'Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than 66 feet (20 meters).'],
  ['numbers', 'Do not have it above 2.0 atmospheres.', 'Do not have it above 12.0 atmospheres.'],
  ['numbers', 'Do not have it above 2.0 atmospheres.', 'Do not have it above three atmospheres.'],
  ['numbers', 'the scanner is 3 tesla or less', 'the scanner is 13 tesla or less'],
  ['numbers', 'the scanner is 3 tesla or less', 'the scanner is 7 tesla or less'],
  ['numbers', 'The probe must be kept 6 inches (15 cm) away', 'The probe must be kept 1 inch (2 cm) away'],
  ['numbers', 'must be replaced within 90 days', 'must be replaced within 190 days'],
  ['weaker place', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately and go to your clinic at once.'],
  ['weaker place', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, also ask a pharmacist at once.'],
  ['weaker time', 'Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, contact your pump doctor soon.'],
  ['weaker time', 'If you miss a refill, contact your doctor immediately.', 'If you miss a refill, contact your doctor when you can.'],
  ['weaker force', 'Avoid hot tubs, steam rooms, saunas and tanning beds,', 'Take care with hot tubs, steam rooms, saunas and tanning beds,'],
  ['weaker force', 'Do not rub the pump or the catheter, or move them around, through your skin.', 'Try not to rub the pump or the catheter, or move them around, through your skin.'],
  ['weaker force', 'Do not stay near them or lean on them, in shops or at the airport.', 'Take care not to stay near them or lean on them, in shops or at the airport.'],
  ['weaker force', 'Your family and carers must know the signs of withdrawal and of overdose, and what to do.', 'Your family and carers may like to know the signs of withdrawal and of overdose, and what to do.'],
  ['dropped condition', 'Call your doctor immediately if you have a fever, or redness or swelling near a cut.', 'Call your doctor immediately.'],
  ['dropped condition', 'Yes, if you contact your doctor before the scan and the scanner is 3 tesla or less.', 'Yes, if you contact your doctor.'],
  // Reassurance: no instruction verb, so only the plays-down rule sees it.
  ['plays down', 'The pump beeps when it needs attention.', 'The pump beeps when it needs attention. In most cases this is not urgent.'],
  ['plays down', 'Do this even if no alarm has sounded.', 'Do this even if no alarm has sounded. Early signs can wait until your next refill.'],
  ['plays down', 'The pump beeps when it needs attention.', 'The pump beeps when it needs attention. It is nothing to worry about.'],
  ['plays down', 'Do this even if no alarm has sounded.', 'Do this even if no alarm has sounded. Withdrawal is rarely serious.'],
  ['plays down', 'Do this even if no alarm has sounded.', 'Do this even if no alarm has sounded. Mild withdrawal often passes.'],
  ['plays down', 'The pump beeps when it needs attention.', 'The pump beeps when it needs attention. A single beep is fine.'],
  ['plays down', 'Do this even if no alarm has sounded.', 'Do this even if no alarm has sounded. There is no need to rush.'],
  ['plays down', 'Do this even if no alarm has sounded.', 'Do this even if no alarm has sounded. Withdrawal is not an emergency.'],
  // Text the check once did not read.
  ['title', 'Never stop suddenly\n', 'Try not to stop suddenly\n'],
  ['title', 'title: If your pump alarm sounds', 'title: If your pump alarm sounds (rarely urgent)'],
  ['glossary', 'definition: Too much of a medicine in the body.', 'definition: Too much of a medicine in the body. It is harmless.'],
  ['list label', 'listLabel: "Signs of withdrawal:"', 'listLabel: "Signs of withdrawal (these can wait):"'],
  // Signs taken off a list.
  ['signs', '      - a high fever\n      - confusion, or other changes in how you think\n', '      - confusion, or other changes in how you think\n'],
  ['signs', '          - slow or shallow breathing\n', ''],
  ['signs', '          - itching\n', ''],
];

const honest: Edit[] = [
  ['A&E', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, also go to A&E at once.'],
  ['ER', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, also go to the ER at once.'],
  ['emergency department', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, also go to the emergency department at once.'],
  ['999', 'If you need help to get there, call 911 or your local emergency number.', 'If you need help to get there, call 999 or your local emergency number.'],
  ['112', 'If you need help to get there, call 911 or your local emergency number.', 'If you need help to get there, call 112, or your local emergency number.'],
  ['phone', 'Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, phone your pump doctor immediately.'],
  ['number words', 'Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than thirty-three feet (ten metres).'],
  ['number words', 'Do not have it above 2.0 atmospheres.', 'Do not have it above two atmospheres.'],
  ['stronger', 'Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, contact your pump doctor at once.'],
  ['reworded', 'Do not stay near them or lean on them, in shops or at the airport.', 'Never stay near them or lean on them, in shops or at the airport.'],
  ['do not wait', 'Call your pump doctor immediately and go to a hospital at once.', 'Do not wait, call your pump doctor immediately and go to a hospital at once.'],
  ['reworded', 'Always carry your two cards.', 'Always carry both of your cards.'],
];

describe('the claims check against a hurried writer', () => {
  it('has the corpus the issue asks for', () => {
    expect(unsafe.length).toBeGreaterThanOrEqual(60);
    expect(honest.length).toBeGreaterThanOrEqual(10);
  });
  it.each(unsafe)('stops on %s: "%s" → "%s"', (_kind, from, to) => {
    const problems = afterEdit(from, to);
    expect(problems.length, 'the edit passed the check').toBeGreaterThan(0);
    // Every message names a file and a line a writer can go to.
    for (const p of problems) expect(p, p).toMatch(/medications\/lioresal-intrathecal\.(?:md|claims\.yaml|requirements\.yaml): (?:body line \d+|.*\(line \d+\)$)/);
  });
  it.each(honest)('passes an honest edit (%s): "%s" → "%s"', (_kind, from, to) => {
    expect(afterEdit(from, to)).toEqual([]);
  });
});
