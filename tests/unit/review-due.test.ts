import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { formatDue, reviewsDue } from '@/lib/review-due';
import { fixtureDir, today } from './helpers';

const dir = 'tests/fixtures/content/review-due/medications';

describe('reviews that fall due', () => {
  const { medications, problems } = loadContent(fixtureDir('review-due'), today);

  it('lists overdue pages first, then those due within the window, and nothing later', () => {
    expect(problems).toEqual([]);
    expect(reviewsDue(medications, today, 30).map(formatDue)).toEqual([
      `${dir}/review-overdue.md: review overdue since 2026-10-01 (55 days): Review overdue`,
      `${dir}/review-soon.md: review due 2026-12-10 (in 15 days): Review soon`,
    ]);
    expect(reviewsDue(medications, today, 400).map((d) => d.title)).toEqual(['Review overdue', 'Review soon', 'Review later']);
    expect(reviewsDue(medications, today, 0).map((d) => d.title)).toEqual(['Review overdue']);
  });

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
