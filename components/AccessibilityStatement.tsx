import { pageAnchors } from '@/lib/site/page-anchors';
import { siteName, type Publisher } from '@/lib/site/site';
import { PublisherContact } from './PublisherContact';

/**
 * The accessibility statement: the standard the site aims at, how it is tested, what is known not
 * to work, and how to report a problem. Keep it true: each thing it says the site does is tested in tests/e2e.
 */
export function AccessibilityStatement({ publisher }: { publisher: Publisher }) {
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold sm:text-4xl">Accessibility statement</h1>
      <div className="info-page prose mt-4 max-w-none">
        <p>
          We want everyone to be able to use {siteName}. The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
        </p>
        <h2>What you can do on this site</h2>
        <ul>
          <li>read every page without JavaScript</li>
          <li>zoom in to 200% without text running off the screen</li>
          <li>move through every page with a keyboard alone: a thick yellow and black outline shows where you are</li>
          <li>use a screen reader: pages have headings, landmarks and a link to skip to the content</li>
          <li>use your device&rsquo;s light or dark colors</li>
          <li>print any page: it prints dark text on white paper, whatever colors your screen uses</li>
        </ul>
        <h2>How we test it</h2>
        <p>
          The site&rsquo;s tests open every page in a real browser and check it with an automatic accessibility checker (axe) and the W3C HTML
          checker. They also use the keyboard, zoom and narrow the screen, check color contrast on screen and on paper, and measure how easy each
          medicine page is to read.
        </p>
        <h2>What we know does not work well</h2>
        <ul>
          <li>The emergency card prints small, at 9 point, so that it fits a bank card. The same words are on the full medicine page.</li>
          <li>A QR code needs a phone camera. The address is always printed beside it.</li>
          <li>A wide table scrolls sideways on a small screen, and a keyboard cannot scroll it yet.</li>
          <li>The pages are in English only.</li>
          <li>Automatic checks find only some problems, and the site has not yet been tested by people who use assistive technology.</li>
        </ul>
        <h2>Report a problem</h2>
        <PublisherContact contact={publisher.contact} />
        <p>Tell us which page, what you were trying to do, and what you use (for example a screen reader or zoom).</p>
      </div>
    </main>
  );
}
