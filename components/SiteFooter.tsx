import { siteName } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="mx-auto max-w-3xl space-y-3 px-4 py-6 text-base">
        <p>
          <strong>This page does not replace your care team&rsquo;s advice.</strong> It gives general information. Always
          follow the advice of the doctors and nurses who look after you.
        </p>
        <p>In an emergency, call your local emergency number.</p>
        <p>
          <a href="/" className="underline">
            {siteName}: all medications
          </a>
        </p>
      </div>
    </footer>
  );
}
