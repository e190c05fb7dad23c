import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newClaimsFile, newRequirementsFile } from '@/scripts/cli/new-medication';
import { loadContent } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';
import { fixtureDir, today } from '../unit/helpers';

/** The command-line tools as a writer runs them: each test starts a process (slower; its own Vitest project). */

const dir = 'tests/fixtures/content/review-due/medications';

describe('npm run gen:fixtures', () => {
  it('writes a library the content check accepts, registers and completeness lists included (what npm run bench builds)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-'));
    execFileSync('npx', ['tsx', 'scripts/cli/gen-fixtures.ts', '30', dir], { encoding: 'utf8' });
    const { problems, medications } = loadContent(dir, today);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(medications).toHaveLength(30);
    expect(medications.every((m) => m.claims.length === 7 && m.requirements.length === 2)).toBe(true);
    fs.rmSync(dir, { recursive: true });
  }, 60_000);
});

describe('npm run new', () => {
  it('refuses a slug that exists or is not an address', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-'));
    const run = (slug: string) => spawnSync('npx', ['tsx', 'scripts/cli/new-medication.ts', slug], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
    expect(run('test-medicine').status).toBe(0);
    // The draft comes with its claims register, empty until the page has instructions.
    expect(fs.readFileSync(path.join(dir, 'medications', 'test-medicine.claims.yaml'), 'utf8')).toBe(newClaimsFile('test-medicine'));
    expect(fs.readFileSync(path.join(dir, 'medications', 'test-medicine.requirements.yaml'), 'utf8')).toBe(newRequirementsFile('test-medicine'));
    const again = run('test-medicine');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const bad = run('Not_A_Slug');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('must be lowercase letters, digits and single hyphens (it becomes the address)');
    fs.rmSync(dir, { recursive: true });
  }, 30_000);
});

describe('check:content', () => {
  it('are listed by check:content with exit 0', () => {
    const output = execFileSync('npx', ['tsx', 'scripts/cli/check-content.ts', '--no-readability'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: fixtureDir('injection') },
    });
    expect(output).toContain('1 draft, not published');
    expect(output).toContain('test-medicine.md');
  }, 30_000);

  const run = (...args: string[]) =>
    execFileSync('npx', ['tsx', 'scripts/cli/check-content.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: fixtureDir('review-due') } });

  it('check:content --due-within prints the report and exits 0, whatever the date', () => {
    // execFileSync throws on a non-zero exit, so reaching the assertions means it exited 0.
    const later = `${dir}/review-later.md: review due 2027-11-25`;
    expect(run('--due-within', '400', '--today', today)).toContain(later);
    expect(run('--due-within', '30', '--today', today)).not.toContain('review-later');
    // Two years on, every page is overdue: still a report, still exit 0.
    const overdue = run('--due-within', '30', '--today', '2028-11-25');
    expect(overdue.indexOf('review-overdue.md: review overdue since 2026-10-01')).toBeLessThan(overdue.indexOf('review-later.md: review overdue since 2027-11-25'));
  }, 30_000);

  it('refuses an empty day count and a misspelt flag, naming them, with exit 2', () => {
    const fail = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/cli/check-content.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: fixtureDir('review-due') } });
    const empty = fail('--due-within', '');
    expect([empty.status, empty.stderr.trim()]).toEqual([2, 'check:content: --due-within needs a whole number of days (and --today a YYYY-MM-DD date), e.g. --due-within 30']);
    const misspelt = fail('--due-withn', '30');
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toContain("Unknown option '--due-withn'");
  }, 30_000);
});
