import type { Medication } from '@/lib/model/model';
import { pageAnchors } from '@/lib/site/page-anchors';
import { accessibilityRoute, evidenceRoute, feedRoute, jsonIndexRoute } from '@/lib/site/routes';
import { aboutReuseId, siteName, type Publisher } from '@/lib/site/site';
import { PublisherContact } from './PublisherContact';

/**
 * "About": who publishes the site, how its pages are written, sourced, checked and reviewed, and
 * who pays, as trusted health sites say. What the publisher has not set is said plainly, never
 * filled in.
 */
export function AboutPage({ medications, publisher, reuseRule }: { medications: Medication[]; publisher: Publisher; reuseRule: string }) {
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold sm:text-4xl">About {siteName}</h1>
      <div className="info-page prose mt-4 max-w-none">
        <h2>Who publishes this site</h2>
        <p>{publisher.name ? `${siteName} is published by ${publisher.name}.` : 'This copy of the site does not yet name its publisher.'}</p>
        <h2>How pages are written</h2>
        <p>
          Each page explains one medicine in plain words, for patients and their families. Writers use only the sources listed at the end of the
          page. These are the medicine&rsquo;s official prescribing information (the facts its maker must give doctors), and pages from the makers of
          the medicine and the pump, from hospital clinics and from patient charities. Each part of a page names its sources. Medical words are
          explained on the page or in its list of words.
        </p>
        <h2>How pages are checked</h2>
        <p>Each time the site is built, a check reads every medicine page. If any page fails, the site is not published. A page fails if:</p>
        <ul>
          <li>a part of it does not name its sources</li>
          <li>the check finds an instruction or safety fact that is not listed with its source</li>
          <li>a sentence says less than its source, as the list records it: for example, the page says &ldquo;call your doctor&rdquo; when the
            source says &ldquo;go to a hospital&rdquo;</li>
          <li>a link in the text to another part of the site leads nowhere</li>
        </ul>
        <p>The site&rsquo;s tests also measure how easy each medicine page is to read. For each medicine, a page shows every instruction with its source:</p>
        <ul>
          {medications.map((m) => (
            <li key={m.slug}>
              <a href={evidenceRoute.path({ slug: m.slug })}>{m.facts.title}: how this page was checked</a>
            </li>
          ))}
        </ul>
        <h2>How pages are reviewed</h2>
        <p>
          Each page says when it was last reviewed, what changed, and when it will be reviewed next. Every review is also listed in a{' '}
          <a href={feedRoute.path({})}>feed of reviews</a> that a feed reader can follow.
        </p>
        <h2 id={aboutReuseId}>Using these pages elsewhere</h2>
        <p>
          Apps and portals may reuse the pages: each medicine page has a copy in JSON, listed in <a href={jsonIndexRoute.path({})}>the index of every page</a>. Health records
          can link to a page by the medicine&rsquo;s code; the page on how each medicine page was checked lists its codes. The rule for reusing the text:
        </p>
        <p>{reuseRule}</p>
        <h2>Independence and funding</h2>
        <p>{publisher.funding ?? 'This copy of the site does not yet say who pays for it.'}</p>
        <p>The pages have no advertising, no cookies and no tracking.</p>
        <h2>Contact</h2>
        <PublisherContact contact={publisher.contact} />
        <p>
          Read how the site works for people with disabilities in the <a href={accessibilityRoute.path({})}>accessibility statement</a>.
        </p>
      </div>
    </main>
  );
}
