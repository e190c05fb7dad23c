import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classify, describeRequirement, weaknesses } from '@/lib/claims/claims';
import { loadContent } from '@/lib/content/content';
import { todayIso } from '@/lib/model/schema';
import { formatProblem } from '@/lib/text/problems';
import { fixtureDir, today } from './helpers';

/**
 * The claims register: the unchanged fixture passes; each way of softening a registered
 * sentence, an instruction nothing registers, and an entry that matches nothing each stop the
 * check with the file and line.
 */
const page = path.join('medications', 'claimol.md');
const register = path.join('medications', 'claimol.claims.yaml');
const temps: string[] = [];

/** The claims fixture, copied with `edit` applied to one of its files, and its problems. */
function problemsAfter(file: string, from: string, to: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-'));
  temps.push(dir);
  fs.cpSync(fixtureDir('claims'), dir, { recursive: true });
  const target = path.join(dir, file);
  const text = fs.readFileSync(target, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(target, text.replace(from, to));
  // Messages name files from the project; here the copy's folder is left out.
  const prefix = path.join(path.relative(process.cwd(), dir), 'medications') + path.sep;
  return loadContent(dir, today).problems.map((p) => formatProblem(p).split(prefix).join(''));
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the claims register', () => {
  it('passes the fixture as written, and lists every registered sentence with where it stands', () => {
    const { problems, medications } = loadContent(fixtureDir('claims'), today);
    expect(problems).toEqual([]);
    const claims = medications[0].claims;
    expect(claims.map((c) => c.says)).toHaveLength(8);
    // The urgent box's title is read like any sentence, first as a reader meets it.
    expect(claims[0]).toMatchObject({ says: 'If the alarm sounds', parts: [{ title: 'Urgent: If the alarm sounds', id: 'urgent-1' }] });
    expect(claims[1]).toMatchObject({ says: 'A two-tone alarm means the medicine has stopped flowing.', parts: [{ title: 'Urgent: If the alarm sounds', id: 'urgent-1' }] });
  });

  it('stops on "hospital" turned into "doctor" only, with the file and line', () => {
    expect(problemsAfter(page, 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor immediately.')).toEqual([
      'claimol.md: urgentCards.0.action: "Call your pump doctor immediately." does not say what its source requires (label, maker): it must send the reader to a hospital (or the emergency number), but names only the doctor (registered as "Call your pump doctor immediately and go to a hospital at once.", claimol.claims.yaml line 5) (line 21)',
    ]);
  });

  it('stops on "immediately" turned into "soon"', () => {
    const problems = problemsAfter(page, 'Call your pump doctor immediately and go to a hospital at once.', 'Call your pump doctor soon and go to a hospital.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^claimol\.md: urgentCards\.0\.action: .*it must say how soon as "immediately" or "at once", but says "soon"/);
  });

  it('stops on "avoid" turned into "take care", and "do not" into "try not to"', () => {
    expect(problemsAfter(page, '**Avoid hot tubs,**', '**Take care with hot tubs,**')).toEqual([
      expect.stringMatching(/^claimol\.md: body line 41: "Take care with hot tubs, .*the source says "avoid", but the sentence says "take care"/),
    ]);
    expect(problemsAfter(page, '**Never dive deeper than 33 feet.**', '**Try not to dive deeper than 33 feet.**')).toEqual([
      expect.stringMatching(/^claimol\.md: body line 42: .*the source says "do not" \(or "never"\), but the sentence says "try not to"/),
    ]);
  });

  it('stops on "always" dropped', () => {
    expect(problemsAfter(page, '**Always carry your card.**', '**Carry your card.**')).toEqual([
      expect.stringMatching(/^claimol\.md: body line 43: "Carry your card\." .*the source says "always" \(or "must", "every"\), but the sentence says a plain instruction/),
    ]);
  });

  it('stops on a definite statement turned into "may", and on a "may" turned definite', () => {
    expect(problemsAfter(page, 'means the medicine has stopped flowing', 'means the medicine may have stopped flowing')).toEqual([
      expect.stringMatching(/^claimol\.md: urgentCards\.0\.intro: .*the source states it as certain, but the sentence hedges it with "may"/),
    ]);
    expect(problemsAfter(page, 'You may get too much medicine.', 'You will get too much medicine.')).toEqual([
      expect.stringMatching(/^claimol\.md: body line 45: .*the source says "may": the sentence states it as certain/),
    ]);
  });

  it('stops on a condition dropped', () => {
    expect(problemsAfter(page, 'Yes, if you contact your doctor before the scan and the scanner is 3 tesla or less.', 'Yes, if you contact your doctor and the scanner is 3 tesla or less.')).toEqual([
      expect.stringMatching(/^claimol\.md: body line 44: .*the source's condition "before the scan" is not in the sentence/),
    ]);
  });

  it('stops on an instruction nothing registers, naming the register to add it to', () => {
    expect(problemsAfter(page, '- You may get too much medicine.', '- You may get too much medicine.\n- Keep the pump dry.')).toEqual([
      expect.stringMatching(/^claimol\.md: body line 46: "Keep the pump dry\." is an instruction \(it starts with the verb "keep"\) with no entry in .*claimol\.claims\.yaml/),
    ]);
  });

  it('stops on an entry that matches no sentence, and on a source its part does not cite, in the register with its line', () => {
    expect(problemsAfter(register, '- says: Always carry your card.', '- says: Wear a hat in the sun.\n  from: { maker: "sun" }\n- says: Always carry your card.')).toEqual([
      expect.stringMatching(/^claimol\.claims\.yaml: 4\.says: "Wear a hat in the sun\." is not a sentence of the page .*put the sentence back, .* \(line 14\)$/),
    ]);
    expect(problemsAfter(register, 'from: { maker: "cards" }', 'from: { label: "cards" }')).toEqual([
      'claimol.claims.yaml: 4.from.label: "label" is not a source that section "Living with it" cites (maker): cite it there, or name the source the part rests on (line 15)',
    ]);
  });

  it('reports a register that is not valid, with the field and line', () => {
    expect(problemsAfter(register, 'requires: { force: do-not }', 'requires: { force: never-ever }')).toEqual([
      expect.stringMatching(/^claimol\.claims\.yaml: 3\.requires\.force: "never-ever" must be one of do-not, avoid, .* \(line 13\)$/),
    ]);
  });
});

describe('the strength rules', () => {
  it('tell instructions and safety statements from other sentences', () => {
    expect(classify('If you notice any of these, or think it is broken, call your doctor.')?.kind).toBe('instruction');
    expect(classify('Do not rub the pump.')?.kind).toBe('instruction');
    expect(classify('Your family must know the signs.')?.kind).toBe('instruction');
    expect(classify('This may lead to serious injury or death.')?.kind).toBe('safety statement');
    expect(classify('This alarm sounds when the medicine is no longer flowing.')?.kind).toBe('safety statement');
    expect(classify('keeping every refill appointment')).toBeUndefined();
    expect(classify('The pump is a small titanium disk.')).toBeUndefined();
  });

  it('accept a sentence as strong as or stronger than its source, and name what a weaker one lacks', () => {
    expect(weaknesses('Go to a hospital at once.', { go: ['doctor'], when: 'right-away', conditions: [] })).toEqual([]);
    expect(weaknesses('Call your doctor soon.', { go: ['hospital'], when: 'immediately', conditions: [] })).toHaveLength(2);
    expect(weaknesses('Go to a hospital at once.', { go: ['doctor', 'hospital'], conditions: [] })).toEqual([
      'it must send the reader to the doctor, but names only a hospital (or the emergency number)',
    ]);
  });

  it('say what a source requires in words a reader of the evidence page follows', () => {
    expect(describeRequirement({ go: ['doctor', 'hospital'], when: 'immediately', force: 'do-not', certainty: 'definite', conditions: ['before the scan'] })).toEqual([
      'send you to the doctor and a hospital', 'say immediately', 'say “do not” or “never”', 'say it as a fact, with no “may”', 'keep the words “before the scan”',
    ]);
  });
});

describe('the Lioresal Intrathecal page and its register', () => {
  /**
   * Softenings of the real page that must each stop the check: written out here, so that
   * weakening the register along with the page (its `requires`) fails too.
   */
  const softenings: [string, string][] = [
    ['call your pump doctor immediately and go to a hospital at once. Do this even', 'call your pump doctor immediately. Do this even'],
    ['Call your pump doctor immediately and go to a hospital at once."', 'Call your pump doctor soon."'],
    ['This alarm means the medicine has stopped flowing.', 'This alarm means the medicine may have stopped flowing.'],
    ['**Do not rub the pump or the catheter, or move them around, through your skin.**', '**Do not rub the pump, or move it around, through your skin.**'],
    ['**Always carry your two cards.**', '**Carry your two cards.**'],
    ['**Always have baclofen to take by mouth.**', '**Have baclofen to take by mouth at home.**'],
    ['**Your family and carers must know the signs', '**Your family and carers should know the signs'],
    ['**Avoid hot tubs, steam rooms, saunas and tanning beds,**', '**Take care with hot tubs, steam rooms, saunas and tanning beds,**'],
    ['**Never dive deeper than 33 feet (10 meters).**', '**Try not to dive deeper than 33 feet (10 meters).**'],
    ['**Do not have it above 2.0 atmospheres.**', '**Ask your doctor before having it above 2.0 atmospheres.**'],
    ['If the date falls during your trip, have the pump refilled before you go.', 'If the date falls during your trip, ask if you should have the pump refilled.'],
    ['Do not stay near them or lean on them, in shops or at the airport.', 'Try not to lean on them, in shops or at the airport.'],
    ['Alcohol, and other medicines that make you sleepy, may add to this.', 'Alcohol, and other medicines that make you sleepy, add to this.'],
    ['Yes, if you contact your doctor before the scan and the scanner is 3 tesla or less.', 'Yes, if the scanner is 3 tesla or less.'],
    ['contact your doctor immediately and be taken to a hospital at once for treatment.**', 'contact your doctor immediately.**'],
  ];
  const real = path.join(process.cwd(), 'content', 'medications', 'lioresal-intrathecal.md');

  /** A copy of the real page and its register, with `from` replaced by `to`, and its problems. */
  function realProblems(from = '', to = ''): string[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lioresal-'));
    temps.push(dir);
    fs.mkdirSync(path.join(dir, 'medications'));
    for (const file of ['lioresal-intrathecal.md', 'lioresal-intrathecal.claims.yaml', 'lioresal-intrathecal.requirements.yaml', 'lioresal-intrathecal.approved.yaml']) fs.copyFileSync(path.join(path.dirname(real), file), path.join(dir, 'medications', file));
    const target = path.join(dir, 'medications', 'lioresal-intrathecal.md');
    const text = fs.readFileSync(target, 'utf8');
    expect(text).toContain(from);
    fs.writeFileSync(target, text.replace(from, to));
    // Today's date: the page's newest review may be today.
    return loadContent(dir, todayIso()).problems.map(formatProblem);
  }

  it('passes unchanged', () => {
    expect(realProblems()).toEqual([]);
  });

  it.each(softenings)('stops on %j softened, with the file and line', (from, to) => {
    const problems = realProblems(from, to);
    expect(problems.some((p) => /does not say what its source requires|with no entry in|is not a sentence of the page/.test(p)), problems.join('\n')).toBe(true);
    expect(problems.every((p) => /lioresal-intrathecal\.(md|claims\.yaml|requirements\.yaml): \S/.test(p) && /line \d+/.test(p)), problems.join('\n')).toBe(true);
  });
});
