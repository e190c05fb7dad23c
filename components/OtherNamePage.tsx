import type { Medication } from '@/lib/model/model';
import { pageAnchors } from '@/lib/site/page-anchors';

interface OtherNamePageProps {
  /** The name the reader typed or followed, as the content file spells it. */
  name: string;
  medication: Medication;
}

/**
 * The page at another name's address, for any host: the browser moves on at once (no script
 * needed), and a reader whose browser does not sees the link. Hosts that can send a 301 do
 * (`_redirects`, the nginx config, `npm start`), so most readers never see this page.
 */
export function OtherNamePage({ name, medication }: OtherNamePageProps) {
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      {/* React puts this in the head. */}
      <meta httpEquiv="refresh" content={`0; url=${medication.href}`} />
      <h1 className="text-3xl font-bold">
        {name}: see {medication.facts.title}
      </h1>
      <p className="mt-4 text-lg">
        {name} is explained on the page <a href={medication.href}>{medication.facts.title}</a>.
      </p>
    </main>
  );
}
