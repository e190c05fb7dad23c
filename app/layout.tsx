import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/ContentProblems';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { SkipLink } from '@/components/SkipLink';
import { previewProblems } from '@/lib/content/content';
import { siteName, siteTagline, siteUrl } from '@/lib/site/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: siteName, template: `%s | ${siteName}` },
  description: siteTagline,
  applicationName: siteName,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#1e40af' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <SkipLink />
        <SiteHeader />
        <ContentProblems problems={previewProblems()} />
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
