import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of issue 28, held by a test so they cannot rot: lib/ in rooms, nothing but
 * configuration at the root (a committed scratch script fails here), and a README that stays a
 * front door linking every guide.
 */
const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');
const modules = (dir: string) => fs.readdirSync(dir).filter((f) => /\.tsx?$/.test(f));

describe('the layout of the repository', () => {
  it('keeps at most 10 modules loose in lib/ and at most 14 in any of its folders', () => {
    expect(modules('lib').length).toBeLessThanOrEqual(10);
    const folders = fs.readdirSync('lib', { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.length).toBeGreaterThanOrEqual(5);
    const crowded = folders.map((d) => `${d.name}: ${modules(path.join('lib', d.name)).length}`).filter((line) => Number(line.split(': ')[1]) > 14);
    expect(crowded).toEqual([]);
  });

  it('has nothing at the root but configuration and the README', () => {
    const rootFiles = tracked.filter((f) => !f.includes('/'));
    const configuration = /^(\.gitignore|README\.md|package(-lock)?\.json|tsconfig\.json|[a-z]+\.config\.(ts|mjs))$/;
    expect(rootFiles.filter((f) => !configuration.test(f))).toEqual([]);
  });

  it('keeps the README under 200 lines, linking every guide in docs/', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
    const guides = fs.readdirSync('docs').filter((f) => f.endsWith('.md'));
    expect(guides.length).toBeGreaterThanOrEqual(5);
    expect(guides.filter((g) => !readme.includes(`(docs/${g}`))).toEqual([]);
  });

  it('documents every folder of lib/ in docs/architecture.md', () => {
    const architecture = fs.readFileSync('docs/architecture.md', 'utf8');
    const folders = fs.readdirSync('lib', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.filter((f) => !architecture.includes(`| \`lib/${f}/\` |`))).toEqual([]);
  });
});
