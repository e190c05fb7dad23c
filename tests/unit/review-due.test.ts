import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/content';
import { formatDue, reviewsDue } from '@/lib/content/review-due';
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
});
