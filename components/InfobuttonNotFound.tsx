import type { Medication } from '@/lib/model/model';
import { pageAnchors } from '@/lib/site/page-anchors';
import { homeRoute } from '@/lib/site/routes';

/**
 * What a reader sees when a health record's link names a code or a name no page has: sent with a
 * 404 status, it says what happened in plain words and leads to the medicines there are, each with
 * every name the record might have used for it.
 */
export function InfobuttonNotFound({ medications }: { medications: readonly Medication[] }) {
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">No page for that medicine</h1>
      <p className="mt-4 text-lg">
        You followed a link from a health record. It named a medicine by a code or a name that no page on this site has.
      </p>
      <p className="mt-3">Look for the medicine by its name instead:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {medications.map((m) => {
          const names = [...m.facts.otherBrands, ...m.facts.otherNames];
          return (
            <li key={m.slug}>
              <a href={m.href}>{m.facts.title}</a>: {m.facts.genericName}.{names.length ? ` Also called ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' or ' : ''}${names.at(-1)}.` : ''}
            </li>
          );
        })}
      </ul>
      <p className="mt-3">
        Or see <a href={homeRoute.path({})}>every medicine on this site</a>. If you were sent here by your care team, tell them the link did not work.
      </p>
    </main>
  );
}
