import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';
import { renderBody } from '@/lib/markdown/render';
import { drawable, undrawableIn } from '@/lib/text/preview-text';
import { fixtureDir, today } from './helpers';

/**
 * Issue 20: whatever a writer (or their editor, or their file system) puts in the content folder,
 * the tools answer with a located message or the page as typed: never a stack trace, never a hang,
 * never text that vanishes. Each case starts from the valid fixture, changes one thing, and loads.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'robustness-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

let count = 0;
function withCase(change: (dir: string, file: string) => void) {
  const root = path.join(scratch, String(count++));
  const dir = path.join(root, 'medications');
  fs.cpSync(path.join(fixtureDir('valid'), 'medications'), dir, { recursive: true });
  const file = path.join(dir, 'testamol.md');
  change(dir, file);
  const started = performance.now();
  const result = loadContent(root, today);
  const seconds = (performance.now() - started) / 1000;
  const problems = [...result.problems, ...result.draftProblems].map(formatProblem).map((p) => p.replace(`${path.relative(process.cwd(), dir)}/`, ''));
  return { problems, seconds, slugs: result.medications.map((m) => m.slug), result };
}

const append = (text: string) => (_: string, file: string) => fs.appendFileSync(file, `\n${text}\n`);
const replace = (from: string | RegExp, to: string) => (_: string, file: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
const frontMatter = (lines: string) => replace(/\nkeyFactsSources: \[source-1\]\n---/, `\nkeyFactsSources: [source-1]\n${lines}\n---`);

const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

describe('nothing a writer types crashes the tools or hangs them', () => {
  const cases: [string, (dir: string, file: string) => void, RegExp][] = [
    ['a folder whose name ends in .md', (dir) => fs.mkdirSync(path.join(dir, 'notes.md')), /^$/],
    ["an editor's lock file (a link to nowhere named .#file.md)", (dir) => fs.symlinkSync('user@host.1234:1700000000', path.join(dir, '.#testamol.md')), /^$/],
    ['a link to a file that does not exist', (dir) => fs.symlinkSync('gone.md', path.join(dir, 'moved.md')), /^moved\.md: file: is a link to a file that does not exist/],
    ['a loop of folder links', (dir) => fs.symlinkSync('.', path.join(dir, 'loop')), /^$/],
    ['a YAML "..." line inside the fields', replace('summary: A made-up', '...\nsummary: A made-up'), /front matter: is not valid YAML: a line "\.\.\." or "---" ends the fields early/],
    ['a YAML alias bomb', frontMatter(`${aliasBomb}\nsummary2: *i`), /front matter: repeats YAML aliases \(\*name\) too often/],
    ['YAML nested 20,000 deep', frontMatter(`x: ${'['.repeat(20000)}${']'.repeat(20000)}`), /front matter: is nested too deeply to read/],
    ['5,000 nested quotes', append('>'.repeat(5000) + ' deep'), /body line \d+: quotes or lists nest more than 12 levels deep/],
    ['thousands of nested list markers on one line', append('* '.repeat(5000) + 'x'), /body line \d+: quotes or lists nest more than 12 levels deep/],
    ['a 1,000-level list', append(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')), /body line \d+: quotes or lists nest more than 12 levels deep/],
    ['thousands of emphasis marks', append(`${'*a '.repeat(3000)}${'b* '.repeat(3000)}`), /body line \d+: 6000 emphasis marks/],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      const { problems, seconds } = withCase(change);
      expect(problems.join('\n')).toMatch(expected);
      expect(problems.join('\n')).not.toMatch(/\n\s+at |Error:/);
      expect(seconds).toBeLessThan(10);
    });
  }

  it('an accented other name gets an address a static host finds (Liorésal → /medications/lioresal/)', () => {
    const { problems, result } = withCase(replace('otherBrands: [Fakeprofen]', 'otherBrands: [Fakeprofen, Liorésal]'));
    expect(problems).toEqual([]);
    expect(result.medications.find((m) => m.slug === 'testamol')?.otherNames.map((n) => n.slug)).toEqual(['fakeprofen', 'lioresal']);
  });

  it('an emoji or another script in a title is left out of the preview image, never fetched', () => {
    expect(withCase(replace('title: Testamol', 'title: "Testamol 💊 Ελληνικά"')).problems).toEqual([]);
    expect(undrawableIn('Testamol 💊 Ελληνικά é')).toEqual(['💊', 'Ε', 'λ', 'η', 'ν', 'ι', 'κ', 'ά']);
    expect(drawable('Liorésal 💊 Intrathecal')).toBe('Liorésal Intrathecal');
  });

  it('an unforeseen error in one file is that file’s problem, not a crash', () => {
    const { problems } = withCase((dir) => fs.writeFileSync(path.join(dir, 'locked.md'), '---\ntitle: x\n---\n', { mode: 0o000 }));
    // (root can read anything; elsewhere the unreadable file is reported.)
    if (process.getuid?.() !== 0) expect(problems.join('\n')).toMatch(/^locked\.md: file: could not be read \(EACCES\)/m);
    else expect(problems.join('\n')).toMatch(/locked\.md/);
  });
});

describe('nothing a writer types disappears without a message', () => {
  const cases: [string, (dir: string, file: string) => void, string][] = [
    ['text between two comments on one line', append('<!-- a --> Call your clinic first. <!-- b -->'), 'the text "Call your clinic first." beside a <!-- comment --> would not show: put each comment on a line of its own'],
    [' #3 in a front matter value (a YAML comment)', replace('summary: A made-up medicine for tests.', 'summary: press #3 for the on-call nurse'), 'front matter: the value of summary has " #" in it, which YAML reads as the start of a comment, so "#3 for the on-call nurse" would be left out: put the whole value in quotes (line 5)'],
    ['an extra table cell', append('| a | b |\n| --- | --- |\n| 1 | 2 | 3 |'), 'this table row has 3 cells but the header has 2: the extra cells would not show'],
    ['two link definitions with one name', append('[x][ref]\n\n[ref]: https://example.org/a\n[ref]: http://example.org/b'), 'the link name [ref] is defined twice: keep one'],
    ['https: without its two slashes', append('See [the NHS](https:www.nhs.uk).'), 'link "https:www.nhs.uk" must start with https:// (two slashes)'],
    ['a backslash link', append('See [this](\\\\evil.example).'), 'has a backslash: a browser reads \\ as // (another site); use /'],
    ['a link in a ## heading', append('## See [the label](https://example.org/label)\n::sources[source-1]\n\nText.'), 'the ## heading "See the label" has a link, which the page would drop'],
    ['emphasis in a ## heading', append('## A *very* important part\n::sources[source-1]\n\nText.'), 'the ## heading "A very important part" has formatting, which the page would drop'],
    ['an empty ## heading', append('##\n\nText.'), "this ## heading has no text: write the section's name after ##"],
    ['a Latin-1 byte', (_, file) => fs.appendFileSync(file, Buffer.from([0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a])), 'file: is not UTF-8 text (a character such as "é" was saved in another encoding): save the file as UTF-8'],
    ['a NUL byte', (_, file) => fs.appendFileSync(file, 'Nul\u0000 text.\n'), 'file: holds an invisible character (U+0000)'],
    ['a zero-width space in an other name', replace('otherBrands: [Fakeprofen]', 'otherBrands: [Fakeprofen, "Zero\u200bwidth"]'), 'file: holds an invisible character (U+200B)'],
    ['an emoji in an other name', replace('otherBrands: [Fakeprofen]', 'otherBrands: [Fakeprofen, "Pump 💊"]'), 'otherBrands.1: "Pump 💊" cannot be an address as typed (it would be "pump-")'],
    ['a .MD file', (dir, file) => fs.renameSync(file, path.join(dir, 'testamol.MD')), 'testamol.MD: file name: is not read: a medication file\'s name ends in .md (lowercase); rename it testamol.md'],
    ['a .markdown file', (dir, file) => fs.renameSync(file, path.join(dir, 'testamol.markdown')), 'rename it testamol.md'],
    ['a glossary term defined twice', frontMatter('glossary:\n  - term: made up\n    definition: Not real.\n  - term: Made up\n    definition: Invented.'), 'glossary.1.term: "Made up" is defined twice in the glossary'],
    ['attributes on ::sources', append('::sources[source-1]{#x .y}'), '::sources[…] takes no {…} after it'],
    ['an image that is a host file', append('![headers](/_headers)'), 'image "/_headers" is not a picture'],
    ['an undefined reference link', append('See [the thing][nowhere].'), '[the thing][nowhere] has no link definition'],
    ['an empty link', append('See [text]().'), 'this link has no address'],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      expect(withCase(change).problems.join('\n')).toContain(expected);
    });
  }

  it('a card line that drops the full stop the page has says just that', () => {
    const { problems } = withCase((dir) => {
      const take = path.join(fixtureDir('take-home'), 'medications');
      fs.cpSync(take, dir, { recursive: true });
      const card = path.join(dir, 'take-home.md');
      fs.writeFileSync(card, fs.readFileSync(card, 'utf8').replace('Testamol is made up.,', 'Testamol is made up,'));
    });
    expect(problems.join('\n')).toContain('"Testamol is made up" is missing the full stop it has on the page');
  });

  it('plain text stays as typed: one tilde is not strikethrough, HTTPS: and MAILTO: links keep their address', () => {
    const html = JSON.stringify(renderBody('## A\n\nTake 1~2 refills, not 3~4.\n\n[site](HTTPS://example.org/x) and [mail](MAILTO:a@example.org)\n').sections[0].node);
    expect(html).not.toContain('"del"');
    expect(html).toContain('Take 1~2 refills, not 3~4.');
    expect(html).toContain('"href":"https://example.org/x"');
    expect(html).toContain('"href":"mailto:a@example.org"');
  });

  it('a ### with the words of a ## section never takes the section’s id', () => {
    const { headings } = renderBody('## Intro\n\n### Signs of overdose\n\nA.\n\n## Signs of overdose\n\nB.\n');
    expect(headings.map((h) => `${h.depth} ${h.id}`)).toEqual(['2 intro', '3 signs-of-overdose-1', '2 signs-of-overdose']);
  });
});

describe('each message says what is wrong, where, and what to do', () => {
  const cases: [string, (dir: string, file: string) => void, string][] = [
    ['a byte-order mark is accepted', (_, file) => fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8')}`), ''],
    ['a missing closing ---', replace(/\nkeyFactsSources: \[source-1\]\n---/, '\nkeyFactsSources: [source-1]'), 'testamol.md: front matter: the fields that start here never end: add a line of three hyphens (---) after the last field, then write the body (line 1)'],
    ['summary: #1 choice', replace('summary: A made-up medicine for tests.', 'summary: #1 choice'), 'testamol.md: front matter: the value of summary has " #" in it, which YAML reads as the start of a comment, so "#1 choice" would be left out: put the whole value in quotes (line 5)'],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      const { problems } = withCase(change);
      if (expected) expect(problems).toContain(expected);
      else expect(problems).toEqual([]);
    });
  }
});
