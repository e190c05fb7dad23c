import type { Medication } from '../model/model';

export interface DueReview {
  file: string;
  title: string;
  nextReview: string;
  /** Days from today to nextReview; negative when overdue. */
  daysLeft: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/**
 * Pages whose next review falls within `days` of `today`, overdue ones included: soonest (most
 * overdue) first, so the list reads as an editor's to-do list. A report, never a rule: a date on
 * the calendar must not fail a build.
 */
export function reviewsDue(medications: readonly Pick<Medication, 'file' | 'facts'>[], today: string, days: number): DueReview[] {
  return medications
    .map((m) => ({ file: m.file, title: m.facts.title, nextReview: m.facts.nextReview, daysLeft: daysBetween(today, m.facts.nextReview) }))
    .filter((due) => due.daysLeft <= days)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.file.localeCompare(b.file));
}

/** One line of the report: `content/…/x.md: review overdue since 2026-01-01 (328 days)`. */
export function formatDue(due: DueReview): string {
  const when =
    due.daysLeft < 0
      ? `review overdue since ${due.nextReview} (${-due.daysLeft} day${due.daysLeft === -1 ? '' : 's'})`
      : `review due ${due.nextReview} (${due.daysLeft === 0 ? 'today' : `in ${due.daysLeft} day${due.daysLeft === 1 ? '' : 's'}`})`;
  return `${due.file}: ${when}: ${due.title}`;
}
