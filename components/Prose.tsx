/**
 * Body HTML that lib/ has already rendered and sanitized (no script, handlers or unsafe URLs
 * survive the sanitizer), so setting it directly is safe.
 */
export function Prose({ html }: { html: string }) {
  if (!html) return null;
  return (
    <div
      className="prose prose-slate mt-4 max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300 prose-li:my-1"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
