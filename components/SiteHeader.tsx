import { siteName, siteTagline } from '@/lib/site/site';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="mx-auto max-w-3xl px-4 py-3">
        <a href="/">{siteName}</a>
        <p>{siteTagline}</p>
      </div>
    </header>
  );
}
