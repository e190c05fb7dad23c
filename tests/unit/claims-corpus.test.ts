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
 * registered" cannot be what stops it). Some go further, as a writer following the messages
 * would: they lower the entry's `requires`, take the entry out, or take a sign or a place off the
 * completeness list too. Every unsafe edit must stop the check with file and line; every honest
 * one must pass.
 */
const content = path.join(import.meta.dirname, '..', '..', 'content');
const page = 'lioresal-intrathecal.md';
const register = 'lioresal-intrathecal.claims.yaml';
const requirements = 'lioresal-intrathecal.requirements.yaml';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A further change to one file: `from` becomes `to` (it must be there). */
type Also = [file: string, from: string, to: string];

/** The problems after `from` becomes `to` everywhere on the page and in the register, and each of `also` is made. */
function afterEdit(from: string, to: string, also: Also[] = []): string[] {
  const dir = fs.mkdtempSync(path.join(work, 'edit-'));
  fs.cpSync(content, dir, { recursive: true });
  const edit = (file: string, change: (text: string) => string) => {
    const target = path.join(dir, 'medications', file);
    fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
  };
  // The further changes first: an entry taken out goes before the sentence's words change everywhere.
  for (const [file, a, b] of also) {
    edit(file, (text) => {
      expect(text, `${file} says "${a}"`).toContain(a);
      return text.split(a).join(b);
    });
  }
  for (const file of [page, register]) {
    edit(file, (text) => {
      if (file === page) expect(text, `the page says "${from}"`).toContain(from);
      return text.split(from).join(to);
    });
  }
  return loadContent(dir, todayIso()).problems.map(formatProblem);
}

/** The register without the entry whose `says` is `says`, as a writer deletes it. */
function withoutEntry(says: string): Also {
  const text = fs.readFileSync(path.join(content, 'medications', register), 'utf8');
  const start = text.indexOf(`- says: ${says}\n`);
  expect(start, `the register has "${says}"`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n- says:', start + 1);
  return [register, text.slice(start, end + 1), ''];
}

type Edit = [kind: string, from: string, to: string, also?: Also[]];

/** The section "Stopping suddenly and signs of overdose" and the one after it, as the page has them. */
const stoppingAndSideEffects = (() => {
  const text = fs.readFileSync(path.join(content, 'medications', page), 'utf8');
  return text.slice(text.indexOf('## Stopping suddenly and signs of overdose\n'), text.indexOf('## Living with the pump'));
})();

const hospital = 'If you think the pump is not working, also go to a hospital at once.';
const hospitalRequires = 'requires: { go: hospital, when: immediately, conditions: [not working] }';

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
  // Taken out of one place while its words stand in another (the urgent box, the card, a section, the summary, the questions page).
  ['one place: card', '          - Do this even if no alarm has sounded.\n', ''],
  ['one place: urgent box', 'go to a hospital at once. Do this even if no alarm has sounded. If you need help', 'go to a hospital at once. If you need help'],
  ['one place: section', 'This alarm means the medicine has stopped flowing. Call your pump doctor immediately and go to a hospital at once.\n', 'This alarm means the medicine has stopped flowing.\n'],
  ['one place: questions page', 'help with what you want to do. If your muscles suddenly become floppy, or your stiffness suddenly gets worse, call your pump doctor immediately and go to a hospital at once.', 'help with what you want to do.'],
  ['one place: summary', '    - can-i-fly-or-go-high-up\n', ''],
  ['one place: summary', '    - signs-of-overdose\n', ''],
  // The sentence and what it must say lowered together, as a writer silencing the message would.
  ['requires lowered', hospital, 'If you think the pump is not working, also call your clinic.', [[register, hospitalRequires, 'requires: { go: care-team, conditions: [not working] }']]],
  ['requires lowered', 'Avoid hot tubs', 'Take care with hot tubs', [[register, 'requires: { force: avoid, conditions: [over 102°F] }', 'requires: { force: take-care, conditions: [over 102°F] }']]],
  ['requires lowered', 'Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than 66 feet (20 meters).', [[register, 'requires: { force: do-not, conditions: [33 feet] }', 'requires: { force: do-not, conditions: [66 feet] }']]],
  ['requires lowered', 'Keep every refill appointment.', 'Try to keep your refill appointments.', [[register, "from: { gablofen-pi: \"Boxed warning (the same in every intrathecal baclofen label): keeping refill visits\" }\n  requires: { force: always }", "from: { gablofen-pi: \"Boxed warning (the same in every intrathecal baclofen label): keeping refill visits\" }\n  requires: { force: may }"], [requirements, "mentions: [refill appointment]\n    requires: { force: always }", "mentions: [refill appointment]\n    requires: { force: may }"]]],
  ['requires lowered', 'Yes, if you contact your doctor before the scan and the scanner is 3 tesla or less.', 'Yes, if you contact your doctor.', [[register, 'requires: { go: doctor, conditions: [before the scan, 3 tesla or less] }', 'requires: { go: doctor }']]],
  ['requires lowered', 'Never stop suddenly\n', 'Try not to stop suddenly\n', [[register, "requires: { force: do-not }\n  note: The urgent box's title", "requires: { force: take-care }\n  note: The urgent box's title"]]],
  // The sentence and its entry gone (hidden in a comment, or deleted), as if it had never been registered.
  ['entry removed', '**Act on the signs, alarm or no alarm.** The medicine can stop', '<!-- Act on the signs, alarm or no alarm. -->\n\nThe medicine can stop', [withoutEntry('Act on the signs, alarm or no alarm.')]],
  ['entry removed', ' If you need help to get there, call 911 or your local emergency number.', '', [withoutEntry('If you need help to get there, call 911 or your local emergency number.')]],
  // A sign or a place taken off the completeness list too.
  ['sign off every list', '- itching\n', '', [[requirements, '      - itching\n', '']]],
  // A fresh reviewer's own edits (issue 27), each of which once passed.
  ['defers', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately and ask whether to go to a hospital at once.'],
  ['hedge', hospital, 'If you think the pump is not working, you may also go to a hospital at once.'],
  ['hedge', 'If you notice signs of withdrawal, call your pump doctor immediately and go to a hospital at once.', 'If you notice signs of withdrawal, call your pump doctor immediately; there is no harm in also going to a hospital at once.'],
  ['defers', 'If this happens, call your pump doctor immediately and go to a hospital at once.', 'If this happens, call your pump doctor immediately and go to a hospital at once if your pump doctor tells you to.'],
  ['delay', 'If you notice them, call your pump doctor immediately and go to a hospital at once.', 'If you notice them, wait an hour, then call your pump doctor immediately and go to a hospital at once.'],
  ['delay', 'or think your pump is not working, call your pump doctor immediately and go to a hospital at once.', 'or think your pump is not working, call your pump doctor immediately and go to a hospital within 24 hours.'],
  ['narrowed', 'especially if the person', 'only if the person'],
  ['narrowed', 'If you need help to get there, call 911 or your local emergency number.', 'If you need help to get there, call 911 or your local emergency number, but only as a last resort.'],
  ['plays down', 'Do this even if no alarm has sounded. If you need help', 'Do this even if no alarm has sounded. Most early signs clear up by themselves. If you need help'],
  ['plays down', 'There are two kinds of alarm, the more urgent first:', 'A single beep is no emergency. There are two kinds of alarm, the more urgent first:'],
  ['struck through', '**If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.**', '**If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately ~~and go to a hospital at once~~.**'],
  ['numbers', '33 feet (10 meters)', '33 feet (30 meters)'],
  ['numbers', '102°F (about 39°C)', '102°F (about 42°C)'],
  ['sign qualified', '- a high fever\n', '- a high fever (over 104°F)\n'],
  ['sign qualified', '- low blood pressure\n', '- very low blood pressure\n'],
  ['list unheaded', '**Signs of withdrawal:**\n\n- your spasticity', '**Signs of withdrawal:**\n\nThe main ones are:\n\n- your spasticity', [[page, '\n- itching\n- low blood pressure\n- feeling light-headed\n- tingling\n', '\n- low blood pressure\n- feeling light-headed\n']]],
  ['condition changed', 'Signs of overdose can come on suddenly or over a few days:', 'Signs of overdose can come on slowly, over a few days:'],
  ['plays down', 'In rare cases, this led to a serious breakdown of muscle tissue (rhabdomyolysis), failure of many organs, and death.', 'In very rare cases, this led to a breakdown of muscle tissue (rhabdomyolysis).'],
  ['heading renamed to hide a deletion', '## Stopping suddenly and signs of overdose', '## Stopping suddenly, and overdose', [[page, '**If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.** ', '']]],
  ['glossary', 'The illness that can happen when', 'A mild illness that can happen when'],
  ['glossary', 'definition: A serious breakdown of muscle tissue.', 'definition: A breakdown of muscle tissue.'],
  ['blanks', '[Name, Pump doctor or clinic, 24-hour phone, Emergency contact]', '[Name, Pump doctor or clinic]'],
  ['delay', 'Do this even if no alarm has sounded.', 'Do this even if no alarm has sounded, once you have checked the pump with your clinic.'],
  ['hedge', 'Keep every refill appointment.', 'Where practical, keep every refill appointment.'],
  ['delay', 'Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, contact your pump doctor immediately on the next working day.'],
  ['plays down', 'Some of these are also warning signs.', 'Some of these are also warning signs, but only when they are severe.'],
  ['split to defer', 'If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment.', 'If you notice any sign of overdose, contact your doctor immediately. Your doctor will decide whether you need to be taken to a hospital at once for treatment of any sign of overdose.', [
    [register, '- says: If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment.\n', '- says: If you notice any sign of overdose, contact your doctor immediately.\n  from: { lioresal-safety: "Signs of overdose" }\n  requires: { go: doctor, when: immediately }\n- says: Your doctor will decide whether you need to be taken to a hospital at once for treatment of any sign of overdose.\n'],
    [page, '          - If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment.\n', '          - If you notice any sign of overdose, contact your doctor immediately.\n          - Your doctor will decide whether you need to be taken to a hospital at once for treatment of any sign of overdose.\n'],
  ]],
  ['hedge', 'But a sudden change is a warning sign.', 'But a sudden change is not always a warning sign.'],
  ['plays down', 'By then the pump has only a few days of medicine left.', 'By then the pump has only a few days of medicine left. Most pumps keep a small reserve, so a day or two late rarely matters.'],
  // A second fresh reviewer's own edits (issue 27), each of which once passed.
  ['alarms swapped', '- **A two-tone alarm.** This alarm means the medicine has stopped flowing.', '- **A single beep that repeats about once an hour.** This alarm means the medicine has stopped flowing.', [[page, '- **A single beep that repeats about once an hour.** The medicine is getting low', '- **A two-tone alarm.** The medicine is getting low']]],
  ['and became or', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately or go to a hospital at once.'],
  ['rather than', 'If you notice signs of withdrawal, call your pump doctor immediately and go to a hospital at once.', 'If you notice signs of withdrawal, call your pump doctor immediately rather than going to a hospital at once.'],
  ['exception', 'or think your pump is not working, call your pump doctor immediately and go to a hospital at once.', 'or think your pump is not working, call your pump doctor immediately and go to a hospital at once, unless your pump doctor says otherwise.'],
  ['email', 'Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, email your pump doctor immediately.'],
  ['clinic hours', 'If you miss a refill, contact your doctor immediately.', 'If you miss a refill, contact your doctor immediately during clinic hours.'],
  ['a hospital clinic', hospital, "If you think the pump is not working, also go to your hospital's pump clinic at once."],
  ['hedged', 'This alarm means the medicine has stopped flowing.', 'This alarm suggests the medicine has stopped flowing.'],
  ['prohibition hedged', 'Never dive deeper than 33 feet (10 meters).', 'Where possible, never dive deeper than 33 feet (10 meters).'],
  ['prohibition time-limited', 'Do not have it above 2.0 atmospheres.', 'Do not have it above 2.0 atmospheres in the first month after a refill.'],
  ['prohibition excepted', 'Do not rub the pump or the catheter, or move them around, through your skin.', 'Do not rub the pump or the catheter, or move them around, through your skin, unless the pump feels out of place.'],
  ['and became or', 'before the scan and the scanner is 3 tesla or less', 'before the scan or the scanner is 3 tesla or less'],
  ['not an emergency number', 'call 911 or your local emergency number', 'call 311 or your local emergency number'],
  ['laundered reassurance', 'Signs of withdrawal may mean that the pump has a fault.', 'Signs of withdrawal may mean that the pump has a fault. Early signs of withdrawal can be managed at home with your baclofen tablets.', [[register, '- says: Signs of withdrawal may mean that the pump has a fault.\n', '- says: Early signs of withdrawal can be managed at home with your baclofen tablets.\n  from: { medtronic-responsibilities: "Have oral baclofen on hand" }\n- says: Signs of withdrawal may mean that the pump has a fault.\n']]],
  ['put off', 'Call your pump doctor immediately to arrange a refill or a new pump.\n', 'Call your pump doctor immediately to arrange a refill or a new pump. A single beep can be dealt with at your next refill visit.\n'],
  ['glossary meaning', 'definition: The doctor who looks after your pump, its settings and its refills.', 'definition: Your family doctor (GP), or the practice nurse, in working hours.'],
  ['urgent prompt', 'urgentPrompt: Pump alarm or feeling unwell?', 'urgentPrompt: Pump alarm? It can usually be left until your next refill.'],
  ['description', 'pump alarms and the danger of stopping suddenly."', 'and why a pump alarm is rarely urgent."'],
  ['code block', 'There are two kinds of alarm, the more urgent first:', '```\nSingle beep: not urgent, it can wait for your next refill.\n```\n\nThere are two kinds of alarm, the more urgent first:'],
  ['approved state edited by hand', 'Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than 66 feet (20 meters).', [[register, 'conditions: [33 feet]', 'conditions: [66 feet]'], ['lioresal-intrathecal.approved.yaml', 'conditions: [ 33 feet ]', 'conditions: [ 66 feet ]']]],
  ['moved to an appendix', '## Pump alarms and what to do\n', '## Pump alarms\n', [[page, 'This alarm means the medicine has stopped flowing. Call your pump doctor immediately and go to a hospital at once.\n', 'This alarm means the medicine has stopped flowing.\n'], [page, 'This page does not cover other medicines,', 'For carers, about the two-tone alarm.\n\nCall your pump doctor immediately and go to a hospital at once.\n\nThis page does not cover other medicines,']]],
  ['partial list', 'Sexual problems have also been reported', 'The withdrawal warning signs to look out for are:\n\n- itching\n- tingling\n\nSexual problems have also been reported'],
  ['sign list padded', '      - stiffness and spasms worse than before treatment\n', '      - stiffness and spasms worse than before treatment\n      - one of these alone seldom calls for a hospital trip\n'],
  ['number off the register', 'works for up to 7 years, most often 5 to 7 years', 'works for up to 10 years, most often 8 to 10 years'],
  ['narrowed', 'If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment.', 'If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment if your breathing is slow.'],
  // A third fresh reviewer's own edits (issue 27), each of which once passed.
  ['phone link', 'and a two-tone alarm. If you need help to get there, call 911 or', 'and a two-tone alarm. If you need help to get there, call [911](tel:311) or'],
  ['no need', 'Take with you the baclofen tablets your doctor has prescribed.', 'There is no need to take the baclofen tablets your doctor has prescribed.'],
  ['seldom', 'That can cause serious withdrawal.', 'That seldom causes serious withdrawal.'],
  ['condition added', 'Act on the signs, alarm or no alarm.', 'Act on the signs, alarm or no alarm, when they have lasted a day.'],
  ['new entry waits', 'sounded. If you need help to get there, call 911 or your local emergency number.\n    sources: [lioresal-pi', 'sounded. If you need help to get there, call 911 or your local emergency number. If the only signs are itching or tingling, take your baclofen tablets and call the clinic in the morning.\n    sources: [lioresal-pi', [[register, '# The SynchroMed pump: refills\n', '- says: If the only signs are itching or tingling, take your baclofen tablets and call the clinic in the morning.\n  from: { medtronic-responsibilities: "Have oral baclofen on hand" }\n\n# The SynchroMed pump: refills\n']]],
  ['sign qualified, copy added', '      - a high fever\n      - confusion', '      - a high fever (over 104°F)\n      - confusion', [[page, '### Help, day and night\n', '**Signs of withdrawal to tell your family about:**\n\n- your spasticity gets worse (more stiffness or spasms)\n- itching\n- low blood pressure\n- feeling light-headed\n- tingling\n- a high fever\n- confusion, or other changes in how you think\n- rigid, very stiff muscles\n- stiffness and spasms worse than before treatment\n\n### Help, day and night\n']]],
  ['cannot', 'Yes, if you contact your doctor before the scan and the scanner is 3 tesla or less.', 'Yes, even if you cannot contact your doctor before the scan, as long as the scanner is 3 tesla or less.'],
  ['other than', 'If you notice any sign of withdrawal, or think your pump is not working,', 'If you notice any sign of withdrawal other than itching or tingling, or think your pump is not working,'],
  ['blank label', 'careTeam: [My name, Emergency contact, Hospital,', 'careTeam: [My name, Emergency contact, "Clinic to call first in an emergency, not 911", Hospital,'],
  ['partial list, other lead-in', 'The medicine is injected through your skin into the pump.', 'The first things people notice after a missed refill are:\n\n- itching\n- tingling\n\nThe medicine is injected through your skin into the pump.'],
  ['no ambulance', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately and go to your pump clinic at once; no ambulance is needed.'],
  ['plays down elsewhere', 'It does this over the long term.\n', 'It does this over the long term.\n\nA pump that runs dry for a day is harmless.\n'],
  ['table', 'Call your pump doctor immediately to arrange a refill or a new pump.\n\n## Stopping suddenly', 'Call your pump doctor immediately to arrange a refill or a new pump.\n\n| Your next refill visit is soon enough for |\n| --- |\n| A single beep that repeats about once an hour |\n| Itching or tingling on their own |\n\n## Stopping suddenly'],
  ['weaker place, stronger named', 'Call your pump doctor immediately to arrange a refill or a new pump.', 'Call your pharmacist immediately to arrange a refill or a new pump; they work with the hospital.'],
  ['alternatively', '**If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.** This means', '**If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.** Alternatively, if you only have itching or tingling, ring the clinic when it opens. This means'],
  ['no comma', 'Do this even if no alarm has sounded. If you need help to get there, call 911 or your local emergency number.\n    sources', 'Do this even if no alarm has sounded. If you need help to get there, call 911 or your local emergency number. If you only have itching or tingling ring the clinic when it opens.\n    sources'],
  ['mixed alphabets', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately; dо nоt go to a hospital at once.'],
  // A fourth fresh reviewer's calm wordings that the plays-down rule now knows (issue 27).
  ['plays down', 'There are two kinds of alarm, the more urgent first:', 'Most alarms are just a reminder that a refill is due. There are two kinds of alarm, the more urgent first:'],
  ['plays down', 'The medicine is getting low, or a SynchroMed II pump must be replaced within 90 days.', 'The medicine is getting low, or a SynchroMed II pump must be replaced within 90 days. A single beep gives you plenty of time.'],
  ['non-emergency line offered', 'Signs of withdrawal may mean that the pump has a fault.', 'Signs of withdrawal may mean that the pump has a fault. In the UK, NHS 111 can also advise you about these signs.'],
  ['plays down', 'When your body gets hot, the pump gives medicine faster.', 'Short sessions in a hot tub are safe for most people. When your body gets hot, the pump gives medicine faster.'],
  ['plays down', 'Lower air pressure can make the pump give more medicine. Your doctor may change', 'Short flights make little difference. Lower air pressure can make the pump give more medicine. Your doctor may change'],
  // A fifth round (issue 27): what the fourth reviewer and the third's leftovers got through before wording was held.
  ['reassurance', 'Some people are at higher risk of withdrawal.', 'Mild withdrawal is common and usually fine after a while. Some people are at higher risk of withdrawal.'],
  ['unregistered warning deleted', " Gillette Children's, a hospital's ITB clinic team, also lists fluid coming out of a cut, or a cut that starts to open, as reasons to call.", ''],
  ['reason deleted', '- the battery is low\n', ''],
  ['duty deleted', '- paying careful attention to every pump alarm\n', ''],
  ['qualifier on a condition', 'This alarm means the medicine has stopped flowing.', 'This alarm means the medicine has stopped flowing as it should.'],
  ['qualifier on a deadline', '3 to 5 days before that date', '3 to 5 days either side of that date'],
  ['entry without requires reworded', 'The pump beeps when it needs attention.', 'The pump beeps now and then, and most beeps need no action.'],
  ['instruction swapped', 'Talk to your doctor before any diving.', 'Tell your doctor after any diving.'],
  ['narrower hospital', 'be taken to a hospital at once for treatment', 'be taken to the hospital that put in your pump at once for treatment'],
  ['urgent prompt made calm', 'urgentPrompt: Pump alarm or feeling unwell?', 'urgentPrompt: Questions about your pump?'],
  ['warning moved to another answer', 'Your care team will tell you how, at that time. Always have baclofen to take by mouth. Make sure it is not out of date.', 'Your care team will tell you how, at that time.', [[page, 'Loose clothes may feel more comfortable.', 'Loose clothes may feel more comfortable. Always have baclofen to take by mouth. Make sure it is not out of date.']]],
  ['bare answer', '### Can the pump move?\n', '### Do I need a hospital for a two-tone alarm?\n\nNo.\n\n### Can the pump move?\n'],
  ['duty handed off', 'You and your family help by:', 'Your care team, not you, is in charge of:'],
  ['exception as a sub-item', '- keeping every refill appointment\n', '- keeping every refill appointment\n  - unless you feel well\n'],
  ['heading tells readers to skip', '### Protect the pump\n', '### Protect the pump (optional reading)\n'],
  ['certainty lowered', 'The medicine can stop with no alarm at all', 'The medicine rarely stops with no alarm at all'],
  ['reassurance in a quiet answer', 'One NHS clinic says this has not been a big worry for its patients.', 'One NHS clinic says this has not been a big worry for its patients. A pump that moves never needs a doctor.'],
  ['reassurance in the glossary', 'definition: The illness that can happen when a medicine you depend on stops suddenly.', 'definition: The illness that can happen when a medicine you depend on stops suddenly. It is usually mild.'],
  ['reassurance in the key facts', 'usedFor: Spasticity (stiff, tight muscles and spasms) in multiple sclerosis', 'usedFor: Spasticity (stiff, tight muscles and spasms) in multiple sclerosis; a few days without it are fine'],
  ['unregistered fact deleted', ' Replacing it needs surgery.', ''],
  // A sixth fresh reviewer's 22 that held wording let through at first (issue 27): new parts, marks and links, labels, structure, the table's context.
  ['glossary terms swapped', '  - term: Overdose\n    definition: Too much of a medicine in the body.\n', '  - term: Underdose\n    definition: Too much of a medicine in the body.\n', [[page, '  - term: Underdose\n    definition: Too little of a medicine in the body.\n', '  - term: Overdose\n    definition: Too little of a medicine in the body.\n']]],
  ['new answer plays down a sign', '### Can the pump move?\n', '### A prickly feeling after a top-up\n\nA prickly feeling in your legs for a day or two after a top-up is part of getting used to the pump.\n\n### Can the pump move?\n'],
  ['text before the first section', '---\n\n## What it is and how it works', '---\n\n::sources[nmss]\n\nPump trouble is uncommon. A bit of extra tightness in the first week after a top-up is part of settling in.\n\n## What it is and how it works'],
  ['new answer hands off', '### Can the pump move?\n', '### Who can I ask out of hours?\n\nOut of hours, the patient helpline on the leaflet in your pump box is the quickest way to get advice.\n\n### Can the pump move?\n'],
  ['negation moved into a condition', 'Tell your doctor if you do not feel well.', 'Tell your doctor if you never feel well.'],
  ['your hospital', 'also go to a hospital at once.', 'also go to your hospital at once.'],
  ['link title plays down', 'This means every sign, early or severe,', 'This means every [sign](#signs-of-overdose "Early signs can usually wait for your next refill"), early or severe,'],
  ['email link for an urgent call', '**If the alarm sounds, contact your doctor immediately.', '**If the alarm sounds, [contact your doctor](mailto:pumpclinic@example.org?subject=Pump%20alarm) immediately.'],
  ['phone link to another number', 'two-tone alarm. If you need help to get there, call 911 or your local emergency number.', 'two-tone alarm. If you need help to get there, call 911 or [your local emergency number](tel:+1-800-555-0199).'],
  ['section moved to the end', stoppingAndSideEffects, stoppingAndSideEffects.replace(/^([\s\S]*?)(## Side effects\n[\s\S]*)$/, '$2$1')],
  ['heading level lowered', '### Signs of overdose\n', '#### Signs of overdose\n'],
  ['hospital in brackets', 'contact your doctor immediately and be taken to a hospital at once for treatment.', 'contact your doctor immediately (and be taken to a hospital at once for treatment).'],
  ['new answer puts off', '### Can the pump move?\n', '### Away from home at the weekend?\n\nMost things can be sorted out on Monday morning, so enjoy your weekend.\n\n### Can the pump move?\n'],
  ['new answer against a warning', '### Can the pump move?\n', '### Can I use a spa pool?\n\nMany people with a pump enjoy a long, warm soak in a spa pool on holiday.\n\n### Can the pump move?\n'],
  ['new answer against a limit', '### Can the pump move?\n', '### What about a research study?\n\nResearch studies with 7 T magnetic resonance imaging are open to people with a pump.\n\n### Can the pump move?\n'],
  ['bold taken off a warning', '**Act on the signs, alarm or no alarm.**', 'Act on the signs, alarm or no alarm.'],
  ['"about" moved onto a deadline', 'repeats about once an hour: the medicine is getting low, or a SynchroMed II pump must be replaced within 90 days.', 'repeats once an hour: the medicine is getting low, or a SynchroMed II pump must be replaced within about 90 days.'],
  ['new answer in side effects', '\n## Living with the pump: cards, heat, diving and tests', '\n### Feeling unwell after a top-up\n\nFeeling unwell for a day or so after a top-up is part of settling in.\n\n## Living with the pump: cards, heat, diving and tests', [[page, '    - can-i-fly-or-go-high-up\n', '    - can-i-fly-or-go-high-up\n    - feeling-unwell-after-a-top-up\n']]],
  ['hospital links to a helpline', 'call your pump doctor immediately and go to a hospital at once.**', 'call your pump doctor immediately and go to a [hospital](https://111.nhs.uk/) at once.**'],
  ['source title plays down', '    title: "Underdose and overdose"', '    title: "Underdose and overdose (early signs are seldom urgent)"'],
  ['generic name plays down', 'genericName: baclofen (intrathecal)', 'genericName: baclofen (intrathecal), a gentle, well-tolerated muscle relaxant'],
  // A seventh fresh reviewer's (issue 27): what a reader sees but the comparison did not, and fields no review held.
  ['no local emergency number', 'If you need help to get there, call 911 or your local emergency number.', 'If you need help to get there, call 999.'],
  ['hidden condition in mathematical letters', 'call your pump doctor immediately and go to a hospital at once.**', 'call your pump doctor immediately and go to a hospital at once \u{1D5C2}\u{1D5BF} \u{1D5CD}\u{1D5C1}\u{1D5BE} \u{1D5CC}\u{1D5C2}\u{1D5C0}\u{1D5C7}\u{1D5CC} \u{1D5BA}\u{1D5CB}\u{1D5BE} \u{1D5CC}\u{1D5BE}\u{1D5CF}\u{1D5BE}\u{1D5CB}\u{1D5BE}.**'],
  ['hidden digit', 'must be replaced within 90 days', 'must be replaced within \u{1D7E3}90 days'],
  ['hidden digit in a limit', 'Do not have it above 2.0 atmospheres.', 'Do not have it above \u{1D7E3}2.0 atmospheres.'],
  ['bold escaped', '**Act on the signs, alarm or no alarm.**', '\\*\\*Act on the signs, alarm or no alarm.\\*\\*'],
  ['warning in a code block', '**Act on the signs, alarm or no alarm.** The medicine can stop', '```\n**Act on the signs, alarm or no alarm.** The medicine can stop', [[page, 'Signs of withdrawal may mean that the pump has a fault.\n', 'Signs of withdrawal may mean that the pump has a fault.\n```\n']]],
  ['instruction made a question', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately and go to a hospital at once?'],
  ['urgent title made a question', '  - title: Never stop suddenly\n', '  - title: Never stop suddenly?\n'],
  ['calm words in mathematical letters', 'urgentPrompt: Pump alarm or feeling unwell?', 'urgentPrompt: Pump alarm or feeling unwell? \u{1D5B4}\u{1D5CC}\u{1D5CE}\u{1D5BA}\u{1D5C5}\u{1D5C5}\u{1D5D2} \u{1D5C7}\u{1D5C8}\u{1D5CD}\u{1D5C1}\u{1D5C2}\u{1D5C7}\u{1D5C0}'],
  ['number reversed by an entity', 'and a two-tone alarm. If you need help to get there, call 911 or', 'and a two-tone alarm. If you need help to get there, call &#8238;911&#8236; or'],
  ['signs ticked off', '- muscles that are too loose or floppy\n- drowsiness or sleepiness\n', '- [x] muscles that are too loose or floppy\n- [x] drowsiness or sleepiness\n'],
  ['summary warning moved last', '    - signs-of-overdose\n    - refills-cards-and-baclofen-by-mouth\n    - can-i-have-an-mri-scan\n    - can-i-fly-or-go-high-up\n', '    - refills-cards-and-baclofen-by-mouth\n    - can-i-have-an-mri-scan\n    - can-i-fly-or-go-high-up\n    - signs-of-overdose\n'],
  ['summary padded', '  summary:\n    - signs-of-overdose\n', '  summary:\n    - what-it-is-and-how-it-works\n    - questions-people-ask\n    - signs-of-overdose\n'],
  ['source address changed', 'setid=6f3bdcc0-ffc8-4911-8c35-958c8103a2c5\n  - id: gablofen-pi', 'setid=bd1e5a2c-4b5c-4d31-a0a8-0f0b5c7e2d11\n  - id: gablofen-pi'],
  ['another medicine\'s code', '  - { system: RxNorm, code: "1666623", source: openfda-lioresal }\n', '  - { system: RxNorm, code: "1666623", source: openfda-lioresal }\n  - { system: RxNorm, code: "197381", source: openfda-lioresal }\n'],
  ['route changed', 'administrationRoute: intrathecal', 'administrationRoute: oral'],
  ['prescription status changed', 'prescriptionStatus: PrescriptionOnly', 'prescriptionStatus: OTC'],
  // An eighth fresh reviewer's (issue 27).
  ['symbol that reads as "don\'t"', 'If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.', '🚫 If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.'],
  ['hospital replaced by a filler word', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, also go to, er, at once.'],
  ['advice struck out', 'If you need help to get there, call 911 or your local emergency number.\n\n**Act on', 'If you need help to get there, call 911 or your local emergency number.\n\n~~Go to a hospital at once. Call 911 or your local emergency number.~~\n\n**Act on'],
  ['scare quotes', 'The medicine must never stop suddenly.', 'The medicine "must never" stop suddenly.'],
  ['action made one more sign', '- stiffness and spasms worse than before treatment\n\n**If you notice any sign of withdrawal, or think your pump is not working, call', '- stiffness and spasms worse than before treatment\n- **If you notice any sign of withdrawal, or think your pump is not working, call'],
  ['another active ingredient', 'activeIngredient: baclofen', 'activeIngredient: tizanidine'],
  ['source ids swapped', '  - id: swapping\n', '  - id: medtronic-qa\n', [[page, '  - id: lioresal-pi\n', '  - id: swapping\n'], [page, '  - id: medtronic-qa\n', '  - id: lioresal-pi\n']]],
  ['code with a leading zero', 'code: "308516"', 'code: "0308516"'],
  ['letter that looks like another', '  - title: Never stop suddenly\n', '  - title: Never ſtop suddenly\n'],
  ['place dropped', '          - Do this even if no alarm has sounded.\n', '', [[requirements, "    gillette-discharge: \"Alarms: a stopped motor sets off the critical alarm after 48 hours\"\n    medtronic-replacement: \"Signs of withdrawal can mean the pump is not working\"\n  alsoOn: [summary, card]", "    gillette-discharge: \"Alarms: a stopped motor sets off the critical alarm after 48 hours\"\n    medtronic-replacement: \"Signs of withdrawal can mean the pump is not working\"\n  alsoOn: [summary]"]]],
  // The gaps the eighth round left (issue 27): the page off the site, a quote, the review record, and what the evidence page tells a reviewer.
  ['page taken off the site', 'genericAvailable: true\n', 'genericAvailable: true\ndraft: true\n'],
  ['page taken off the site, and softened', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor when you can.', [[page, 'genericAvailable: true\n', 'genericAvailable: true\ndraft: true\n']]],
  ['warning section made a page of its own', 'questionsSection: questions-people-ask', 'questionsSection: stopping-suddenly-and-signs-of-overdose'],
  ['warning made a quote', '**Act on the signs, alarm or no alarm.** The medicine can stop', '> **Act on the signs, alarm or no alarm.** The medicine can stop'],
  ['older review reworded', 'change: Safety advice now reads as strongly as its sources,', 'change: Safety advice now reads more gently than its sources,'],
  ['older review taken out', '  - date: "2026-11-25"\n    change: Safety advice now reads as strongly as its sources, more safety facts were added, and every section lists its sources.\n', ''],
  ['review slipped in below the approved one', '  - date: "2026-11-25"\n', '  - date: "2026-11-30"\n    change: The sentences were made gentler.\n  - date: "2026-11-25"\n'],
  ['next review put off', 'nextReview: "2027-12-01"', 'nextReview: "2031-12-01"'],
  ['register note reworded', 'title: Lioresal Intrathecal\n', 'title: Lioresal Intrathecal\n', [[register, 'note: The urgent box\'s title, read like any sentence; "never" as in the sentence below.', 'note: The urgent box\'s title; the source only asks for care.']]],
  ['register source place changed', 'title: Lioresal Intrathecal\n', 'title: Lioresal Intrathecal\n', [[register, '- says: Never stop suddenly\n  from: { lioresal-pi: "Boxed warning: stopping suddenly" }', '- says: Never stop suddenly\n  from: { lioresal-pi: "Adverse reactions: general comments" }']]],
  ['requirement retold', 'title: Lioresal Intrathecal\n', 'title: Lioresal Intrathecal\n', [[requirements, 'tells: At any sign of withdrawal, call the pump doctor immediately and go to a hospital at once.', 'tells: At any sign of withdrawal, mention it to the pump doctor.']]],
  // A ninth fresh reviewer's (issue 27): a sentence moved across a boundary inside a part, its words and order kept.
  ['urgent prompt made a line to fill in', 'urgentPrompt: Pump alarm or feeling unwell?\n', '', [[page, 'careTeam: [My name,', 'careTeam: [Pump alarm or feeling unwell?, My name,']]],
  ['card action made one more sign', '          - passing out, or coma\n        action:\n          - If you notice any sign of overdose', '          - passing out, or coma\n          - If you notice any sign of overdose', [[page, 'for treatment.\n          - To get there, call 911', 'for treatment.\n        action:\n          - To get there, call 911']]],
  ['card alarm panel merged into the overdose panel', 'especially if the person is breathing slowly, has a seizure or cannot be woken.\n      - title: If your pump alarm sounds\n        items:\n          - "A two-tone', 'especially if the person is breathing slowly, has a seizure or cannot be woken.\n          - If your pump alarm sounds\n          - "A two-tone', [[page, 'new pump."\n        action: Whatever the alarm, contact your pump doctor immediately.\n', 'new pump."\n          - Whatever the alarm, contact your pump doctor immediately.\n']]],
  ['action joined onto the last sign', '- the pump is not working as it should\n\n**If the alarm sounds', '- the pump is not working as it should. **If the alarm sounds'],
  ['glossary sentence moved to another term', ' It is also called a spinal tap.\n', '\n', [[page, 'definition: Too much of a medicine in the body.', 'definition: It is also called a spinal tap. Too much of a medicine in the body.']]],
  ['warning joined onto a list of side effects', '- loose, floppy muscles\n\nSome of these are also warning signs.', '- loose, floppy muscles. Some of these are also warning signs.'],
  ['glossary definition made calm', 'definition: Too much of a medicine in the body.', 'definition: A little more medicine than usual.'],
  ['action made a table header', '**If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment.** To get there, call 911 or your local emergency number, especially if the person is breathing slowly, has a seizure or cannot be woken.\n', '| **If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment.** To get there, call 911 or your local emergency number, especially if the person is breathing slowly, has a seizure or cannot be woken. |\n| --- |\n'],
  // A tenth fresh reviewer's (issue 27): what the advice rests on, and a list's shape.
  ['source never used added to a section', '::sources[medtronic-surgery, bham-itb-faq,', '::sources[lioresal-pi, medtronic-surgery, bham-itb-faq,'],
  ['source never used added to an urgent box', '    sources: [nmss, medtronic-pump-management, gablofen-pi]', '    sources: [lioresal-pi, nmss, medtronic-pump-management, gablofen-pi]'],
  ['code said to come from another source', '{ system: NDC, code: 70121-2496-05, source: lioresal-ampules }', '{ system: NDC, code: 70121-2496-05, source: gablofen-pi }'],
  ['specialty changed', 'relevantSpecialty: Neurologic', 'relevantSpecialty: Pediatric'],
  ['alarms nested under a refill', '- the reservoir needs to be refilled\n- the battery is low\n- the pump is not working as it should\n', '- the reservoir needs to be refilled\n  - the battery is low\n  - the pump is not working as it should\n'],
  ['a rule between a lead-in and its signs', '**Signs of withdrawal:**\n\n- your', '**Signs of withdrawal:**\n\n* * *\n\n- your'],
  // An eleventh fresh reviewer's (issue 27): space a reader sees but the words do not, and marks of other alphabets.
  ['blank paragraphs between signs and action', '- passing out, or coma\n\n**If you notice any sign of overdose', `- passing out, or coma\n\n${'&nbsp;\n\n'.repeat(40)}**If you notice any sign of overdose`],
  ['alarm name cut by a dash', 'A two-tone alarm: the', 'A two-tone alarm – the'],
  ['hospital pushed away by spaces', 'contact your doctor immediately and be taken', `contact your doctor immediately${'&nbsp;'.repeat(60)} and be taken`],
  ['wide spaces in an urgent action', 'call your pump doctor immediately and go to a hospital at once. Do this even if no alarm', `call your pump doctor immediately${'\u3000'.repeat(60)}and go to a hospital at once. Do this even if no alarm`],
  ['empty signs in a list', '- seizures (fits)\n- passing out, or coma', `- seizures (fits)\n${'- &nbsp;\n'.repeat(25)}- passing out, or coma`],
  ['wide scare quotes', 'The medicine must never stop suddenly.', 'The medicine ＂must never＂ stop suddenly.'],
  ['wide brackets', 'immediately and be taken to a hospital at once for treatment.', 'immediately （and be taken to a hospital at once for treatment）.'],
  ['a place listed twice', 'title: Lioresal Intrathecal\n', 'title: Lioresal Intrathecal\n', [[register, 'requires: { go: [doctor, hospital], when: immediately, conditions: [any sign, pump is not working] }', 'requires: { go: [hospital, hospital], when: immediately, conditions: [any sign, pump is not working] }']]],
  ['a full stop that is a dot leader', 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately and go to a hospital at once\u2024'],
  ['wide question mark', '  - title: Never stop suddenly\n', '  - title: Never stop suddenly？\n'],
  ['empty quotes between signs and action', '- passing out, or coma\n\n**If you notice any sign of overdose', `- passing out, or coma\n\n${'>\n\n'.repeat(30)}**If you notice any sign of overdose`],
  ['a place listed twice in the list', 'title: Lioresal Intrathecal\n', 'title: Lioresal Intrathecal\n', [[requirements, '    mentions: [withdrawal]\n    requires: { go: [doctor, hospital], when: immediately }', '    mentions: [withdrawal]\n    requires: { go: [hospital, hospital], when: immediately }']]],
  ['emergency number in square brackets', 'If you need help to get there, call 911 or your local emergency number.', '\\[If you need help to get there, call 911 or your local emergency number.\\]'],
  ['signs pushed below their lead-in by line breaks', '**Signs of withdrawal:**\n\n- your', `**Signs of withdrawal:**\\\n${'&nbsp;\\\n'.repeat(30)}&nbsp;\n\n- your`],
  ['requirement retold as optional', 'title: Lioresal Intrathecal\n', 'title: Lioresal Intrathecal\n', [[requirements, 'tells: At any sign of withdrawal, call the pump doctor immediately and go to a hospital at once.', 'tells: At any sign of withdrawal, call the pump doctor immediately [and go to a hospital at once].']]],
  ['hospital set off by dashes', 'immediately and be taken to a hospital at once for treatment.', 'immediately — and be taken to a hospital at once for treatment —.'],
  // A twelfth fresh reviewer's (issue 27): blocks inside list items, numbered lists, separators, and a "may" added.
  ['withdrawal action made a loose sign', '\n\n**If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.** This means', '\n\n* **If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.** This means', [[page, '\n\n**Act on the signs, alarm or no alarm.**', '\n\n  **Act on the signs, alarm or no alarm.**']]],
  ['hospital pushed away by line separators', 'contact your doctor immediately and be taken', `contact your doctor immediately${'\u2028'.repeat(40)} and be taken`],
  ['paragraph separators in an urgent action', 'call your pump doctor immediately and go to a hospital at once. Do this even if no alarm', `call your pump doctor immediately${'\u2029'.repeat(30)} and go to a hospital at once. Do this even if no alarm`],
  ['a tab for the space that bolds an alarm name', 'A two-tone alarm: the', 'A two-tone alarm:\tthe'],
  ['"may" added to an entry', 'title: Lioresal Intrathecal\n', 'title: Lioresal Intrathecal\n', [[register, 'requires: { go: [doctor, hospital], when: immediately }', 'requires: { go: [doctor, hospital], when: immediately, force: may }']]],
  ['"may" added to a requirement', 'title: Lioresal Intrathecal\n', 'title: Lioresal Intrathecal\n', [[requirements, 'requires: { go: hospital, conditions: [breathing slowly, seizure, cannot be woken] }', 'requires: { go: hospital, force: may, conditions: [breathing slowly, seizure, cannot be woken] }']]],
  ['alarm action made a numbered item', '- the reservoir needs to be refilled\n- the battery is low\n- the pump is not working as it should\n\n**If the alarm sounds', '1. the reservoir needs to be refilled\n2. the battery is low\n3. the pump is not working as it should\n4. **If the alarm sounds'],
  ['lead-in made one more bullet of the list above', '- learning the signs of withdrawal\n\n**Signs of withdrawal:**\n', '- learning the signs of withdrawal\n* **Signs of withdrawal:**\n\n  <!-- -->\n'],
  ['alarm action made a sub-point of one cause', '- the pump is not working as it should\n\n**If the alarm sounds, contact your doctor immediately. If you think the pump is not working, also go to a hospital at once.**', '- the pump is not working as it should\n  * **If the alarm sounds, contact your doctor immediately. If you think the pump is not working, also go to a hospital at once.**\n\n    <!-- -->'],
  ['warning indented into the last side effect', '- loose, floppy muscles\n\nSome of these are also warning signs.', '- loose, floppy muscles\n\n  Some of these are also warning signs.'],
  // A thirteenth fresh reviewer's (issue 27): a full stop, a dash or a comma inside an instruction, and "hospital" that is no place to go.
  ['a full stop after "Never"', 'Never let intrathecal baclofen stop suddenly.', 'Never. let intrathecal baclofen stop suddenly.'],
  ['a full stop after "Do not"', 'Do not have it above 2.0 atmospheres.', 'Do not. have it above 2.0 atmospheres.'],
  ['a full stop in the urgent title', '  - title: Never stop suddenly\n', '  - title: Never. stop suddenly\n', [[register, '- says: Never stop suddenly\n', '- says: Never. stop suddenly\n']]],
  ['a dash after "Do not"', 'Do not have it above 2.0 atmospheres.', 'Do not - have it above 2.0 atmospheres.'],
  ['a comma after "Do not"', 'Do not stay near them or lean on them, in shops or at the airport.', 'Do not, stay near them or lean on them, in shops or at the airport.'],
  ['answers said to come from emergency clinics', 'from hospital clinics that look after people with a pump', 'from emergency department clinics that look after people with a pump'],
  ['a clinic team said to be an A&E\'s', "Gillette Children's, a hospital's ITB clinic team", "Gillette Children's, the A&E's ITB clinic team"],
];

const honest: Edit[] = [
  ['A&E', 'If you think the pump is not working, also go to a hospital at once.', 'If you think the pump is not working, also go to A&E at once.'],
  ['phone at once', 'If you miss a refill, contact your doctor immediately.', 'If you miss a refill, phone your doctor at once.'],
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
  ['day or night', 'Whatever the alarm, contact your pump doctor immediately.', 'Whatever the alarm, contact your pump doctor immediately, day or night.'],
  ['measures swapped', '102°F (about 39°C)', '39°C (about 102°F)'],
  ['spelling', 'feeling light-headed are signs of withdrawal', 'feeling lightheaded are signs of withdrawal'],
  ['units swapped', 'Never dive deeper than 33 feet (10 meters).', 'Never dive deeper than 10 metres (33 feet).'],
  ['requires raised', 'Keep every refill appointment.', 'Keep every refill appointment.', [[register, "keeping refill visits\" }\n  requires: { force: always }", "keeping refill visits\" }\n  requires: { force: always, conditions: [every refill] }"]]],
];

/**
 * Honest rewordings beyond the table of equal wordings (lib/claims/wording.ts): each stops the
 * check until a review names the new wording in `approves`, then passes.
 */
const reviewed: Edit[] = [
  ['reworded', 'Always carry your two cards.', 'Always carry both of your cards.'],
  ['heading renamed', '## Side effects\n', '## Side effects and warning signs\n'],
  ['never miss', 'Keep every refill appointment.', 'Never miss a refill appointment.'],
  ['UK emergency number, no local one', 'If you need help to get there, call 911 or your local emergency number.', 'If you need help to get there, ring 999 for an ambulance.'],
  ['page taken off the site', 'genericAvailable: true\n', 'genericAvailable: true\ndraft: true\n'],
  ['heading and card title reworded', '### Signs of overdose\n', '### Overdose: the warning signs\n', [[page, '      - title: Signs of overdose\n', '      - title: "Overdose: the warning signs"\n'], [page, '    - signs-of-overdose\n', '    - overdose-the-warning-signs\n']]],
];
/** A review recorded since the approved state, approving each of `approves`. */
const reviewApproving = (approves: string[], lowers: string[] = []): Also => [page, 'reviewHistory:\n', `reviewHistory:\n  - date: "2026-12-04"\n    change: The clinical lead read the new wording.\n${lowers.length ? `    lowers: ${JSON.stringify(lowers)}\n` : ''}    approves: ${JSON.stringify(approves)}\n`];

// Each edit loads the whole page afresh (the first also warms up compromise): seconds, not the default 5 s limit on a busy machine.
describe('the claims check against a hurried writer', { timeout: 30_000 }, () => {
  it('has the corpus the issue asks for', () => {
    expect(unsafe.length).toBeGreaterThanOrEqual(60);
    expect(honest.length).toBeGreaterThanOrEqual(10);
  });
  it.each(unsafe)('stops on %s: "%s" → "%s"', (_kind, from, to, also) => {
    const problems = afterEdit(from, to, also);
    expect(problems.length, 'the edit passed the check').toBeGreaterThan(0);
    // Every message names a file and a line a writer can go to.
    for (const p of problems) expect(p, p).toMatch(/medications\/lioresal-intrathecal\.(?:md|claims\.yaml|requirements\.yaml|approved\.yaml): (?:body line \d+|.*\(line \d+\)$)/);
  });
  it.each(honest)('passes an honest edit (%s): "%s" → "%s"', (_kind, from, to, also) => {
    expect(afterEdit(from, to, also)).toEqual([]);
  });
  it.each(reviewed)('holds a rewording (%s) until a review approves it: "%s" → "%s"', (_kind, from, to, also = []) => {
    expect(afterEdit(from, to, also).join('\n')).toMatch(/approves: \[/);
    // Named as the messages name it (the new wording, or the old one of a sentence taken out), in lower case so the edit leaves the review's words alone.
    const named = afterEdit(from, to, also).map((p) => /approves: \["(.*)"\] and runs/.exec(p)![1].replace(/\\"/g, '"').toLowerCase());
    expect(afterEdit(from, to, [...also, reviewApproving(named)])).toEqual([]);
  });
  it('lets a lowering through only when a newer review names it, and then only that one', () => {
    const lowered: Also[] = [[register, hospitalRequires, 'requires: { go: care-team, conditions: [not working] }']];
    const softer = 'If you think the pump is not working, also call your clinic.';
    const review = (lowers: string) => reviewApproving([softer], [lowers]);
    // Named by the review: it passes (the page's sentence is then held to the lowered requirement).
    // In lower case, as names are matched (case aside), so the edit of the sentence itself leaves the name as the review wrote it.
    expect(afterEdit(hospital, softer, [...lowered, review(hospital.toLowerCase())])).toEqual([]);
    // A review that names something else lowers nothing.
    expect(afterEdit(hospital, softer, [...lowered, review('Keep every refill appointment.')]).join('\n')).toMatch(/only a clinical review may lower a requirement/i);
  });
});
