import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';
import { todayIso } from '@/lib/model/schema';
import { fixtureDir, today } from './helpers';

/**
 * The completeness list (source → page): the fixture passes as written; removing a sign from any
 * list, or a required instruction from any place it must stand, stops the check naming the
 * requirement and the place; then the same over every list of signs of the real page.
 */
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of a content tree with each edit applied ([file, from, to]), and its problems. */
function problemsAfter(source: string, edits: [string, string, string][], on = today): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'requirements-'));
  temps.push(dir);
  fs.cpSync(source, dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const target = path.join(dir, 'medications', file);
    const text = fs.readFileSync(target, 'utf8');
    expect(text, file).toContain(from);
    fs.writeFileSync(target, text.replace(from, to));
  }
  const prefix = path.join(path.relative(process.cwd(), dir), 'medications') + path.sep;
  return loadContent(dir, on).problems.map((p) => formatProblem(p).split(prefix).join(''));
}

const fixture = fixtureDir('requirements');
/** The completeness check's own messages (the approval check also speaks of a lowering: tests/unit/claims-corpus.test.ts holds that to account). */
const fromFixture = (...edits: [string, string, string][]) =>
  problemsAfter(fixture, edits).filter((p) => p.startsWith('reqol.requirements.yaml') && !/ the review of \d{4}-\d{2}-\d{2} approved/.test(p));

describe('the completeness list', () => {
  it('passes the fixture as written, and shows where each requirement stands', () => {
    const { problems, medications } = loadContent(fixture, today);
    expect(problems).toEqual([]);
    const [signs, action] = medications[0].requirements;
    expect(signs.places.map((p) => [p.place, p.parts.map((part) => part.title)])).toEqual([
      ['monograph', ['Urgent: Never stop suddenly', 'Trouble']],
      ['summary', ['Urgent: Never stop suddenly']],
      ['card', ['Wallet card']],
    ]);
    expect(action.places.map((p) => p.place)).toEqual(['monograph', 'summary', 'card', 'questions']);
  });

  it('stops on a sign removed from the card, naming the requirement, the place and the sign', () => {
    expect(fromFixture(['reqol.md', '          - a high fever\n', ''])).toEqual([
      'reqol.requirements.yaml: 0 (trouble-signs): the wallet card does not carry "Every sign of trouble.": the list "Signs of trouble" in the wallet card (takeHome.card.faces.0.title) lacks "high fever" or "fever": every sign the source lists goes on every list of them. To fix: add the page\'s line that says it to a face of takeHome.card (a new face if it does not fit) (line 2)',
    ]);
  });

  it('stops on a sign removed from one list of the page while another list keeps it', () => {
    const problems = fromFixture(['reqol.md', '- a high fever\n- tingling', '- tingling']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^reqol\.requirements\.yaml: 0 \(trouble-signs\): the monograph does not carry .*the list "Signs of trouble:" in section "Trouble" \(body line \d+\) lacks "high fever"/);
  });

  it('stops on a place with no list of the signs at all', () => {
    const problems = fromFixture(['reqol.md', '      - title: Signs of trouble', '      - title: What to look for']);
    expect(problems.join('\n')).toContain('the wallet card does not carry "Every sign of trouble.": it has no list headed "signs of trouble"');
  });

  it('stops on an instruction missing from the questions page', () => {
    expect(fromFixture(['reqol.md', 'Tell your doctor how they feel. If you notice any sign of trouble, call your pump doctor immediately and go to a hospital at once.', 'Tell your doctor how they feel.'])).toEqual([
      'reqol.requirements.yaml: 1 (trouble-action): the questions page does not carry "At any sign of trouble, the pump doctor immediately and a hospital at once.": no paragraph or list item there says "trouble". To fix: say it in the answer, or the answer\'s safety part, as strongly as the source (line 9)',
    ]);
  });

  it('stops on an instruction on the card that says less than the source, naming what it lost', () => {
    const problems = problemsAfter(fixture, [['reqol.md', '        action: If you notice any sign of trouble, call your pump doctor immediately and go to a hospital at once.', '        action: If you notice any sign of trouble, call your pump doctor.']]);
    expect(problems).toContain(
      'reqol.requirements.yaml: 1 (trouble-action): the wallet card does not carry "At any sign of trouble, the pump doctor immediately and a hospital at once.": the nearest sentence, "If you notice any sign of trouble, call your pump doctor." (takeHome.card.faces.0), says less: it must send the reader to a hospital (or the emergency number), but names only the doctor; it must say how soon as "immediately" or "at once", but says no time. To fix: add the page\'s line that says it to a face of takeHome.card (a new face if it does not fit) (line 9)',
    );
  });

  it('stops on a part the summary must carry but does not pick', () => {
    expect(fromFixture(['reqol.md', '  summary: [scans]', '  summary: []'])).toEqual([
      expect.stringMatching(/^reqol\.requirements\.yaml: 2 \(scans\): the two-page summary does not carry "Contact the doctor before a scan\.": no paragraph or list item there says "scan"\. To fix: the summary shows the urgent boxes and the parts named in takeHome\.summary: name the part of the page that says it \(line 16\)$/),
    ]);
  });

  it('stops on a place the page does not have', () => {
    const problems = problemsAfter(fixture, [['reqol.md', 'questionsSection: questions\n', '']]);
    expect(problems).toContain('reqol.requirements.yaml: 1.alsoOn: "trouble-action" must stand on the questions page, but reqol.md has none: give the page one, or say why not in a review (line 12)');
  });

  it('reports an entry that names an unknown place, or is both a list and a sentence, with its line', () => {
    expect(fromFixture(['reqol.requirements.yaml', '  alsoOn: [summary]\n  sentence:', '  alsoOn: [summery]\n  sentence:'])).toEqual([
      'reqol.requirements.yaml: 2.alsoOn.0: "summery" must be one of summary, card, questions (line 19)',
    ]);
    expect(fromFixture(['reqol.requirements.yaml', '  alsoOn: [summary]\n  sentence:', '  alsoOn: [summary]\n  signs: { listedAs: scans, each: [scan] }\n  sentence:'])).toEqual([
      'reqol.requirements.yaml: 2.id: "scans" has both signs: and sentence:; an entry is either a list of signs or a sentence, so make it two entries (line 16)',
    ]);
  });
});

describe('the Lioresal Intrathecal page and its completeness list', () => {
  const real = path.join(process.cwd(), 'content');
  const page = 'lioresal-intrathecal.md';
  const text = fs.readFileSync(path.join(real, 'medications', page), 'utf8');
  const lines = text.split('\n');
  const realProblems = (...edits: [string, string, string][]) => problemsAfter(real, edits, todayIso());

  /**
   * Every item line of every list of signs in the file, urgent box, body and card: a run of
   * `- ` lines whose lead-in (the nearest line above that is neither an item nor `items:`) names
   * "signs of withdrawal" or "signs of overdose".
   */
  const signLines: { line: number; text: string; list: string }[] = [];
  let label = '';
  lines.forEach((line, index) => {
    const item = /^\s*- (.+)$/.exec(line);
    // A card face starts "- title: Signs of …": that line is the list's lead-in, not one of its signs.
    if (!item || item[1].startsWith('title:')) {
      if (line.trim() && !/^\s*items:\s*$/.test(line)) label = line;
      return;
    }
    const list = /signs of (withdrawal|overdose)/i.exec(label)?.[0];
    if (list) signLines.push({ line: index + 1, text: item[1], list });
  });

  it('finds every list of signs the page has: the urgent box, the page and the card for withdrawal, the page and the card for overdose', () => {
    expect(signLines.filter((s) => /withdrawal/i.test(s.list))).toHaveLength(27);
    expect(signLines.filter((s) => /overdose/i.test(s.list))).toHaveLength(16);
  });

  it.each(signLines.map((s) => [s.list, s.text, s.line] as const))('stops on a sign of %s ("%s", line %i) removed from its list', (list, _sign, line) => {
    const edited = lines.filter((_, index) => index !== line - 1).join('\n');
    const problems = realProblems([page, text, edited]).filter((p) => p.includes('.requirements.yaml'));
    const id = /withdrawal/i.test(list) ? 'withdrawal-signs' : 'overdose-signs';
    expect(problems.some((p) => p.includes(`(${id}):`) && p.includes('lacks')), problems.join('\n')).toBe(true);
  });

  /** Required instructions taken out of one place they must stand: each must name its requirement and the place. */
  const removals: [string, string, ...[string, string][]][] = [
    ['overdose-emergency-number', 'the wallet card', ['          - To get there, call 911 or your local emergency number, especially if the person is breathing slowly, has a seizure or cannot be woken.\n', '']],
    ['withdrawal-emergency-number', 'the wallet card', ['          - If you need help to get there, call 911 or your local emergency number.\n', '']],
    ['act-without-alarm', 'the wallet card', ['          - Do this even if no alarm has sounded.\n', '']],
    ['two-tone-alarm', 'the wallet card', ['          - "A two-tone alarm: the medicine is no longer flowing. Call your pump doctor immediately and go to a hospital at once."\n', '']],
    ['mri', 'the two-page summary', ['    - can-i-have-an-mri-scan\n', '']],
    ['flying', 'the two-page summary', ['    - can-i-fly-or-go-high-up\n', '']],
    ['oral-baclofen', 'the two-page summary', ['    - refills-cards-and-baclofen-by-mouth\n', '']],
    ['flying', 'the questions page', ['**Before you fly or go high up, tell your doctor.** ', '']],
    ['travel-id-card', 'the questions page', [' Always carry your ID card. Tell your pump team', ' Tell your pump team']],
    ['sudden-muscle-change', 'the questions page', ['If this happens, call your pump doctor immediately and go to a hospital at once. To get there', 'To get there'], ['with what you want to do. If your muscles suddenly become floppy, or your stiffness suddenly gets worse, call your pump doctor immediately and go to a hospital at once.', 'with what you want to do.']],
    ['alarm-date-deadline', 'the questions page', ['**That alarm date is a deadline.** ', '']],
    ['mri-restart', 'the monograph', [' to make sure it has started again and works as it should.', '.']],
    ['missed-refill-harm', 'the monograph', [', and that could cause you serious injury.', '.']],
    ['battery-not-wait', 'the monograph', [' It is best not to wait for the alarm.', '']],
    ['ultrasound', 'the monograph', [' The probe must be kept 6 inches (15 cm) away from the pump, so that the picture is clear.', '']],
  ];

  it.each(removals)('stops when "%s" leaves %s', (id, place, ...edits) => {
    const problems = realProblems(...edits.map(([from, to]): [string, string, string] => [page, from, to])).filter((p) => p.includes('.requirements.yaml'));
    expect(problems.some((p) => p.includes(`(${id}): ${place} does not carry`)), problems.join('\n')).toBe(true);
    expect(problems.every((p) => /lioresal-intrathecal\.requirements\.yaml: \d+ \([a-z-]+\): .* \(line \d+\)$/.test(p)), problems.join('\n')).toBe(true);
  });
});
