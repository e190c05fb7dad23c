import { headingId } from '@/lib/site/page-anchors';

interface CareTeamBlanksProps {
  id: string;
  title?: string;
  /** The labels, from the content file: what a patient or nurse writes in is theirs, not medical text. */
  fields: readonly string[];
}

/** "My care team": labelled lines to write on, on paper; on screen they say what to write down. */
export function CareTeamBlanks({ id, title = 'My care team', fields }: CareTeamBlanksProps) {
  return (
    <section aria-labelledby={headingId(id)} id={id} className="care-team mt-8 border-2 border-slate-500 p-4" data-fill-in>
      <h2 id={headingId(id)} className="text-xl font-bold">
        {title}
      </h2>
      <p className="screen-only mt-1">Print this page and write these in:</p>
      <dl className="mt-2 space-y-3">
        {fields.map((field) => (
          // A long label wraps, and the line to write on keeps room for a hand, going under the label if it must (large text).
          <div key={field} className="flex flex-wrap items-end gap-x-2">
            <dt className="font-bold">{field}:</dt>
            <dd className="fill-in-line min-h-8 min-w-24 flex-1 border-b-2 border-dotted border-slate-600">
              <span className="sr-only">blank, to fill in</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
