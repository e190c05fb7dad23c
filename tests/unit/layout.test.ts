import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The house rules of issue 28, held by a test so they cannot rot: lib/ in rooms, nothing but
 * configuration at the root (a committed scratch script fails here), and a README that stays a
 * front door linking every guide.
 */
const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');
const modules = (dir: string) => fs.readdirSync(dir).filter((f) => /\.tsx?$/.test(f));
const libFolders = fs.readdirSync('lib', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('the layout of the repository', () => {
  it('keeps at most 10 modules loose in lib/ and at most 14 in any of its folders', () => {
    expect(modules('lib').length).toBeLessThanOrEqual(10);
    expect(libFolders.length).toBeGreaterThanOrEqual(5);
    const crowded = libFolders.filter((folder) => modules(path.join('lib', folder)).length > 14);
    expect(crowded).toEqual([]);
  });

  it('has nothing at the root but configuration and the README', () => {
    const rootFiles = tracked.filter((f) => !f.includes('/'));
    // netlify.toml: Netlify reads its rules only from the root (npm run gen:hosts writes it).
    const configuration = /^(\.gitignore|README\.md|package(-lock)?\.json|tsconfig\.json|netlify\.toml|[a-z]+\.config\.(ts|mjs))$/;
    expect(rootFiles.filter((f) => !configuration.test(f))).toEqual([]);
  });

  it('keeps the README under 200 lines, linking every guide in docs/', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
    const guides = fs.readdirSync('docs').filter((f) => f.endsWith('.md'));
    expect(guides.length).toBeGreaterThanOrEqual(5);
    expect(guides.filter((g) => !readme.includes(`(docs/${g}`))).toEqual([]);
  });

  it('gives every folder of lib/ a layer in the lint rule, and documents them in that order', async () => {
    // Read from ESLint itself: a folder missing from the layers would escape the rule without a word.
    const eslint = new ESLint();
    const below = new Map<string, Set<string>>();
    for (const folder of libFolders) {
      const config = await eslint.calculateConfigForFile(`lib/${folder}/any.ts`);
      const zones: { target: string; from: string | string[] }[] = config.rules['import/no-restricted-paths'][1].zones;
      const forbidden = zones.filter((z) => z.target === `./lib/${folder}`).flatMap((z) => z.from);
      below.set(folder, new Set(forbidden.map((from) => from.replace('./lib/', ''))));
    }
    // Every two folders are ordered one way: exactly one of them may not import the other.
    for (const a of libFolders) {
      for (const b of libFolders) if (a < b) expect({ a, b, ordered: below.get(a)!.has(b) !== below.get(b)!.has(a) }).toEqual({ a, b, ordered: true });
    }
    const lowestFirst = [...libFolders].sort((a, b) => below.get(b)!.size - below.get(a)!.size);
    const architecture = fs.readFileSync('docs/architecture.md', 'utf8');
    const documented = [...architecture.matchAll(/^\| `lib\/([a-z-]+)\/` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual(lowestFirst);
  });
});
