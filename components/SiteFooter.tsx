import { siteName } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="site-footer mt-12 border-t-4 border-blue-800 bg-slate-100 text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200">
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
