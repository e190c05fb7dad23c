/** Shown only by `npm run dev`: a draft is never exported, so a reader never sees this. */
export function DraftBanner() {
  return (
    <p className="draft-banner mb-6 border-4 border-dashed border-amber-700 bg-amber-50 px-4 py-3 text-lg font-bold text-amber-950 dark:bg-amber-950 dark:text-amber-100" role="note">
      Draft — not published. This page is a preview: <code>npm run build</code> leaves it out.
    </p>
  );
}
