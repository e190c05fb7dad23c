import { aboutRoute, accessibilityRoute } from '@/lib/site/routes';

/** On every page: the limits of the information, and who stands behind it. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="mx-auto max-w-3xl space-y-3 px-4 py-6 text-base">
        <p>
          <strong>This page does not replace your care team&rsquo;s advice.</strong> It gives general information. Always
          follow the advice of the doctors and nurses who look after you.
        </p>
        <p>In an emergency, call your local emergency number.</p>
        <ul className="footer-links">
          <li>
            <a href={aboutRoute.path({})}>About this site</a>
          </li>
          <li>
            <a href={accessibilityRoute.path({})}>Accessibility statement</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
