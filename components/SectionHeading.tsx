import { headingId } from '@/lib/page-anchors';

interface SectionHeadingProps {
  /** The section's id; the heading takes `<id>-heading`. */
  id: string;
  title: string;
}

/**
 * A section's h2 with a visible "link to this section" anchor: a clinician can send a patient
 * straight to the part they need. The link sits outside the heading so the heading reads cleanly.
 */
export function SectionHeading({ id, title }: SectionHeadingProps) {
  return (
    <div className="section-heading mt-10 flex flex-wrap items-baseline justify-between gap-x-4 border-t border-slate-300 pt-6 dark:border-slate-600">
      <h2 id={headingId(id)} className="text-2xl font-bold">
        {title}
      </h2>
      <a
        href={`#${id}`}
        aria-label={`Link to this section: ${title}`}
        className="section-link inline-block py-1 text-sm text-slate-700 underline dark:text-slate-300"
      >
        Link to this section
      </a>
    </div>
  );
}
