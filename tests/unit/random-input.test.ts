import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';
import { fixtureDir, today } from './helpers';

/**
 * A small property test: Markdown and YAML made at random from the characters that mean something
 * to either never make the loader throw, and every answer is a located, one-line message. Seeded,
 * so a failure is the same failure on every run (the seed and the input are in the message).
 */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const markdownBits = ['## ', '### ', '# ', '*', '**', '_', '[', '](', ')', '](#', '> ', '- ', '1. ', '| ', ' |', '\n| --- |', '`', '```', '<!--', '-->', '::sources[', 'source-1', ']', '{', '}', ':', '\n', '\n\n', '  ', 'word ', 'Call ', 'immediately. ', 'https://', 'http:', 'javascript:', '~', '~~', '!', '![', '&amp;', '<b>', 'é', '💊', '\\', '[^1]', '[x]: ', 'Do not ', '\t'];
const yamlBits = ['title: ', 'summary: ', 'x: ', '- ', '  ', '&a ', '*a', '[', ']', '{', '}', '"', "'", ' #', '...', '---', '\n...\n', '\n---\n', '\n', '|', '>', '!!str ', ': ', '? ', 'word', '2026-13-45', 'null', '1e3', 'é', '\\'];

const pick = (next: () => number, bits: string[], length: number) => Array.from({ length }, () => bits[Math.floor(next() * bits.length)]).join('');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'random-input-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('random Markdown and YAML', () => {
  it('never make the loader throw, and every answer names its file and field on one line', () => {
    const valid = fs.readFileSync(path.join(fixtureDir('valid'), 'medications', 'testamol.md'), 'utf8');
    const [, front] = valid.split('---\n');
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      // Lines as writers type them (a field, then a value with YAML's own characters in it), or raw noise.
      const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () => (next() < 0.7 ? `${pick(next, ['title', 'summary', 'x', 'nextReview'], 1)}: ${pick(next, yamlBits, 3)}` : pick(next, yamlBits, 6)));
      const yaml = next() < 0.6 ? front + lines.join('\n') : pick(next, yamlBits, 40);
      const body = pick(next, markdownBits, 30 + Math.floor(next() * 120));
      const root = path.join(scratch, String(seed));
      fs.mkdirSync(path.join(root, 'medications'), { recursive: true });
      fs.writeFileSync(path.join(root, 'medications', 'random.md'), `---\n${yaml}\n---\n${body}\n`);
      let problems: string[] = [];
      expect(() => {
        problems = loadContent(root, today).problems.map(formatProblem);
      }, `seed ${seed}:\n${yaml}\n---\n${body}`).not.toThrow();
      for (const problem of problems) {
        expect(problem, `seed ${seed}`).toMatch(/^\S+\.md: [^:]+: /);
        expect(problem, `seed ${seed}`).not.toMatch(/\n\s+at /);
      }
    }
  }, 60_000);
});
