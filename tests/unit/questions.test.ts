import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/content';
import { monographSections, monographSources, questionsPageContent, questionsSectionOf, questionsSources } from '@/lib/pages/monograph';
import { formatProblem } from '@/lib/text/problems';
import { fixtureDir, today } from './helpers';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The valid fixture with one line added to Testamol's front matter. */
function withLine(line: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'questions-'));
  temps.push(dir);
  fs.cpSync(fixtureDir('valid'), dir, { recursive: true });
  const file = path.join(dir, 'medications', 'testamol.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Testamol\n', `title: Testamol\n${line}\n`));
  return loadContent(dir, today);
}

describe('the questions page of a monograph', () => {
  it('must be a ## section of the page, reported with the line', () => {
    expect(withLine('questionsSection: no-such-section').problems.map(formatProblem)).toEqual([
      expect.stringMatching(/testamol\.md: questionsSection: "no-such-section" is not the id of a ## section of this page \(what-it-is, how-to-take-it, what-it-is-1\) \(line 3\)$/),
    ]);
  });

  it('leaves the monograph, takes its own sources, and makes each ### question a heading of its own page', () => {
    const { problems, medications } = withLine('questionsSection: what-it-is');
    expect(problems).toEqual([]);
    const testamol = medications.find((m) => m.slug === 'testamol')!;
    expect(questionsSectionOf(testamol)?.title).toBe('What it is');
    expect(monographSections(testamol).map((s) => s.id)).toEqual(['how-to-take-it', 'what-it-is-1']);
    expect(questionsSources(testamol).map((s) => s.id)).toEqual(['source-1']);
    expect(monographSources(testamol).map((s) => s.id)).toEqual(['source-1']);
    const { nodes, questions } = questionsPageContent(questionsSectionOf(testamol)!, testamol.href);
    expect(questions).toEqual([{ id: 'a-detail', title: 'A detail' }]);
    expect(nodes.some((n) => n.type === 'element' && n.tagName === 'h2')).toBe(true);
    // The tree the monograph and the summary pick from is untouched.
    expect(JSON.stringify(questionsSectionOf(testamol)!.node)).toContain('"tagName":"h3"');
  });
});
