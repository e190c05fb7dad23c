import { formatProblem, type Problem } from '@/lib/text/problems';

/**
 * `npm run dev` only: the content problems, listed at the top of every page as the build would
 * print them, so a writer sees what to fix where they look (the terminal has them too).
 */
export function ContentProblems({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="content-problems-heading" className="content-problems mx-auto max-w-3xl border-4 border-red-700 bg-red-50 px-4 py-4 text-red-950 dark:bg-red-950 dark:text-red-50">
      <h2 id="content-problems-heading" className="text-xl font-bold">
        {problems.length} content problem{problems.length === 1 ? '' : 's'}: the build would stop here
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 font-mono text-sm break-words">
        {problems.map((problem) => (
          <li key={formatProblem(problem)}>{formatProblem(problem)}</li>
        ))}
      </ul>
    </section>
  );
}
