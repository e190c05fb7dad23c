import { siteName, siteTagline } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="site-header bg-blue-800 text-white dark:bg-slate-900 dark:border-b dark:border-slate-700">
      <div className="mx-auto max-w-3xl px-4 py-3">
        <a href="/" className="inline-block py-1 text-xl font-bold text-white no-underline hover:underline">
          {siteName}
        </a>
        <p className="text-sm text-blue-100 dark:text-slate-300">{siteTagline}</p>
      </div>
    </header>
  );
}
